import type { ItemRecord } from '../../src/domain/lists/itemQuery';
import { fieldsRead, qualityChecks } from '../../src/domain/quality/qualityChecks';
import { runQualityChecks } from '../../src/domain/quality/qualityRun';
import { dataCatalogue, foiRequests, urgentCareReferrals } from '../../src/domain/registers';
import type { Register } from '../../src/domain/lists/defineList';
import { demoCatalogue } from '../../workbench/demoData/wikiDemo';
import { demoFoi } from '../../workbench/demoData/foiDemo';
import { demoReferrals } from '../../workbench/demoData/urgentCareDemo';

const today = '2026-11-22';
const demo: Array<[string, Register, Array<Record<string, unknown>>]> = [
  ['the Urgent Care referrals', urgentCareReferrals as unknown as Register, demoReferrals({ count: 1_000, seed: 7, today }, [2, 3]) as unknown as Array<Record<string, unknown>>],
  ['the FOI requests', foiRequests as unknown as Register, demoFoi({ requests: 600, requesters: 200, seed: 7, today }, [2, 3], [4]).requests],
  ['the data catalogue', dataCatalogue as unknown as Register, demoCatalogue(today)]
];

describe('the fields a data-quality run reads', () => {
  it.each(demo)('are enough to check %s: its demo items give the same result with only those fields', (_name, register, rows) => {
    const checks = qualityChecks(register);
    const read = fieldsRead(register, checks);
    const full: ItemRecord[] = rows.map((item, index) => ({ id: index + 1, item, modified: `2026-11-${String(1 + (index % 21)).padStart(2, '0')}T09:00:00Z`, editorId: 2 }));
    const narrowed = full.map((record) => ({ ...record, item: Object.fromEntries(read.map((name) => [name, record.item[name]])) }));
    const whole = runQualityChecks(checks, full, { today }, []);
    expect(whole.checks.some((check) => check.failing > 0)).toBe(true);
    expect(runQualityChecks(checks, narrowed, { today }, [])).toEqual(whole);
    expect(read.length).toBeLessThan(Object.keys(register.fields).length);
  });
});
