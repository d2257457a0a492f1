import * as React from 'react';
import { css, mergeStyles } from '@fluentui/react';

export interface FlexProps {
  /** Side by side (a row); otherwise one under another. */
  horizontal?: boolean;
  /** A row that runs out of width continues on the next line (as it must at 320 px). */
  wrap?: boolean;
  /** Space between children, in px. */
  gap?: number;
  /** In a row, children line up along their bottom edge (controls with labels above them). */
  alignEnd?: boolean;
  className?: string;
  role?: string;
  'aria-label'?: string;
  children: React.ReactNode;
}

/** Children in a row or a column with a gap: what first screens used Fluent's Stack for, without its weight. */
export function Flex({ horizontal = false, wrap = false, gap = 0, alignEnd = false, className, children, ...aria }: FlexProps): JSX.Element {
  const layout = mergeStyles({
    display: 'flex',
    flexDirection: horizontal ? 'row' : 'column',
    flexWrap: wrap ? 'wrap' : 'nowrap',
    alignItems: alignEnd ? 'flex-end' : undefined,
    gap,
    '& > *': { maxWidth: '100%' }
  });
  return (
    <div className={css(layout, className)} {...aria}>
      {children}
    </div>
  );
}
