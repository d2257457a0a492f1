import { provision } from '../../src/data/siteUpgrade';
import type { Register } from '../../src/domain/lists/defineList';
import { createQualityStore } from '../../src/data/qualityStore';
import { beginRegisterCheck, checkRegister } from '../../src/data/qualityRuns';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import { fieldsRead, qualityChecks } from '../../src/domain/quality/qualityChecks';
import { trendOf } from '../../src/domain/quality/qualityHistory';
import { seedDemoReferrals } from '../../workbench/demoData/seed';
import { emulatedSite } from '../support/emulatedSite';

const register = urgentCareReferrals as unknown as Register;
const checks = qualityChecks(register);

async function demoSite(now: { date: Date }) {
  const clock = () => now.date;
  const site = emulatedSite({ clock });
  await provision(site.sp(), registers as unknown as Register[]);
  seedDemoReferrals(site.emulator, '2026-11-22');
  const sp = site.sp();
  return { sp, clock, store: createQualityStore(sp, clock), emulator: site.emulator, as: site.sp };
}

describe('checking a register', () => {
  it('checks for a site visitor, who may only read, and leaves the day’s run for a steward to store', async () => {
    const now = { date: new Date('2026-11-22T08:00:00Z') };
    const { clock, store, as } = await demoSite(now);
    const visitor = as('i:0#.f|membership|jo.lee@council.example');
    const checked = await checkRegister(visitor, createQualityStore(visitor, clock), register, checks, clock, { record: 'ifNoneToday', historyDays: 90 });
    expect(checked.records).toHaveLength(3500);
    expect(checked.recorded).toBe(false);
    expect(await store.readSnapshots(register.name, '2026-11-01')).toEqual([]);
  });

  it('reads it page by page, reports progress, and stores one run a day unless asked for another; the runs trend across days', async () => {
    const now = { date: new Date('2026-11-22T08:00:00Z') };
    const { sp, clock, store } = await demoSite(now);
    const progress: Array<[number, number]> = [];
    const options = { record: 'ifNoneToday' as const, historyDays: 90 };

    const first = await checkRegister(sp, store, register, checks, clock, { ...options, onProgress: (loaded, total) => progress.push([loaded, total]) });
    expect(first.recorded).toBe(true);
    expect(first.records).toHaveLength(3500);
    expect(progress.every(([loaded, total], index) => total === 3500 && loaded >= (progress[index - 1]?.[0] ?? 0))).toBe(true);
    expect(progress.at(-1)).toEqual([3500, 3500]);
    const undated = first.records.filter(({ item }) => item.Status === 'Discharged' && item.DischargeDate === null).map(({ id }) => id);
    expect(first.result.checks.find((check) => check.checkId === 'discharge-date-when-discharged')!.failingIds).toEqual(undated);

    now.date = new Date('2026-11-22T15:00:00Z');
    expect((await checkRegister(sp, store, register, checks, clock, options)).recorded).toBe(false);

    now.date = new Date('2026-11-23T09:00:00Z');
    const nextDay = await checkRegister(sp, store, register, checks, clock, options);
    expect(nextDay.recorded).toBe(true);
    now.date = new Date('2026-11-23T11:00:00Z');
    const asked = await checkRegister(sp, store, register, checks, clock, { ...options, record: 'always' });
    expect(asked.recorded).toBe(true);

    expect(asked.snapshots).toHaveLength(3 * checks.length);
    expect(trendOf(asked.snapshots).map((point) => point.day)).toEqual(['2026-11-22', '2026-11-23']);
  });

  it('reads only what the checks need, without metadata, and takes the reads begun before the tab rendered', async () => {
    const now = { date: new Date('2026-11-22T08:00:00Z') };
    const { sp, clock, store, emulator } = await demoSite(now);
    const itemReads: string[] = [];
    const countReads: string[] = [];
    const stewardReads: string[] = [];
    const handle = emulator.handle.bind(emulator);
    emulator.handle = (request) => {
      const url = decodeURIComponent(request.url);
      if (url.includes("'Urgent Care Referrals')/items")) itemReads.push(`${url} accept: ${request.headers.accept}`);
      if (url.includes("'Urgent Care Referrals')?$select=ItemCount")) countReads.push(url);
      if (request.method === 'GET' && url.includes("getByTitle('Data Quality")) stewardReads.push(url);
      return handle(request);
    };

    beginRegisterCheck(sp, register, checks, clock, 90);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([itemReads.length, countReads.length]).toEqual([1, 1]);
    const checked = await checkRegister(sp, store, register, checks, clock, { record: 'ifNoneToday', historyDays: 90 });
    expect([itemReads.length, countReads.length]).toEqual([1, 1]);
    // Exceptions, fixes and runs: each list's size (to know whether a filter is safe), then its items; once.
    // And, with no run stored today, whether this person may store one: once, only then.
    expect(stewardReads.filter((url) => !url.endsWith('/EffectiveBasePermissions'))).toHaveLength(6);
    expect(stewardReads.filter((url) => url.endsWith("'Data Quality Snapshots')/EffectiveBasePermissions"))).toHaveLength(1);
    expect(checked.recorded).toBe(true);

    expect(itemReads[0]).toContain('odata=nometadata');
    expect(itemReads[0]).not.toContain('LeadOfficer');
    expect(checked.records).toHaveLength(3500);
    expect(Object.keys(checked.records[0].item).sort()).toEqual([...new Set(['Title', ...fieldsRead(register, checks)])].sort());
    expect(checked.records[0]).not.toHaveProperty('etag');
  });
});
