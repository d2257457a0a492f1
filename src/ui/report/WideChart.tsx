import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';

const styles = mergeStyleSets({ scroll: { overflowX: 'auto', maxWidth: '100%' } });

/**
 * A chart kept at a width where its labels do not collide: on a narrower screen it scrolls sideways inside
 * its own region (WCAG 1.4.10 excepts content that needs two dimensions, as a chart does), never the page.
 */
export function WideChart({ label, minWidth, children }: { label: string; minWidth: number; children: React.ReactNode }): JSX.Element {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
