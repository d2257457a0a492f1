import { defineList } from '../lists/defineList';
import { directorates } from './directorates';
import { foiDeadlines, type FoiRegime } from '../foi/foiClock';
import { choice, currency, date, lookup, multiChoice, note, person, text, yesNo } from '../lists/fields';
import { includesAnyOf, is, isOneOf, isPresent, not, onOrAfter, onOrBefore, today } from '../lists/rules';
import { foiOfficersGroup, foiRequesters } from './foiRequesters';

/** Exemptions (FOIA Part II) and EIR exceptions (regulations 12 and 13), as officers cite them. */
export const foiExemptions = [
  's.21 Accessible by other means',
  's.22 Intended for future publication',
  's.23 Security bodies',
  's.24 National security',
  's.26 Defence',
  's.27 International relations',
  's.28 Relations within the UK',
  's.29 The economy',
  's.30 Investigations',
  's.31 Law enforcement',
  's.32 Court records',
  's.33 Audit functions',
  's.34 Parliamentary privilege',
  's.35 Formulation of government policy',
  's.36 Prejudice to public affairs',
  's.37 Royal communications and honours',
  's.38 Health and safety',
  's.39 Environmental information',
  's.40 Personal information',
  's.41 Provided in confidence',
  's.42 Legal professional privilege',
  's.43 Commercial interests',
  's.44 Prohibitions on disclosure',
  'EIR 12(4)(a) Not held',
  'EIR 12(4)(b) Manifestly unreasonable',
  'EIR 12(4)(c) Too general',
  'EIR 12(4)(d) Unfinished material',
  'EIR 12(4)(e) Internal communications',
  'EIR 12(5)(a) International relations, defence, security',
  'EIR 12(5)(b) Course of justice',
  'EIR 12(5)(c) Intellectual property',
  'EIR 12(5)(d) Confidentiality of proceedings',
  'EIR 12(5)(e) Commercial confidentiality',
  'EIR 12(5)(f) Interests of the provider',
  'EIR 12(5)(g) Protection of the environment',
  'EIR 13 Personal data'
] as const;

/** An EIR request cites EIR exceptions, an FOI request FOIA exemptions: never the other regime's. */
export const eirExceptions = foiExemptions.filter((exemption) => exemption.startsWith('EIR '));
export const foiaExemptions = foiExemptions.filter((exemption) => !exemption.startsWith('EIR '));

/**
 * The exemptions subject to the public interest test (FOIA s.2(2)(b)); every EIR exception is (reg 12(1)(b)),
 * save personal data under reg 13, which has its own test.
 */
export const qualifiedExemptions = foiExemptions.filter(
  (exemption) =>
    /^s\.(22|24|26|27|28|29|30|31|33|35|36|37|38|39|42|43) /.test(exemption) || exemption.startsWith('EIR 12(')
);

/** Where a request has got to, in the order it usually goes; the bracketed steps happen only to some. */
export const foiStatuses = [
  'Received',
  'Awaiting clarification',
  'Awaiting fee',
  'With directorate',
  'Drafting response',
  'Responded',
  'Internal review',
  'ICO complaint',
  'Closed'
] as const;

/** Outcomes that withhold information under an exemption: the exemptions must be named. */
export const withholdingOutcomes = ['Granted in part', 'Refused (exemption)', 'Neither confirm nor deny'] as const;

/** The statuses in which a response has been sent. */
const answeredStatuses = ['Responded', 'Internal review', 'ICO complaint'];

