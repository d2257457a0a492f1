import { addDays, type IsoDate } from '../calendar/isoDate';
import { londonMidnightUtc } from '../calendar/londonTime';
import type { ItemRecord } from '../lists/itemQuery';
import { compiled, type RuleContext } from '../lists/rulePredicate';
import type { QualityCheck } from './qualityChecks';
import { passPercent, scoresOf, type CheckTally, type Scores } from './scores';

/** A steward's exception: this item is not to be counted against this check. */
export interface ExceptionKey {
  checkId: string;
  itemId: number;
}

export interface CheckResult extends CheckTally {
  check: QualityCheck;
  /** Percent of the items checked that pass (or are excepted); null when it applied to none. */
  percent: number | null;
  /** Failing items without an exception, in id order. */
  failingIds: number[];
  /** Failing items a steward has excepted, in id order. */
  exceptedIds: number[];
  /** For a uniqueness check: each failing item and the earliest item it repeats. */
  duplicateOf: ReadonlyMap<number, number>;
}

export interface QualityResult extends Scores {
  itemCount: number;
  checks: CheckResult[];
}

export interface QualityRun {
  /** Checks a page of items; pages may come in any order. */
  add(records: ReadonlyArray<ItemRecord>): void;
  /** The results, with excepted failures taken out of the counts. */
  finish(exceptions: Iterable<ExceptionKey>): QualityResult;
}

const exceptionKey = (checkId: string, itemId: number): string => `${checkId}#${itemId}`;
const ascending = (a: number, b: number): number => a - b;

/**
 * Runs every check over a register's items as they are read, page by page, without keeping the pages:
 * memory grows with the failures and the uniqueness keys, not with the items.
 */
export function startQualityRun(checks: readonly QualityCheck[], context: RuleContext): QualityRun {
  const checked = new Array<number>(checks.length).fill(0);
  const failing = checks.map((): number[] => []);
  const keys = checks.map(() => new Map<string, number[]>());
  const staleBefore = checks.map((check) =>
    check.kind === 'timely' ? Date.parse(londonMidnightUtc(addDays(context.today as IsoDate, -check.rule.withinDays))) : 0
  );
  let itemCount = 0;

  function add(records: ReadonlyArray<ItemRecord>): void {
    itemCount += records.length;
    for (let c = 0; c < checks.length; c++) {
      const check = checks[c];
      if (check.kind === 'item') {
        for (const record of records) {
          const values = record.item as Record<string, unknown>;
          if (!check.applies(values, context)) continue;
          checked[c]++;
          if (!check.passes(values, context)) failing[c].push(record.id);
        }
      } else if (check.kind === 'timely') {
        const applies = compiled(check.rule.when);
        for (const record of records) {
          if (!applies(record.item as Record<string, unknown>, context)) continue;
          checked[c]++;
          if (Date.parse(record.modified) < staleBefore[c]) failing[c].push(record.id);
        }
      } else {
        for (const record of records) {
          const key = uniquenessKey(check.key, record.item as Record<string, unknown>);
          if (key === undefined) continue;
          checked[c]++;
          const ids = keys[c].get(key);
          if (ids) ids.push(record.id);
          else keys[c].set(key, [record.id]);
        }
      }
    }
  }

  function finish(exceptions: Iterable<ExceptionKey>): QualityResult {
    const excepted = new Set<string>();
    for (const { checkId, itemId } of exceptions) excepted.add(exceptionKey(checkId, itemId));
    const results = checks.map((check, c): CheckResult => {
      const duplicateOf = new Map<number, number>();
      if (check.kind === 'unique') {
        for (const ids of keys[c].values()) {
          if (ids.length < 2) continue;
          const [first, ...repeats] = [...ids].sort(ascending);
          for (const id of repeats) duplicateOf.set(id, first);
        }
      }
      const all = (check.kind === 'unique' ? [...duplicateOf.keys()] : failing[c]).sort(ascending);
      const failingIds = all.filter((id) => !excepted.has(exceptionKey(check.id, id)));
      const exceptedIds = all.filter((id) => excepted.has(exceptionKey(check.id, id)));
      return {
        check,
        checkId: check.id,
        dimension: check.dimension,
        checked: checked[c],
        failing: failingIds.length,
        excepted: exceptedIds.length,
        percent: passPercent(checked[c], failingIds.length),
        failingIds,
        exceptedIds,
        duplicateOf
      };
    });
    return { itemCount, checks: results, ...scoresOf(results) };
  }

  return { add, finish };
}

/** The uniqueness key of an item, or undefined when any part is blank (a blank repeats nothing). */
export function uniquenessKey(fields: readonly string[], values: Record<string, unknown>): string | undefined {
  let key = '';
  for (const field of fields) {
    const value = values[field];
    if (value === null || value === undefined) return undefined;
    const text = typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : String(value).trim().toLowerCase();
    if (text === '') return undefined;
    key += `${text}\u0000`;
  }
  return key;
}

/** Runs the checks over items already in memory: the same as a streamed run with one page. */
export function runQualityChecks(
  checks: readonly QualityCheck[],
  records: ReadonlyArray<ItemRecord>,
  context: RuleContext,
  exceptions: Iterable<ExceptionKey> = []
): QualityResult {
  const run = startQualityRun(checks, context);
  run.add(records);
  return run.finish(exceptions);
}
