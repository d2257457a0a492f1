import * as React from 'react';
import { Link, Text } from '@fluentui/react';
import { formatCount } from '../../domain/lists/displayValue';
import type { ItemRecord } from '../../domain/lists/itemQuery';
import type { ViewMatches } from '../../domain/lists/viewMatches';
import { ReadingProgress } from '../ReadingProgress';
import { useOnceTrue } from '../useOnceTrue';
import { RegisterGrid, type RegisterGridProps } from './RegisterGrid';

export interface ViewGridProps<R extends ItemRecord> extends Omit<RegisterGridProps<R>, 'label'> {
  /** What the items are, in the plural: "referrals", "requests". */
  noun: string;
  viewTitle: string;
  /** How many items are in the view, before search. */
  inView: number;
  /** Items read so far, and how many the list held when reading began (while still reading). */
  loaded: { count: number; loading: boolean; expected: number | undefined };
  /** When a search finds nothing in this view: the other views where it finds something. */
  elsewhere?: readonly ViewMatches[];
  onShowView?: (viewId: string) => void;
}

/**
 * A view's items as people see them on every register's first screen: how far reading has got, "Showing
 * 26 of 40 requests in Open" (announced as it changes), and the grid in its own scrolling area.
 */
export function ViewGrid<R extends ItemRecord>({ noun, viewTitle, inView, loaded, compact, records, elsewhere = [], onShowView, ...grid }: ViewGridProps<R>): JSX.Element {
  const statusRef = React.useRef<HTMLParagraphElement>(null);
  // Moved to another view from the status line's own link: focus stays on the line that now counts the matches.
  const [moved, setMoved] = React.useState(false);
  React.useEffect(() => {
    if (moved) {
      statusRef.current?.focus();
      setMoved(false);
    }
  }, [moved]);
  // Until the first page is in, the grid would have nothing to show but its headers, and mounting it would
  // hold up the page while that page's answer waits to be read: the grid is mounted with its first rows, and
  // stays mounted (with what it shows) through any later read.
  const firstPageDue = loaded.loading && loaded.count === 0;
  const gridMounted = useOnceTrue(!firstPageDue);
  const progress = !loaded.loading
    ? undefined
    : loaded.expected
      ? { label: `Loaded ${formatCount(loaded.count)} of ${formatCount(loaded.expected)} ${noun}…`, fraction: loaded.count / loaded.expected }
      : !gridMounted
        ? { label: `Reading ${noun}…` }
        : undefined;
  return (
    <>
      {progress && <ReadingProgress {...progress} />}
      <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" style={{ margin: '8px 0', outline: 'none' }}>
        <Text>
          Showing {formatCount(records.length)} of {formatCount(inView)} {noun} in {viewTitle}
          {loaded.loading ? ' (still loading)' : ''}.
          {records.length === 0 && elsewhere.length > 0 && onShowView && (
            <>
              {' '}Found elsewhere:{' '}
              {elsewhere.map((matches, index) => (
                <React.Fragment key={matches.id}>
                  {index > 0 && ', '}
                  <Link
                    onClick={() => {
                      onShowView(matches.id);
                      setMoved(true);
                    }}
                  >
                    {formatCount(matches.count)} in {matches.title}
                  </Link>
                </React.Fragment>
              ))}
              .
            </>
          )}
        </Text>
      </p>
      <div style={{ height: compact ? '60vh' : '65vh', overflow: 'auto', position: 'relative' }} data-is-scrollable="true">
        {gridMounted && <RegisterGrid {...grid} records={records} compact={compact} label={`${viewTitle}: ${noun}`} />}
      </div>
    </>
  );
}
