import type { CheckResult, QualityResult } from './qualityRun';

/** One item waiting for a steward: every check it fails (of those being worked), and the fields to correct. */
export interface QueueEntry {
  itemId: number;
  failures: CheckResult[];
  /** The fields of those checks, in the register's order. */
  fields: string[];
}

/**
 * The items to work through, one at a time in id order: an item failing several of the chosen checks
 * appears once, so a steward puts all of it right in one save.
 */
export function fixQueue(result: QualityResult, chosen: (check: CheckResult) => boolean, fieldOrder: readonly string[]): QueueEntry[] {
  const byItem = new Map<number, CheckResult[]>();
  for (const check of result.checks) {
    if (!chosen(check)) continue;
    for (const id of check.failingIds) {
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
