import * as React from 'react';
import { ActionButton, hiddenContentStyle, mergeStyleSets } from '@fluentui/react';
import { formatCount, ukDate } from '../../domain/lists/displayValue';
import type { TrendPoint } from '../../domain/quality/qualityHistory';
import type { CheckResult } from '../../domain/quality/qualityRun';
import { dimensionTitles, formatPercent } from '../../domain/quality/scores';

export interface RuleTableProps {
  checks: readonly CheckResult[];
  trend: readonly TrendPoint[];
  selected: string | undefined;
  onShow: (checkId: string) => void;
  onFix: (checkId: string) => void;
  onCopyLink: (checkId: string) => void;
}

const styles = mergeStyleSets({
  caption: hiddenContentStyle,
  wrapper: { overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    selectors: {
      'th, td': { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top', borderBottom: '1px solid' },
      'td.number, th.number': { textAlign: 'right', whiteSpace: 'nowrap' },
      'th[scope="row"]': { minWidth: 240 }
    }
  },
  actions: { whiteSpace: 'nowrap' }
});

/** The change in failing items since the day before the last run on the trend. */
function changeIn(checkId: string, failing: number, trend: readonly TrendPoint[]): string {
  const previous = trend.length >= 2 ? trend[trend.length - 2] : undefined;
  const before = previous?.tallies.get(checkId);
  if (!previous || !before) return 'New';
  const difference = failing - before.failing;
  return difference === 0 ? 'No change' : `${difference > 0 ? '+' : '−'}${formatCount(Math.abs(difference))} since ${ukDate(previous.day)}`;
}

/** Every check with its counts and trend; each row opens its failing items, its fix queue, or a link to it. */
export function RuleTable({ checks, trend, selected, onShow, onFix, onCopyLink }: RuleTableProps): JSX.Element {
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
        <caption className={styles.caption}>Data-quality rules, with items checked, failing and excepted</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Dimension</th>
            <th scope="col" className="number">Checked</th>
            <th scope="col" className="number">Failing</th>
            <th scope="col" className="number">Excepted</th>
            <th scope="col" className="number">Passing</th>
            <th scope="col">Trend</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((result) => (
            <tr key={result.checkId} aria-current={selected === result.checkId ? 'true' : undefined}>
              <th scope="row" style={{ fontWeight: selected === result.checkId ? 700 : 400 }}>
                {result.check.sentence}
              </th>
              <td>{dimensionTitles[result.dimension]}</td>
              <td className="number">{formatCount(result.checked)}</td>
              <td className="number">{formatCount(result.failing)}</td>
              <td className="number">{formatCount(result.excepted)}</td>
              <td className="number">{formatPercent(result.percent)}</td>
              <td>{changeIn(result.checkId, result.failing, trend)}</td>
              <td className={styles.actions}>
                <ActionButton
                  iconProps={{ iconName: 'List' }}
                  disabled={result.failing === 0}
                  ariaLabel={`Show the ${formatCount(result.failing)} failing items: ${result.check.sentence}`}
                  onClick={() => onShow(result.checkId)}
                >
                  Show
                </ActionButton>
                <ActionButton
                  iconProps={{ iconName: 'Edit' }}
                  disabled={result.failing === 0}
                  ariaLabel={`Fix the failing items: ${result.check.sentence}`}
                  onClick={() => onFix(result.checkId)}
                >
                  Fix
                </ActionButton>
                <ActionButton iconProps={{ iconName: 'Link' }} ariaLabel={`Copy a link to this rule: ${result.check.sentence}`} onClick={() => onCopyLink(result.checkId)}>
                  Link
                </ActionButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
