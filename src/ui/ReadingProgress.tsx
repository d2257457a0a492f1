import * as React from 'react';
import { mergeStyleSets, Text, useTheme } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';

export interface ReadingProgressProps {
  label: string;
  /** Done so far, from 0 to 1; absent while the total is not known yet. */
  fraction?: number;
}

/**
 * How far a first screen's reading has got: the browser's own progress bar in the theme's colour (and the
 * system's in high contrast), at a fraction of the weight of Fluent's ProgressIndicator.
 */
export function ReadingProgress({ label, fraction }: ReadingProgressProps): JSX.Element {
  const { palette } = useTheme();
  const id = useId('reading-progress');
  const styles = mergeStyleSets({
    root: { padding: '8px 0' },
    bar: { display: 'block', width: '100%', height: 6, accentColor: palette.themePrimary }
  });
  return (
    <div className={styles.root}>
      <Text id={id} block>
        {label}
      </Text>
      <progress className={styles.bar} aria-labelledby={id} max={1} value={fraction} />
    </div>
  );
}
