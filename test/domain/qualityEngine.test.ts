import { itemScore } from '../../src/domain/quality/itemScore';
import fc from 'fast-check';
import { urgentCareReferrals } from '../../src/domain/registers';
import type { ItemRecord } from '../../src/domain/lists/itemQuery';
import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { runQualityChecks, startQualityRun, type QualityResult } from '../../src/domain/quality/qualityRun';
import { formatPercent } from '../../src/domain/quality/scores';
import { sampleReferral } from '../support/sampleItems';

const checks = qualityChecks(urgentCareReferrals);
const blank = Object.fromEntries(Object.keys(urgentCareReferrals.fields).map((name) => [name, null]));
const context = { today: '2026-11-22' };

function record(id: number, values: Record<string, unknown> = {}, modified = '2026-11-21T09:00:00Z'): ItemRecord {
  return { id, item: { ...blank, ...sampleReferral({ Ward: 'Ward 4', DateOfBirth: '1940-01-01', DischargeReadyDate: '2026-11-04', Pathway: 'Pathway 1', DelayReason: 'Housing', ...values }) }, modified, editorId: 2 };
}
const result = (records: ItemRecord[], exceptions: Array<{ checkId: string; itemId: number }> = []): QualityResult =>
  runQualityChecks(checks, records, context, exceptions);
const tally = (outcome: QualityResult, id: string) => outcome.checks.find((check) => check.checkId === id)!;

describe('the data-quality checks a register implies', () => {
  it('are its required and critical fields, its identifiers, its rules, its duplicate key and its timeliness, in that order', () => {
    const ids = checks.map((check) => check.id);
    expect(ids.slice(0, 4)).toEqual(['complete-title', 'complete-nhs-number', 'complete-date-of-birth', 'complete-hospital']);
    expect(ids).toContain('valid-nhs-number');
    expect(ids).toContain('valid-home-postcode');
    expect(ids).not.toContain('complete-notes');
    expect(ids.slice(-2)).toEqual(['unique-nhs-number-admission-date', 'active-referral-updated-weekly']);
    expect(new Set(checks.map((check) => check.dimension))).toEqual(new Set(['completeness', 'validity', 'consistency', 'uniqueness', 'timeliness']));
  });

  it('say in plain English what they ask for, and which fields put them right', () => {
    const rule = checks.find((check) => check.id === 'discharge-date-when-discharged')!;
    expect(rule.sentence).toBe('When the status is Discharged, the discharge date must be filled in.');
    expect(rule.fields).toEqual(['DischargeDate', 'Status']);
    expect(checks.find((check) => check.id === 'complete-ward')!.sentence).toBe('The ward must be filled in.');
    expect(checks.find((check) => check.id === 'unique-nhs-number-admission-date')!.sentence).toBe(
      'No two items may have the same NHS number and admission date.'
    );
  });
});

