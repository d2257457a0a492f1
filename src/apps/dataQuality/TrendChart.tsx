import * as React from 'react';
import { getNextColor, LineChart } from '@fluentui/react-charting';
import { useTheme } from '@fluentui/react';
import { dateAtUtcMidnight, nearestIsoDate } from '../../domain/calendar/isoDate';
import { ukDate } from '../../domain/lists/displayValue';
import type { TrendPoint } from '../../domain/quality/qualityHistory';
import { dimensions, dimensionTitles } from '../../domain/quality/scores';

/** The scores over time as lines; the trend table next to it carries the same figures for those who cannot see it. */
export function TrendChart({ trend }: { trend: readonly TrendPoint[] }): JSX.Element {
  const theme = useTheme();
  const day = (point: TrendPoint): Date => dateAtUtcMidnight(point.day);
  const lines = [
    { legend: 'Overall', data: trend.flatMap((point) => (point.overall === null ? [] : [{ x: day(point), y: point.overall }])), color: theme.palette.neutralPrimary },
    ...dimensions.map((dimension, index) => ({
      legend: dimensionTitles[dimension],
      // The charting library's data-visualisation colours, in their dark-theme form when the theme is dark.
      color: getNextColor(index, 0, theme.isInverted),
      data: trend.flatMap((point) => {
        const score = point.dimensions.find((entry) => entry.dimension === dimension)?.score ?? null;
        return score === null ? [] : [{ x: day(point), y: score }];
      })
    }))
  ].filter((line) => line.data.length > 0);
  // From just below the lowest score, so a change of a point is visible; the axis says where it starts.
  const lowest = Math.min(...lines.flatMap((line) => line.data.map((point) => point.y)));
  // One tick a day, at most eight, in UK form: the library's own ticks are US-style and every twelve hours.
  const days = trend.map(day);
  const tickValues = days.filter((_, index) => index % Math.ceil(days.length / 8) === 0);
  return (
    <LineChart
      data={{ chartTitle: 'Scores by day', lineChartData: lines }}
      height={260}
      margins={{ left: 40, right: 48, top: 20, bottom: 35 }}
      yMinValue={Math.max(0, Math.floor(lowest / 5) * 5 - 5)}
      yMaxValue={100}
      tickValues={tickValues}
      customDateTimeFormatter={(date) => ukDate(nearestIsoDate(date))}
    />
  );
}
