import type { CheckResult, QualityResult } from './qualityRun';

/** One item waiting for a steward: every check it fails, and the fields to correct. */
export interface QueueEntry {
  itemId: number;
  failures: CheckResult[];
  /** The fields of those checks, in the register's order. */
  fields: string[];
}

/**
 * The items failing any of the chosen checks, one at a time in id order. Each comes with everything it
 * fails, chosen or not: a save is checked against every rule, so a steward sees all that is wrong at once.
 */
export function fixQueue(result: QualityResult, chosen: (check: CheckResult) => boolean, fieldOrder: readonly string[]): QueueEntry[] {
  const queued = new Set(result.checks.filter(chosen).flatMap((check) => check.failingIds));
  const byItem = new Map<number, CheckResult[]>();
  for (const check of result.checks) {
    for (const id of check.failingIds) {
      if (!queued.has(id)) continue;
      const failures = byItem.get(id);
      if (failures) failures.push(check);
      else byItem.set(id, [check]);
    }
  }
  return [...byItem.entries()]
    .sort(([a], [b]) => a - b)
    .map(([itemId, failures]) => {
      const named = new Set(failures.flatMap((failure) => failure.check.fields));
      return { itemId, failures, fields: fieldOrder.filter((name) => named.has(name)) };
    });
}