describe('a data-quality run', () => {
  it('counts items checked and failing per rule, with the failing ids in order and the percent passing', () => {
    const outcome = result([
      record(3, { Status: 'Discharged', DischargeDate: null }),
      record(1, { Status: 'Discharged', DischargeDate: '2026-11-20' }),
      record(2, { Status: 'Discharged', DischargeDate: '  ' }),
      record(4, { Status: 'Assessing' })
    ]);
    const rule = tally(outcome, 'discharge-date-when-discharged');
    expect(rule).toMatchObject({ checked: 3, failing: 2, excepted: 0, failingIds: [2, 3] });
    expect(rule.percent).toBeCloseTo(100 / 3);
    expect(outcome.itemCount).toBe(4);
  });

  it('counts empty and whitespace-only values as missing', () => {
    const outcome = result([record(1, { Ward: '' }), record(2, { Ward: '   \t' }), record(3)]);
    expect(tally(outcome, 'complete-ward')).toMatchObject({ checked: 3, failing: 2, failingIds: [1, 2] });
  });

  it('checks identifiers only when filled in, with the same validator as the form', () => {
    const outcome = result([record(1, { NhsNumber: '943 476 5910' }), record(2, { NhsNumber: null }), record(3)]);
    expect(tally(outcome, 'valid-nhs-number')).toMatchObject({ checked: 2, failing: 1, failingIds: [1] });
    expect(tally(outcome, 'complete-nhs-number')).toMatchObject({ failingIds: [2] });
  });

  it('flags each later copy of a record by the declared key, naming the earliest, however the pages arrive', () => {
    const records = [record(5), record(9, { AdmissionDate: '2026-10-01' }), record(2), record(7, { NhsNumber: null }), record(8)];
    const outcome = result(records);
    const unique = tally(outcome, 'unique-nhs-number-admission-date');
    expect(unique).toMatchObject({ checked: 4, failing: 2, failingIds: [5, 8] });
    expect([...unique.duplicateOf]).toEqual([
      [5, 2],
      [8, 2]
    ]);
  });

  it('flags open referrals nobody has touched for more than a week, by their last change in UK time', () => {
    const outcome = result([
      record(1, {}, '2026-11-15T00:30:00Z'),
      record(2, {}, '2026-11-14T23:30:00Z'),
      record(3, { Status: 'Discharged', DischargeDate: '2026-11-10' }, '2026-01-01T00:00:00Z'),
      record(4, { Status: 'Cancelled', CancellationReason: 'Moved away' }, '2026-01-01T00:00:00Z')
    ]);
    expect(tally(outcome, 'active-referral-updated-weekly')).toMatchObject({ checked: 2, failing: 1, failingIds: [2] });
  });

  it('takes excepted items out of the failure count, lists them, and counts them as passing', () => {
    const records = [record(1, { Status: 'Discharged' }), record(2, { Status: 'Discharged' })];
    const outcome = result(records, [
      { checkId: 'discharge-date-when-discharged', itemId: 2 },
      { checkId: 'complete-ward', itemId: 1 }
    ]);
    expect(tally(outcome, 'discharge-date-when-discharged')).toMatchObject({ checked: 2, failing: 1, excepted: 1, failingIds: [1], exceptedIds: [2], percent: 50 });
    expect(tally(outcome, 'complete-ward')).toMatchObject({ failing: 0, excepted: 0, exceptedIds: [] });
  });

  it('scores each dimension over all its checks, and overall as the mean of the dimensions measured', () => {
    const outcome = result([record(1, { Ward: null }), record(2)]);
    const completeness = outcome.dimensions.find((score) => score.dimension === 'completeness')!;
    const completenessChecks = outcome.checks.filter((check) => check.dimension === 'completeness');
    const checked = completenessChecks.reduce((sum, check) => sum + check.checked, 0);
    expect(completeness).toMatchObject({ checked, failing: 1 });
    expect(completeness.score).toBeCloseTo((100 * (checked - 1)) / checked);
    expect(outcome.dimensions.find((score) => score.dimension === 'accuracy')!.score).toBeNull();
    const measured = outcome.dimensions.flatMap((score) => (score.score === null ? [] : [score.score]));
    expect(outcome.overall).toBeCloseTo(measured.reduce((a, b) => a + b) / measured.length);
  });

  it('gives the same result however the items are split into pages and in whatever order they come', () => {
    const statuses = ['Referred', 'Assessing', 'Discharged', 'Cancelled'];
    const arbitraryRecord = fc.record({
      Status: fc.constantFrom(...statuses),
      DischargeDate: fc.constantFrom(null, '', '2026-11-10', '2026-10-01'),
      Ward: fc.constantFrom(null, ' ', 'Ward 4'),
      NhsNumber: fc.constantFrom('943 476 5919', '999 000 0018', '9434765910', null)
    });
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), (rows, pageSize, reversed) => {
        const records = rows.map((values, index) => record(index + 1, values));
        const whole = result(records);
        const run = startQualityRun(checks, context);
        const ordered = reversed ? [...records].reverse() : records;
        for (let start = 0; start < ordered.length; start += pageSize) run.add(ordered.slice(start, start + pageSize));
        expect(run.finish([])).toEqual(whole);
      }),
      { numRuns: 60 }
    );
  });
});

describe('percentages', () => {
  it('never round up to 100% while anything fails, and say when nothing could be measured', () => {
    expect(formatPercent(99.96)).toBe('99.9%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(null)).toBe('Not measured');
  });
});

describe('the item-level score', () => {
  it('counts items failing any check once, however many checks they fail', () => {
    const result = {
      itemCount: 10,
      checks: [
        { failingIds: [1, 2, 3] },
        { failingIds: [2, 3, 4] },
        { failingIds: [] }
      ]
    } as unknown as Parameters<typeof itemScore>[0];
    expect(itemScore(result)).toEqual({ items: 10, withProblems: 4, score: 60 });
    expect(itemScore({ itemCount: 0, checks: [] })).toEqual({ items: 0, withProblems: 0, score: null });
  });
});