/** Freedom of Information and Environmental Information Regulations requests, with their statutory clock. */
export const foiRequests = defineList({
  name: 'foiRequests',
  title: 'FOI Requests',
  url: 'Lists/FoiRequests',
  description: 'Freedom of Information and EIR requests: receipt, clock events, response, review and ICO.',
  sections: ['Request', 'Clock', 'Response', 'Review and ICO'],
  stewarded: true,
  // The dates and status set the statutory clock: directorate contacts read requests, only FOI officers change them.
  editableOnlyBy: foiOfficersGroup,
  fields: {
    Title: text({
      title: 'Request summary',
      description: 'A short description of what is asked for, without the requester’s personal details.',
      required: true,
      maxLength: 255,
      section: 'Request',
      aliases: ['Subject', 'Summary', 'Title']
    }),
    Reference: text({
      title: 'Reference',
      description: 'The council’s reference for the request, such as FOI-2026-0001.',
      required: true,
      unique: true,
      maxLength: 20,
      section: 'Request',
      aliases: ['Ref', 'FOI ref', 'Case number']
    }),
    Regime: choice({
      title: 'Regime',
      description: 'FOI (Freedom of Information Act 2000) or EIR (Environmental Information Regulations 2004).',
      required: true,
      default: 'FOI',
      section: 'Request',
      choices: ['FOI', 'EIR'],
      aliases: ['Type', 'Request type', 'FOI/EIR']
    }),
    ReceivedDate: date({
      title: 'Date received',
      description: 'The day the request reached the council, on any day of the week. The clock starts the next working day.',
      required: true,
      indexed: true,
      section: 'Request',
      aliases: ['Received', 'Date of request', 'Received date']
    }),
    Channel: choice({
      title: 'Received by',
      description: 'How the request arrived. Only EIR requests may be made by phone or in person.',
      section: 'Request',
      choices: ['Email', 'Web form', 'Letter', 'Social media', 'Phone (EIR only)', 'In person (EIR only)'],
      aliases: ['Channel', 'Method received']
    }),
    RequestText: note({
      title: 'Request',
      description: 'The request as the requester made it. Directorate colleagues see it, so leave out who asked.',
      required: true,
      personal: true,
      section: 'Request',
      aliases: ['Request details', 'Information requested']
    }),
    Requester: lookup({
      title: 'Requester',
      description: 'Who asked, as their reference in the FOI Requesters list, which only FOI officers can open.',
      register: foiRequesters.name,
      critical: true,
      indexed: true,
      section: 'Request',
      aliases: ['Requester reference']
    }),
    Directorate: choice({
      title: 'Directorate',
      description: 'The directorate that holds the information.',
      indexed: true,
      critical: true,
      section: 'Request',
      choices: directorates,
      aliases: ['Department', 'Service area']
    }),
    DirectorateContact: person({
      title: 'Directorate contact',
      description: 'The colleague gathering the information. They see the request, never the requester.',
      indexed: true,
      section: 'Request',
      aliases: ['Contact', 'Service contact']
    }),
    AssignedDate: date({
      title: 'Assigned to directorate',
      description: 'When the request was sent to the directorate contact.',
      section: 'Request',
      aliases: ['Date assigned']
    }),
    InternalDeadline: date({
      title: 'Directorate deadline',
      description: 'When the directorate should send the information back, leaving time to draft the response.',
      section: 'Request',
      aliases: ['Internal deadline']
    }),
    Status: choice({
      title: 'Status',
      description: 'Where the request has got to.',
      required: true,
      indexed: true,
      default: 'Received',
      section: 'Clock',
      choices: foiStatuses,
      aliases: ['Current status']
    }),
    HandlingOfficer: person({
      title: 'Handling officer',
      description: 'The officer answering the request.',
      section: 'Clock',
      aliases: ['Officer', 'Assigned to']
    }),
    ClarificationRequestedDate: date({
      title: 'Clarification requested',
      description: 'When the council asked the requester to clarify (s.1(3)). The clarified request is treated as new.',
      section: 'Clock',
      aliases: ['Clarification sought']
    }),
    ClarificationQuestion: note({
      title: 'Clarification asked',
      description: 'What the requester was asked to clarify: shown with that step on the request’s timeline. Never published.',
      personal: true,
      section: 'Clock',
      aliases: ['Clarification question']
    }),
    ClarificationReceivedDate: date({
      title: 'Clarification received',
      description: 'When the clarification arrived: a fresh 20 working days start the next working day.',
      section: 'Clock',
      aliases: ['Clarified']
    }),
    FeeNoticeDate: date({
      title: 'Fee notice issued',
      description: 'When a fees notice was issued (s.9): the clock stops until the fee is paid.',
      section: 'Clock',
      aliases: ['Fees notice']
    }),
    FeeAmount: currency({
      title: 'Fee',
      description: 'The fee in the notice, in pounds.',
      min: 0,
      section: 'Clock',
      aliases: ['Fee amount']
    }),
    FeePaidDate: date({
      title: 'Fee received',
      description: 'When the fee was received: the clock restarts (s.10(2)).',
      section: 'Clock',
      aliases: ['Fee paid']
    }),
    PublicInterestExtension: yesNo({
      title: 'Public interest extension',
      description: 'FOI: the public interest test needs more time (s.10(3)); the refusal notice is still due on day 20. EIR: the request is complex and voluminous (reg 7).',
      section: 'Clock',
      aliases: ['PIT extension']
    }),
    ExtendedDate: date({
      title: 'Extended on',
      description: 'When the requester was told of the extension (FOI s.17(2) or EIR reg 7(3)): by the 20th working day.',
      section: 'Clock',
      aliases: ['Extension notice date']
    }),
    ExtensionReason: note({
      title: 'Why extended',
      description:
        'For FOI, the exemption whose public interest is being weighed (s.17(2)); for EIR, why the request is complex and voluminous (reg 7(1)). Shown with that step on the timeline.',
      section: 'Clock',
      aliases: ['Extension reason']
    }),
    DueDate: date({
      title: 'Due date',
      description: 'The statutory deadline, worked out by Custodian on every save: the 20th working day after receipt (or after clarification), fee days aside. Blank while the clock is stopped.',
      indexed: true,
      section: 'Clock',
      aliases: ['Deadline', 'Response due']
    }),
    ExtendedDueDate: date({
      title: 'Extended due date',
      description: 'The deadline after a public interest (FOI) or complex-and-voluminous (EIR) extension, worked out by Custodian: working day 40.',
      indexed: true,
      section: 'Clock',
      aliases: ['Extended deadline']
    }),
    ResponseDate: date({
      title: 'Date responded',
      description: 'The day the response was sent.',
      indexed: true,
      section: 'Response',
      aliases: ['Responded', 'Response date', 'Date closed']
    }),
    WithdrawalReason: note({
      title: 'Why closed unanswered',
      description: 'Why the request was closed without an answer: withdrawn by the requester, or the clarification or fee never came. Never published.',
      personal: true,
      section: 'Response',
      aliases: ['Withdrawal reason']
    }),
    PublishedDate: date({
      title: 'Published in the disclosure log',
      description: 'The day an FOI officer published the response in the disclosure log. Blank: not published (a response is published only by an officer’s decision).',
      section: 'Response',
      aliases: ['Published', 'Disclosure log date']
    }),
    Outcome: choice({
      title: 'Outcome',
      description: 'What the response gave the requester.',
      section: 'Response',
      choices: [
        'Granted in full',
        ...withholdingOutcomes.slice(0, 2),
        'Refused (s.12 cost limit)',
        'Refused (s.14 vexatious or repeated)',
        withholdingOutcomes[2],
        'Information not held',
        'Withdrawn or lapsed'
      ],
      aliases: ['Result', 'Decision']
    }),
    Exemptions: multiChoice({
      title: 'Exemptions applied',
      description: 'Every exemption or exception relied on in the response.',
      section: 'Response',
      choices: foiExemptions,
      offeredWhen: [
        { when: is('Regime', 'FOI'), choices: foiaExemptions },
        { when: is('Regime', 'EIR'), choices: eirExceptions }
      ],
      aliases: ['Exemptions', 'Exceptions']
    }),
    PublicInterestTest: note({
      title: 'Public interest test',
      description: 'For each qualified exemption or EIR exception: the public interest for and against disclosure, and why withholding won.',
      section: 'Response',
      shownWhen: includesAnyOf('Exemptions', qualifiedExemptions),
      aliases: ['PIT', 'Public interest']
    }),
    InternalReviewRequestedDate: date({
      title: 'Internal review requested',
      description: 'When the requester asked for an internal review.',
      section: 'Review and ICO',
      aliases: ['IR requested']
    }),
    InternalReviewResponseDate: date({
      title: 'Internal review responded',
      description: 'When the internal review was answered: best practice 20 working days, 40 at most.',
      section: 'Review and ICO',
      aliases: ['IR responded']
    }),
    InternalReviewOutcome: choice({
      title: 'Internal review outcome',
      description: 'Whether the review upheld the original response.',
      section: 'Review and ICO',
      choices: ['Upheld', 'Partly upheld', 'Overturned'],
      aliases: ['IR outcome']
    }),
    IcoComplaintDate: date({
      title: 'ICO complaint received',
      description: 'When the Information Commissioner told the council of a complaint.',
      section: 'Review and ICO',
      aliases: ['ICO complaint']
    }),
    IcoReference: text({
      title: 'ICO reference',
      description: 'The ICO’s case reference.',
      maxLength: 30,
      section: 'Review and ICO',
      aliases: ['ICO ref']
    }),
    IcoDecision: choice({
      title: 'ICO decision',
      description: 'The outcome of the ICO’s case.',
      section: 'Review and ICO',
      choices: ['Not upheld', 'Partly upheld', 'Upheld', 'Informally resolved'],
      aliases: ['Decision notice outcome']
    }),
    Notes: note({
      title: 'Notes',
      description: 'Anything else the next officer should know about the request. Never published.',
      personal: true,
      section: 'Clock',
      aliases: ['Comments', 'Case notes']
    }),
    IcoDecisionDate: date({
      title: 'ICO decision date',
      description: 'When the ICO decided or closed the case.',
      section: 'Review and ICO',
      aliases: ['Decision notice date']
    })
  },
  rules: [
    {
      id: 'received-not-in-future',
      field: 'ReceivedDate',
      check: onOrBefore('ReceivedDate', today),
      message: 'The date received cannot be in the future.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'foi-exemptions-for-foi',
      field: 'Exemptions',
      when: is('Regime', 'FOI'),
      check: not(includesAnyOf('Exemptions', eirExceptions)),
      message: 'An FOI request relies on FOIA exemptions (sections 21 to 44), not EIR exceptions.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'eir-exceptions-for-eir',
      field: 'Exemptions',
      when: is('Regime', 'EIR'),
      check: not(includesAnyOf('Exemptions', foiaExemptions)),
      message: 'An EIR request relies on EIR exceptions (regulations 12 and 13), not FOIA exemptions.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'published-after-response',
      field: 'PublishedDate',
      check: onOrAfter('PublishedDate', 'ResponseDate'),
      message: 'A response can be published in the disclosure log only on or after the day it was sent.',
      dimension: 'consistency',
      // SharePoint's list validation formula is full (1,023 characters): the form warns, the stewards' checks count it.
      severity: 'warn'
    },
    {
      id: 'response-on-or-after-receipt',
      field: 'ResponseDate',
      check: onOrAfter('ResponseDate', 'ReceivedDate'),
      message: 'The date responded must be on or after the date received.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'response-date-when-responded',
      field: 'ResponseDate',
      when: isOneOf('Status', answeredStatuses),
      check: isPresent('ResponseDate'),
      message: 'Enter the date responded: the request has been answered.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'outcome-when-responded',
      field: 'Outcome',
      when: isPresent('ResponseDate'),
      check: isPresent('Outcome'),
      message: 'Select the outcome: the request has a date responded.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'exemptions-when-withheld',
      field: 'Exemptions',
      when: isOneOf('Outcome', withholdingOutcomes),
      check: isPresent('Exemptions'),
      message: 'Select the exemptions relied on: information was withheld.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'clarification-after-request',
      field: 'ClarificationReceivedDate',
      check: onOrAfter('ClarificationReceivedDate', 'ClarificationRequestedDate'),
      message: 'Clarification cannot be received before it was requested.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'fee-paid-after-notice',
      field: 'FeePaidDate',
      check: onOrAfter('FeePaidDate', 'FeeNoticeDate'),
      message: 'The fee cannot be received before the fee notice was issued.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'review-answered-after-requested',
      field: 'InternalReviewResponseDate',
      check: onOrAfter('InternalReviewResponseDate', 'InternalReviewRequestedDate'),
      message: 'The internal review cannot be answered before it was requested.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'spoken-requests-are-eir',
      field: 'Channel',
      when: isOneOf('Channel', ['Phone (EIR only)', 'In person (EIR only)']),
      check: is('Regime', 'EIR'),
      message: 'Only EIR requests can be made by phone or in person: choose EIR, or another way received.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'extension-dated',
      field: 'ExtendedDate',
      when: is('PublicInterestExtension', true),
      check: isPresent('ExtendedDate'),
      message: 'Enter when the requester was told of the extension.',
      dimension: 'completeness',
      severity: 'warn'
    },
    {
      id: 'public-interest-test-recorded',
      field: 'PublicInterestTest',
      when: includesAnyOf('Exemptions', qualifiedExemptions),
      check: isPresent('PublicInterestTest'),
      message: 'Record the public interest test: a qualified exemption or EIR exception is applied.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'contact-when-with-directorate',
      field: 'DirectorateContact',
      when: is('Status', 'With directorate'),
      check: isPresent('DirectorateContact'),
      message: 'Choose the directorate contact: the request is with a directorate.',
      dimension: 'completeness',
      severity: 'warn'
    },
    {
      id: 'ico-decision-after-complaint',
      field: 'IcoDecisionDate',
      check: onOrAfter('IcoDecisionDate', 'IcoComplaintDate'),
      message: 'The ICO cannot decide before the complaint was made.',
      dimension: 'consistency',
      severity: 'block'
    }
  ],
  computed: {
    fields: ['DueDate', 'ExtendedDueDate'],
    compute: (item, { today: asOf }) => {
      if (!item.ReceivedDate || !item.Regime) return { DueDate: null, ExtendedDueDate: null };
      const deadlines = foiDeadlines({ ...item, Regime: item.Regime as FoiRegime, ReceivedDate: item.ReceivedDate as string }, asOf);
      // While the clock is stopped there is no due date yet: it depends on when the requester answers.
      const stopped = deadlines.state === 'awaiting clarification' || deadlines.state === 'awaiting fee';
      return { DueDate: stopped ? null : deadlines.dueDate, ExtendedDueDate: stopped ? null : deadlines.extendedDueDate ?? null };
    }
  },
  duplicateKey: ['Requester', 'ReceivedDate', 'Title'],
  keyFields: ['Reference', 'Regime', 'ReceivedDate', 'Directorate', 'DirectorateContact', 'Status', 'DueDate', 'ResponseDate', 'Outcome']
});
