import { factSectionsTable } from '../../src/domain/export/factSections';
import { dailyReportSections } from '../../src/domain/urgentCare/dailyReportSections';
import { urgentCareReferrals } from '../../src/domain/registers';
import type { ItemOf } from '../../src/domain/lists/defineList';
import type { ItemRecord } from '../../src/domain/lists/itemQuery';
import { dailyReport, notRecorded } from '../../src/domain/urgentCare/dailyReport';
import { sampleReferral } from '../support/sampleItems';

type Referral = ItemOf<typeof urgentCareReferrals>;
const blank = Object.fromEntries(Object.keys(urgentCareReferrals.fields).map((name) => [name, null]));
let nextId = 1;
const referral = (values: Record<string, unknown>): ItemRecord<Referral> => ({
  id: nextId++,
  item: { ...blank, ...sampleReferral({ AdmissionDate: '2026-08-01', ...values }) } as unknown as Referral,
  modified: '2026-11-22T09:00:00Z',
  editorId: 2
});

// Sunday 22 November 2026; the week starts on Monday 16 November.
const today = '2026-11-22';
const records = [
  referral({ ReferralDate: '2026-11-22', Status: 'Referred', Pathway: 'Pathway 1' }),
  referral({ ReferralDate: '2026-11-16', Status: 'Assessing', DischargeReadyDate: '2026-11-20', DelayReason: 'Housing' }),
  referral({ ReferralDate: '2026-11-15', Status: 'Discharged', DischargeDate: '2026-11-22', Pathway: 'Pathway 1' }),
  referral({ ReferralDate: '2026-11-01', Status: 'Discharged', DischargeDate: '2026-11-11', Pathway: 'Pathway 3' }),
  referral({ ReferralDate: '2026-10-01', Status: 'Ready for discharge', Pathway: 'Pathway 3', DischargeReadyDate: '2026-11-12' }),
  referral({ ReferralDate: '2026-10-02', Status: 'Cancelled', CancellationReason: 'Died before assessment' }),
  referral({ ReferralDate: '2026-09-01', Status: 'Discharged', DischargeDate: '2026-09-09' })
];

describe('the daily report', () => {
  const report = dailyReport(records, { today, days: 7, weeks: 3, waitingThreshold: 14 });

  it('counts referrals received and discharges on each of the last days, today included', () => {
    expect(report.byDay.map((day) => day.date)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    expect(report.byDay.map((day) => day.referrals)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.byDay.map((day) => day.discharges)).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it('counts them by week, Monday to Sunday', () => {
    expect(report.byWeek).toEqual([
      { weekStarting: '2026-11-02', referrals: 0, discharges: 0 },
      { weekStarting: '2026-11-09', referrals: 1, discharges: 1 },
      { weekStarting: '2026-11-16', referrals: 2, discharges: 1 }
    ]);
  });

  it('shows active referrals by pathway, naming the ones with none recorded', () => {
    expect(report.activeByPathway).toEqual([
      { pathway: notRecorded, count: 1 },
      { pathway: 'Pathway 1', count: 1 },
      { pathway: 'Pathway 3', count: 1 }
    ]);
  });

  it('gives the median days from referral to discharge over the period’s discharges', () => {
    expect(report.dischargesMeasured).toBe(1);
    expect(report.medianDaysToDischarge).toBe(7);
    const month = dailyReport(records, { today, days: 28 });
    expect(month.dischargesMeasured).toBe(2);
    expect(month.medianDaysToDischarge).toBe(8.5);
    expect(dailyReport([], { today }).medianDaysToDischarge).toBeNull();
  });

  it('sums delays past the discharge ready date by reason', () => {
    expect(report.delaysByReason).toEqual([
      { reason: 'Housing', count: 1, days: 2 },
      { reason: notRecorded, count: 1, days: 10 }
    ]);
  });

  it('lists referrals marked Discharged without a discharge date apart, as data to put right, never among the waits', () => {
    expect(report.dischargedWithoutDate).toEqual([]);
    const flawed = dailyReport([...records, referral({ ReferralDate: '2026-11-01', Status: 'Discharged' })], { today });
    expect(flawed.dischargedWithoutDate.map((entry) => [entry.days, entry.status])).toEqual([[21, 'Discharged']]);
    expect(flawed.waitingLongerThan.map((waiting) => waiting.name)).toEqual(report.waitingLongerThan.map((waiting) => waiting.name));
    expect(flawed.activeByPathway.find((entry) => entry.pathway === notRecorded)?.count).toBe(2);
  });

  it('is the same figures on paper and in a spreadsheet as on screen', () => {
    const flawed = dailyReport([...records, referral({ ReferralDate: '2026-11-01', Status: 'Discharged' })], { today, waitingThreshold: 14 });
    const table = factSectionsTable(dailyReportSections(flawed));
    expect(table.headers).toEqual(['Section', 'What', 'Figure']);
    expect(table.rows).toContainEqual(['Today’s figures', 'Waiting over 14 days', '1']);
    expect(table.rows).toContainEqual(['Today’s figures', 'Marked Discharged with no discharge date', '1']);
    const apart = dailyReportSections(flawed).find((section) => section.heading.startsWith('Marked Discharged'))!;
    expect(apart.facts).toHaveLength(1);
    expect(apart.facts[0][1]).toMatch(/^referred 01\/11\/2026, 21 days ago; Discharged$/);
  });

  it('lists active referrals waiting longer than the threshold, longest first', () => {
    expect(report.waitingLongerThan.map((waiting) => [waiting.name, waiting.days])).toEqual([['Ada Lovelace', 52]]);
    expect(dailyReport(records, { today, waitingThreshold: 5 }).waitingLongerThan.map((waiting) => waiting.days)).toEqual([52, 6]);
  });
});
