import { urgentCareReferrals } from '../registers/urgentCareReferrals';

/**
 * The register's own rule that a referral marked Discharged has its discharge date: the tracker's banner,
 * the daily report and the data-quality tab all count by it, so they agree.
 */
export const dischargeDateRule = urgentCareReferrals.rules.find((rule) => rule.id === 'discharge-date-when-discharged')!;
