import * as React from 'react';
import { mergeStyleSets, Text, useTheme } from '@fluentui/react';
import { formatCount, ukDate } from '../../domain/lists/displayValue';
import type { TrendPoint } from '../../domain/quality/qualityHistory';
import type { ItemScore } from '../../domain/quality/itemScore';
import { dimensionMeanings, dimensionTitles, formatPercent, type Scores } from '../../domain/quality/scores';

const styles = mergeStyleSets({
  cards: { display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', margin: '12px 0', padding: 0, listStyle: 'none' },
  card: { padding: 12, borderRadius: 4, borderWidth: 1, borderStyle: 'solid' },
  score: { fontSize: 28, fontWeight: 600, display: 'block', lineHeight: '36px' },
  unmeasured: { fontSize: 18, fontWeight: 600, display: 'block', lineHeight: '36px' }
});

/** "up 0.4 points since 21/11/2026", from the day before the last on the trend. */
function changeSince(trend: readonly TrendPoint[], scoreOf: (point: TrendPoint) => number | null): string {
  if (trend.length < 2) return 'First day measured';
  const [previous, latest] = trend.slice(-2);
  const [before, now] = [scoreOf(previous), scoreOf(latest)];
  if (before === null || now === null) return `Not measured on ${ukDate(before === null ? previous.day : latest.day)}`;
  const points = Math.round((now - before) * 10) / 10;
  if (points === 0) return `No change since ${ukDate(previous.day)}`;
  return `${points > 0 ? 'Up' : 'Down'} ${Math.abs(points).toFixed(1)} points since ${ukDate(previous.day)}`;
}

/**
 * First what a steward has to act on (the items to put right), then a card per Government Data Quality
 * Framework dimension, and overall: the score now and its change. A pooled 99.6% beside 370 failing items
 * reads as "all is fine"; the count comes first.
 */
export function Scorecard({ scores, items, trend }: { scores: Scores; items: ItemScore; trend: readonly TrendPoint[] }): JSX.Element {
  const theme = useTheme();
  const cardStyle = { borderColor: theme.semanticColors.bodyDivider, background: theme.semanticColors.bodyBackground };
  const cards: Array<{ key: string; title: string; score: number | null; headline?: string; explanation: string; change: string; counts?: string }> = [
    {
      key: 'items',
      title: 'Items to put right',
      score: items.score,
      headline: formatCount(items.withProblems),
      explanation: items.items
        ? `of ${formatCount(items.items)} items fail at least one check: the fix queue takes them one at a time`
        : 'No items to check yet',
      change: '',
      counts: items.score === null ? undefined : `${formatPercent(items.score)} of items have no problem`
    },
    {
      key: 'overall',
      title: 'Overall',
      score: scores.overall,
      explanation: 'The mean of the dimensions measured (each pools its checks over every item)',
      change: changeSince(trend, (point) => point.overall)
    },
    ...scores.dimensions.map((dimension) => ({
      key: dimension.dimension,
      title: dimensionTitles[dimension.dimension],
      score: dimension.score,
      explanation: dimensionMeanings[dimension.dimension],
      change: changeSince(trend, (point) => point.dimensions.find((entry) => entry.dimension === dimension.dimension)?.score ?? null),
      counts: dimension.checked ? `${formatCount(dimension.failing)} failing of ${formatCount(dimension.checked)} checked` : undefined
    }))
  ];
  return (
    <ul className={styles.cards} aria-label="What to put right, and scores by dimension">
      {cards.map((card) => (
        <li key={card.key} className={styles.card} style={cardStyle}>
          <Text variant="mediumPlus" block styles={{ root: { fontWeight: 600 } }}>
            {card.title}
          </Text>
          <span className={card.score === null && !card.headline ? styles.unmeasured : styles.score}>{card.headline ?? formatPercent(card.score)}</span>
          <Text variant="small" block>
            {card.explanation}
          </Text>
          {card.counts && (
            <Text variant="small" block>
              {card.counts}
            </Text>
          )}
          {card.score !== null && card.change && (
            <Text variant="small" block styles={{ root: { marginTop: 4, color: theme.semanticColors.bodySubtext } }}>
              {card.change}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}
