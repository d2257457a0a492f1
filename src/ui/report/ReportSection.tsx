import * as React from 'react';
import { mergeStyleSets, Text } from '@fluentui/react';

const styles = mergeStyleSets({ section: { margin: '20px 0' } });

/** A titled part of a report, labelled by its heading for screen readers. */
export function ReportSection({ title, children }: { title: string; children: React.ReactNode }): JSX.Element {
  const id = `report-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h3" id={id} variant="large" block styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {title}
      </Text>
      {children}
    </section>
  );
}
