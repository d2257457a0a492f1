import { urgentCareReferrals } from '../../src/domain/registers';
import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { runQualityChecks } from '../../src/domain/quality/qualityRun';
import { hasRunOn, snapshotOf, trendOf } from '../../src/domain/quality/qualityHistory';
import { sampleReferral } from '../support/sampleItems';

const checks = qualityChecks(urgentCareReferrals);
const record = (id: number, values: Record<string, unknown>) => ({ id, item: sampleReferral(values), modified: '2026-11-20T09:00:00Z', editorId: 1 });
const run = (discharged: number, undated: number) =>
  runQualityChecks(
    checks,
    Array.from({ length: discharged }, (_, index) => record(index + 1, { Status: 'Discharged', DischargeDate: index < undated ? null : '2026-11-10' })),
    { today: '2026-11-22' }
  );

describe('data-quality history', () => {
  it('stores one row per check per run, dated by the day in the UK', () => {
    const rows = snapshotOf('urgentCareReferrals', run(4, 1), new Date('2026-06-30T23:30:00Z'));
    expect(rows).toHaveLength(checks.length);
    expect(rows.find((row) => row.checkId === 'discharge-date-when-discharged')).toEqual({
      register: 'urgentCareReferrals',
      runOn: '2026-07-01',
      runAt: '2026-06-30T23:30:00Z',
      checkId: 'discharge-date-when-discharged',
      dimension: 'completeness',
      checked: 4,
      failing: 1,
      excepted: 0
    });
    expect(hasRunOn(rows, '2026-07-01')).toBe(true);
    expect(hasRunOn(rows, '2026-06-30')).toBe(false);
  });

  it('trends day by day, oldest first, each day from its last run, with the same scores as the run', () => {
    const snapshots = [
      ...snapshotOf('urgentCareReferrals', run(4, 2), new Date('2026-11-21T09:00:00Z')),
      ...snapshotOf('urgentCareReferrals', run(4, 0), new Date('2026-11-22T16:00:00Z')),
      ...snapshotOf('urgentCareReferrals', run(4, 3), new Date('2026-11-20T09:00:00Z')),
      ...snapshotOf('urgentCareReferrals', run(4, 1), new Date('2026-11-21T15:00:00Z'))
    ];
    const trend = trendOf(snapshots);
    expect(trend.map((point) => point.day)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(trend.map((point) => point.tallies.get('discharge-date-when-discharged')!.failing)).toEqual([3, 1, 0]);
    const latest = run(4, 0);
    expect(trend[2].overall).toBeCloseTo(latest.overall!);
    expect(trend[2].dimensions).toEqual(latest.dimensions);
  });
});
