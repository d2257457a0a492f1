import type { QualityDimension } from '../lists/rules';

/** The Government Data Quality Framework's dimensions, in the order the scorecard shows them. */
export const dimensions: readonly QualityDimension[] = ['completeness', 'uniqueness', 'consistency', 'timeliness', 'validity', 'accuracy'];

export const dimensionTitles: Record<QualityDimension, string> = {
  completeness: 'Completeness',
  uniqueness: 'Uniqueness',
  consistency: 'Consistency',
  timeliness: 'Timeliness',
  validity: 'Validity',
  accuracy: 'Accuracy'
};

/** What each dimension asks of a register, in a line (GDQF 2020; accuracy needs a person to compare with reality). */
export const dimensionMeanings: Record<QualityDimension, string> = {
  completeness: 'Required and critical fields filled in',
  uniqueness: 'No record entered twice',
  consistency: 'Values that agree with each other',
  timeliness: 'Open items kept up to date',
  validity: 'Values in the expected format and range',
  accuracy: 'Needs a person to compare with reality'
};

/** One check's tally, as a run counts it and as a snapshot stores it. */
export interface CheckTally {
  checkId: string;
  dimension: QualityDimension;
  /** Items the check applies to. */
  checked: number;
  /** Items that break it and have no exception. */
  failing: number;
  /** Items that break it but a steward has excepted. */
  excepted: number;
}

export interface DimensionScore {
  dimension: QualityDimension;
  checked: number;
  failing: number;
  /** Percent of item-check results that pass; null when nothing in the dimension could be checked. */
  score: number | null;
}

export interface Scores {
  dimensions: DimensionScore[];
  /** The mean of the dimensions that were measured, so a dimension with many checks does not drown the others. */
  overall: number | null;
}

/** Percent passing: items excepted count as passing, since a steward has said the rule does not apply. */
export function passPercent(checked: number, failing: number): number | null {
  return checked === 0 ? null : (100 * (checked - failing)) / checked;
}

/** Scores per dimension (pooled over its checks) and overall, from any set of tallies. */
export function scoresOf(tallies: readonly CheckTally[]): Scores {
  const byDimension = dimensions.map((dimension): DimensionScore => {
    let checked = 0;
    let failing = 0;
    for (const tally of tallies) {
      if (tally.dimension !== dimension) continue;
      checked += tally.checked;
      failing += tally.failing;
    }
    return { dimension, checked, failing, score: passPercent(checked, failing) };
  });
  const measured = byDimension.flatMap(({ score }) => (score === null ? [] : [score]));
  return {
    dimensions: byDimension,
    overall: measured.length ? measured.reduce((sum, score) => sum + score, 0) / measured.length : null
  };
}

/** "97.4%", with one decimal so a change of a few items on a large register shows. */
export function formatPercent(percent: number | null): string {
  return percent === null ? 'Not measured' : `${(Math.floor(percent * 10) / 10).toFixed(1)}%`;
}
