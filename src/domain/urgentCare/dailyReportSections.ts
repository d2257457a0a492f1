import type { FactSection } from '../export/factSections';
import { formatCount, ukDate } from '../lists/displayValue';
import type { DailyReport, WaitingReferral } from './dailyReport';

const referral = (waiting: WaitingReferral): readonly [string, string] => [
  `${waiting.name} (item ${waiting.id})`,
  `referred ${ukDate(waiting.referralDate)}, ${formatCount(waiting.days)} days ago; ${waiting.status}`
];

/** The headline figures, as the report's first screen shows them. */
export function headlineFigures(report: DailyReport): Array<readonly [string, string]> {
  const today = report.byDay[report.byDay.length - 1];
  const active = report.activeByPathway.reduce((total, entry) => total + entry.count, 0);
  return [
    ['Active referrals', formatCount(active)],
    ['Referrals received today', formatCount(today.referrals)],
    ['Discharges today', formatCount(today.discharges)],
    [
      `Median days, referral to discharge (last ${report.byDay.length} days)`,
      report.medianDaysToDischarge === null ? 'None yet' : formatCount(report.medianDaysToDischarge)
    ],
    [`Waiting over ${report.waitingThreshold} days`, formatCount(report.waitingLongerThan.length)],
    ['Marked Discharged with no discharge date', formatCount(report.dischargedWithoutDate.length)]
  ];
}

/** Every part of the daily report, in the order the screen shows it: for the printed page and the spreadsheet alike. */
export function dailyReportSections(report: DailyReport): FactSection[] {
  return [
    { heading: 'Today’s figures', facts: headlineFigures(report) },
    {
      heading: 'Referrals and discharges by week',
      text: 'Weeks start on Monday.',
      facts: report.byWeek.map((week) => [`Week starting ${ukDate(week.weekStarting)}`, `${formatCount(week.referrals)} referrals, ${formatCount(week.discharges)} discharges`])
    },
    { heading: 'Active referrals by pathway', facts: report.activeByPathway.map((entry) => [entry.pathway, formatCount(entry.count)]) },
    {
      heading: 'Delays after the discharge ready date, by reason',
      facts: report.delaysByReason.map((entry) => [entry.reason, `${formatCount(entry.count)} patients, ${formatCount(entry.days)} days waited in all`])
    },
    { heading: `Referrals waiting more than ${report.waitingThreshold} days`, facts: report.waitingLongerThan.map(referral) },
    {
      heading: 'Marked Discharged with no discharge date: data to put right',
      text: 'Not patients waiting: each needs its discharge date entered.',
      facts: report.dischargedWithoutDate.map(referral)
    }
  ];
}
