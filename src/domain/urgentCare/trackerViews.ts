import type { RegisterScreenDeclaration } from '../lists/registerScreen';
import type { FieldName } from '../lists/defineList';
import type { RegisterView, ViewContext } from '../lists/registerViews';
import { and, is, isBlank, isNot, isPresent, or, ruleFields } from '../lists/rules';
import { urgentCareReferrals } from '../registers/urgentCareReferrals';
import { dischargeDateRule } from './dischargeDateRule';

const everyday = ['Title', 'NhsNumber', 'Hospital', 'Ward', 'ReferralDate', 'Pathway', 'Status', 'LeadOfficer'] as const;

/** The Control Room's views, named as on the spreadsheet's tabs. */
export const trackerViews: ReadonlyArray<RegisterView<ViewContext, FieldName<typeof urgentCareReferrals>>> = [
  {
    id: 'active',
    title: 'Active Referrals',
    description: 'Referrals with no discharge date that are not cancelled.',
    condition: and(isBlank('DischargeDate'), isNot('Status', 'Cancelled')),
    columns: [...everyday, 'DischargeReadyDate', 'DelayReason'],
    sort: { field: 'ReferralDate', descending: false }
  },
  {
    id: 'discharges',
    title: 'All Discharges',
    description: 'Referrals marked Discharged or with a discharge date.',
    condition: or(is('Status', 'Discharged'), isPresent('DischargeDate')),
    columns: ['Title', 'NhsNumber', 'Hospital', 'ReferralDate', 'DischargeDate', 'Pathway', 'DischargeDestination', 'Status'],
    sort: { field: 'DischargeDate', descending: true }
  },
  {
    id: 'all',
    title: 'All Referrals',
    description: 'Every referral.',
    columns: [...everyday, 'DischargeDate'],
    sort: { field: 'ReferralDate', descending: true }
  },
  {
    id: 'mine',
    title: 'Changed by me',
    description: 'Referrals you were the last to change.',
    changedByMe: true,
    columns: [...everyday, 'DischargeDate'],
    sort: { field: 'Modified', descending: true }
  }
];

/** The tracker as the register screen shows it: its views, search and filters. */
export const trackerScreen: RegisterScreenDeclaration<typeof urgentCareReferrals, ViewContext, never> = {
  register: urgentCareReferrals,
  views: trackerViews,
  noun: 'referral',
  nouns: 'referrals',
  linkColumn: 'Title',
  // The patient's name (the list's Title) or NHS number, as the box says.
  search: { fields: ['Title', 'NhsNumber'], label: 'Search by NHS number or name' },
  filters: [
    { kind: 'oneOf', field: 'Hospital', values: [] },
    { kind: 'contains', field: 'Ward', text: '' },
    { kind: 'oneOf', field: 'Pathway', values: [] },
    { kind: 'oneOf', field: 'Status', values: [] },
    { kind: 'dateRange', field: 'ReferralDate' },
    { kind: 'dateRange', field: 'DischargeDate' }
  ],
  // The banner over Active Referrals counts by the register's own rule.
  alwaysRead: ruleFields(dischargeDateRule),
  newValues: (today) => ({ Status: 'Referred', ReferralDate: today })
};
