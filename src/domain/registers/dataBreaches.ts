import { defineList, type FieldName } from '../lists/defineList';
import { choice, dateTime, multiChoice, note, number, person, text } from '../lists/fields';
import type { RegisterScreenDeclaration } from '../lists/registerScreen';
import type { RegisterView, ViewContext } from '../lists/registerViews';
import { and, hasPassed, hoursAfter, is, isBlank, isPresent, notYetPassed, onOrAfter, onOrBefore, or, type Condition } from '../lists/rules';
import { directorates } from './directorates';

const reportable = is('IcoDecision', 'Reportable');
const icoDeadline = hoursAfter('AwareAt', 72);
const overdueForIco: Condition = and(reportable, isBlank('IcoReportedAt'), hasPassed(icoDeadline));

/**
 * The personal data breach log. UK GDPR Art. 33(5): every breach is recorded, with its facts, effects and
 * remedy, whether or not it is reported; the ICO is told within 72 hours of the council becoming aware of
 * one that risks people's rights and freedoms, or is given the reasons for the delay (Art. 33(1)).
 */
export const dataBreaches = defineList({
  name: 'dataBreaches',
  title: 'Personal Data Breaches',
  url: 'Lists/PersonalDataBreaches',
  description: 'Every personal data breach, reported to the ICO or not, as UK GDPR Article 33(5) requires.',
  sections: ['Breach', 'Effects', 'ICO', 'Closure'],
  stewarded: true,
  fields: {
    Title: text({ title: 'Breach summary', description: 'What happened, in one line, without naming the people affected.', required: true, maxLength: 255, section: 'Breach', aliases: ['Summary', 'Incident'] }),
    AwareAt: dateTime({ title: 'Time the council became aware', description: 'When the council became aware of the breach: the ICO’s 72 hours run from here.', required: true, indexed: true, section: 'Breach', aliases: ['Date reported', 'Aware'] }),
    Directorate: choice({ title: 'Directorate', description: 'The directorate whose data it was.', required: true, section: 'Breach', choices: directorates }),
    BreachType: choice({ title: 'Kind of breach', description: 'Confidentiality: disclosed or accessed; integrity: altered; availability: lost or destroyed.', required: true, section: 'Breach', choices: ['Confidentiality', 'Integrity', 'Availability'] }),
    WhatHappened: note({ title: 'What happened', description: 'The facts: how, where and what data.', required: true, section: 'Breach' }),
    PeopleAffected: number({ title: 'People affected', description: 'How many people’s data, as nearly as is known.', min: 0, integer: true, critical: true, section: 'Effects' }),
    DataCategories: multiChoice({ title: 'Kinds of data', description: 'The kinds of personal data involved.', section: 'Effects', choices: ['Contact details', 'Financial', 'Health or care', 'Children’s', 'Criminal offence', 'Other special category'] }),
    Consequences: note({ title: 'Likely consequences', description: 'What could happen to the people affected.', critical: true, section: 'Effects' }),
    ActionTaken: note({ title: 'Action taken', description: 'What was done to contain it and to stop it happening again.', critical: true, section: 'Effects' }),
    IcoDecision: choice({ title: 'ICO decision', description: 'Reportable when the breach is likely to risk people’s rights and freedoms.', required: true, indexed: true, section: 'ICO', choices: ['Reportable', 'Not reportable', 'Not yet decided'], default: 'Not yet decided' }),
    NotReportableReason: note({ title: 'Reason it is not reportable', description: 'Why the breach does not risk people’s rights and freedoms: the record Art. 33(5) asks for.', section: 'ICO', shownWhen: is('IcoDecision', 'Not reportable') }),
    IcoReportedAt: dateTime({ title: 'Time the ICO was told', description: 'When the ICO was told.', section: 'ICO', shownWhen: reportable }),
    IcoReference: text({ title: 'ICO reference', description: 'The ICO’s case reference.', maxLength: 40, section: 'ICO', shownWhen: reportable }),
    DelayReason: note({ title: 'Reason for reporting late', description: 'Why the ICO was told more than 72 hours after the council became aware.', section: 'ICO', shownWhen: reportable }),
    LeadOfficer: person({ title: 'Lead officer', description: 'Who is handling the breach.', critical: true, section: 'Closure' }),
    Status: choice({ title: 'Status', description: 'Open until the breach is contained and its actions are done.', required: true, indexed: true, section: 'Closure', choices: ['Open', 'Closed'], default: 'Open' })
  },
  rules: [
    { id: 'reason-when-not-reportable', field: 'NotReportableReason', when: is('IcoDecision', 'Not reportable'), check: isPresent('NotReportableReason'), message: 'Say why the breach is not reportable: the law asks for the reason to be recorded.', dimension: 'completeness', severity: 'block' },
    { id: 'ico-report-after-awareness', field: 'IcoReportedAt', check: onOrAfter('IcoReportedAt', 'AwareAt'), message: 'The ICO cannot have been told before the council became aware.', dimension: 'consistency', severity: 'block' },
    { id: 'ico-within-72-hours', field: 'DelayReason', when: and(reportable, isPresent('IcoReportedAt')), check: or(onOrBefore('IcoReportedAt', icoDeadline), isPresent('DelayReason')), message: 'The ICO was told more than 72 hours after the council became aware: give the reasons for the delay.', dimension: 'timeliness', severity: 'block' },
    { id: 'ico-told-in-time', field: 'IcoReportedAt', when: and(reportable, isBlank('IcoReportedAt')), check: notYetPassed(icoDeadline), message: 'Reportable and 72 hours have passed: tell the ICO now, then record when.', dimension: 'timeliness', severity: 'warn' }
  ]
});

type BreachView = RegisterView<ViewContext, FieldName<typeof dataBreaches>>;
const columns = ['Title', 'AwareAt', 'Directorate', 'IcoDecision', 'IcoReportedAt', 'Status'] as const;

/** The data protection officer's questions: what is open, what the ICO must hear of, what is late. */
export const breachViews: readonly BreachView[] = [
  { id: 'open', title: 'Open', description: 'Breaches not yet closed.', condition: is('Status', 'Open'), columns: [...columns, 'LeadOfficer'], sort: { field: 'AwareAt', descending: true } },
  { id: 'reportable', title: 'Reportable', description: 'Breaches to be reported, or reported, to the ICO.', condition: reportable, columns: [...columns, 'IcoReference'], sort: { field: 'AwareAt', descending: true } },
  { id: 'overdue-for-ico', title: 'Overdue for the ICO', description: 'Reportable breaches the ICO has not been told of, 72 hours after the council became aware.', condition: overdueForIco, columns, sort: { field: 'AwareAt', descending: false } },
  { id: 'all', title: 'All', description: 'Every breach recorded.', columns, sort: { field: 'AwareAt', descending: true } }
];

export const breachScreen: RegisterScreenDeclaration<typeof dataBreaches, ViewContext, never> = {
  register: dataBreaches,
  views: breachViews,
  noun: 'breach',
  nouns: 'breaches',
  linkColumn: 'Title',
  search: { fields: ['Title', 'WhatHappened', 'IcoReference'], label: 'Search the breaches' },
  filters: [
    { kind: 'oneOf', field: 'Directorate', values: [] },
    { kind: 'oneOf', field: 'BreachType', values: [] },
    { kind: 'dateRange', field: 'AwareAt' }
  ]
};
