import * as React from 'react';
import { ukDate } from '../../domain/lists/displayValue';
import type { TrendPoint } from '../../domain/quality/qualityHistory';
import { dimensions, dimensionTitles, formatPercent } from '../../domain/quality/scores';
import { FiguresTable } from '../../ui/report/FiguresTable';

const daysShown = 14;

/** The scores day by day, newest first: the trend as figures anyone can read, and a screen reader can too. */
export function TrendTable({ trend }: { trend: readonly TrendPoint[] }): JSX.Element {
  const measured = dimensions.filter((dimension) => trend.some((point) => point.dimensions.some((entry) => entry.dimension === dimension && entry.score !== null)));
  const recent = trend.slice(-daysShown).reverse();
  return (
    <>
      <p>
        {trend.length === 1
          ? 'Runs are stored once a day, so the trend starts tomorrow.'
          : `The last run of each of the last ${recent.length} days with a run.`}
      </p>
      <FiguresTable
        caption="Scores by day"
        headers={['Day', 'Overall', ...measured.map((dimension) => dimensionTitles[dimension])]}
        rows={recent.map((point) => [
          ukDate(point.day),
          formatPercent(point.overall),
          ...measured.map((dimension) => formatPercent(point.dimensions.find((entry) => entry.dimension === dimension)?.score ?? null))
        ])}
      />
    </>
  );
}
