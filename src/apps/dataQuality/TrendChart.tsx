import * as React from 'react';
import { LineChart } from '@fluentui/react-charting';
import { useTheme } from '@fluentui/react';
import { toDayNumber } from '../../domain/calendar/isoDate';
import type { TrendPoint } from '../../domain/quality/qualityHistory';
import { dimensions, dimensionTitles } from '../../domain/quality/scores';

/** The scores over time as lines; the trend table next to it carries the same figures for those who cannot see it. */
export function TrendChart({ trend }: { trend: readonly TrendPoint[] }): JSX.Element {
  const theme = useTheme();
  const palette = [theme.palette.themePrimary, theme.palette.tealDark, theme.palette.orangeLighter, theme.palette.purple, theme.palette.green, theme.palette.magenta];
  const day = (point: TrendPoint): Date => new Date(toDayNumber(point.day) * 86_400_000);
  const lines = [
    { legend: 'Overall', data: trend.flatMap((point) => (point.overall === null ? [] : [{ x: day(point), y: point.overall }])), color: theme.palette.neutralPrimary },
    ...dimensions.map((dimension, index) => ({
      legend: dimensionTitles[dimension],
      color: palette[index % palette.length],
      data: trend.flatMap((point) => {
        const score = point.dimensions.find((entry) => entry.dimension === dimension)?.score ?? null;
        return score === null ? [] : [{ x: day(point), y: score }];
      })
    }))
  ].filter((line) => line.data.length > 0);
  // From just below the lowest score, so a change of a point is visible; the axis says where it starts.
  const lowest = Math.min(...lines.flatMap((line) => line.data.map((point) => point.y)));
  return <LineChart data={{ chartTitle: 'Scores by day', lineChartData: lines }} height={260} yMinValue={Math.max(0, Math.floor(lowest / 5) * 5 - 5)} yMaxValue={100} />;
}
