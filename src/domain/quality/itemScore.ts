import type { QualityResult } from './qualityRun';
import { passPercent } from './scores';

export interface ItemScore {
  items: number;
  /** Items failing at least one check (excepted failures aside). */
  withProblems: number;
  /** Percent of items with no problem at all; null for an empty register. */
  score: number | null;
}

/**
 * The share of items that pass every check. The dimension scores pool item-check results, so a register
 * where one item in five has a problem can still score 99%; this says how many items a steward must touch.
 */
export function itemScore(result: Pick<QualityResult, 'itemCount' | 'checks'>): ItemScore {
  const failing = new Set<number>();
  for (const check of result.checks) for (const id of check.failingIds) failing.add(id);
  return { items: result.itemCount, withProblems: failing.size, score: passPercent(result.itemCount, failing.size) };
}
