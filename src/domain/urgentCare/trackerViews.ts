import type { RegisterView } from '../lists/registerViews';
import { and, is, isBlank, isNot, isPresent, or } from '../lists/rules';

const everyday = ['Title', 'NhsNumber', 'Hospital', 'Ward', 'ReferralDate', 'Pathway', 'Status', 'LeadOfficer'] as const;

/** The Control Room's views, named as on the spreadsheet's tabs. */
export const trackerViews: readonly RegisterView[] = [
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
