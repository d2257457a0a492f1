import { provision } from '../../src/data/siteUpgrade';
import type { Register } from '../../src/domain/lists/defineList';
import { createQualityStore } from '../../src/data/qualityStore';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { runQualityChecks } from '../../src/domain/quality/qualityRun';
import { emulatedSite } from '../support/emulatedSite';
import { sampleReferral } from '../support/sampleItems';

const sam = 'i:0#.f|membership|sam.okafor@council.example';
const samAsPerson = { id: 2, title: 'Sam Okafor' };
const priya = { id: 1, title: 'Priya Shah' };

async function storeAt(now: { date: Date }) {
  const clock = () => now.date;
  const site = emulatedSite({ clock });
  await provision(site.sp(), registers as unknown as Register[]);
  return createQualityStore(site.sp(sam), clock);
}

const result = (undated: number) =>
  runQualityChecks(
    qualityChecks(urgentCareReferrals),
    Array.from({ length: 5 }, (_, index) => ({
      id: index + 1,
      item: sampleReferral({ Status: 'Discharged', DischargeDate: index < undated ? null : '2026-11-10' }),
      modified: '2026-11-20T09:00:00Z',
      editorId: 2
    })),
    { today: '2026-11-22' }
  );

describe('the data-quality store on the emulated site', () => {
  it('keeps an exception with who made it, and reverts it without deleting it', async () => {
    const now = { date: new Date('2026-11-20T10:00:00Z') };
    const store = await storeAt(now);
    const added = await store.addException(
      { register: 'urgentCareReferrals', checkId: 'complete-ward', itemId: 12, reason: 'Not available at source', summary: 'Ward missing on 12' },
      samAsPerson
    );
    expect(added.kind).toBe('saved');
    const [exception] = await store.readExceptions('urgentCareReferrals');
    expect(exception.item).toMatchObject({ RuleId: 'complete-ward', ItemId: 12, Status: 'Active', ExceptedOn: '2026-11-20', ExceptedBy: { id: 2, title: 'Sam Okafor' } });
    expect(await store.readExceptions('foiRequests')).toEqual([]);

    now.date = new Date('2026-11-22T10:00:00Z');
    const reverted = await store.revertException(exception, priya);
    expect(reverted.kind).toBe('saved');
    const [after] = await store.readExceptions('urgentCareReferrals');
    expect(after.item).toMatchObject({ Status: 'Reverted', RevertedOn: '2026-11-22', RevertedBy: { id: 1, title: 'Priya Shah' } });
  });

  it('refuses an exception for the reason Other without an explanation', async () => {
    const store = await storeAt({ date: new Date('2026-11-20T10:00:00Z') });
    const outcome = await store.addException(
      { register: 'urgentCareReferrals', checkId: 'complete-ward', itemId: 12, reason: 'Other', explanation: '  ', summary: 'Ward' },
      samAsPerson
    );
    expect(outcome).toEqual({ kind: 'invalid', messages: { Explanation: 'Explain the exception: the reason is Other.' } });
  });

  it('records each run’s tally per check once however often it is recorded, and reads back the runs since a day', async () => {
    const now = { date: new Date('2026-11-20T10:00:00Z') };
    const store = await storeAt(now);
    await store.recordRun('urgentCareReferrals', result(3), now.date);
    now.date = new Date('2026-11-22T10:00:00Z');
    const stored = await store.recordRun('urgentCareReferrals', result(1), now.date);
    await store.recordRun('urgentCareReferrals', result(1), now.date);
    const since21 = await store.readSnapshots('urgentCareReferrals', '2026-11-21');
    expect(since21).toHaveLength(stored.length);
    expect(since21.find((row) => row.checkId === 'discharge-date-when-discharged')).toEqual(
      stored.find((row) => row.checkId === 'discharge-date-when-discharged')
    );
    const all = await store.readSnapshots('urgentCareReferrals', '2026-01-01');
    expect(all.filter((row) => row.checkId === 'discharge-date-when-discharged').map((row) => [row.runOn, row.failing])).toEqual([
      ['2026-11-20', 3],
      ['2026-11-22', 1]
    ]);
  });

  it('records a fix for each check the item now passes, with who and when', async () => {
    const store = await storeAt({ date: new Date('2026-11-22T14:30:00Z') });
    const fix = { register: 'urgentCareReferrals', itemId: 40, version: '"6b1f…,4"', checkIds: ['discharge-date-when-discharged', 'complete-ward'], fieldsChanged: 'Discharge date, Ward' };
    await store.recordFix(fix, samAsPerson);
    // The same fix recorded again (a retry after a lost answer) adds nothing.
    expect((await store.recordFix(fix, samAsPerson)).saved).toHaveLength(2);
    const fixes = await store.readFixes('urgentCareReferrals');
    expect(fixes.map(({ item }) => [item.CheckId, item.ItemId, item.FixedBy?.title, item.FixedAt, item.FieldsChanged])).toEqual([
      ['discharge-date-when-discharged', 40, 'Sam Okafor', '2026-11-22T14:30:00Z', 'Discharge date, Ward'],
      ['complete-ward', 40, 'Sam Okafor', '2026-11-22T14:30:00Z', 'Discharge date, Ward']
    ]);
  });
});
