import * as React from 'react';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react';
import { formatCount } from '../../domain/lists/displayValue';

const styles = mergeStyleSets({
  // A wide table scrolls inside its own region (WCAG 1.4.10 allows it for data tables), never the page.
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  caption: hiddenContentStyle,
  table: { borderCollapse: 'collapse', marginTop: 8, selectors: { 'th, td': { textAlign: 'left', padding: '2px 12px 2px 0', verticalAlign: 'top' } } }
});

export interface FiguresTableProps {
  caption?: string;
  headers: string[];
  rows: Array<[React.ReactNode, ...React.ReactNode[]]>;
}

/** The figures behind a chart, or a list of its own: a row header, then numbers (formatted) or anything else. */
export function FiguresTable({ caption, headers, rows }: FiguresTableProps): JSX.Element {
  return (
    <div className={styles.scroll} role="region" aria-label={caption ?? headers.join(', ')} tabIndex={0}>
      <table className={styles.table}>
        {caption && <caption className={styles.caption}>{caption}</caption>}
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, ...cells], index) => (
            <tr key={index}>
              <th scope="row">{label}</th>
              {cells.map((cell, column) => (
                <td key={column}>{typeof cell === 'number' ? formatCount(cell) : cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
