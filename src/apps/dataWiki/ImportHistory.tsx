import * as React from 'react';
import { MessageBar, MessageBarType, Spinner, Text, mergeStyleSets } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { readImports } from '../../data/importHistory';
import { formatLondonDateTime } from '../../domain/clock';
import { formatCount } from '../../domain/lists/displayValue';
import { useLoad } from '../../ui/useLoad';

const styles = mergeStyleSets({
  heading: { fontSize: 18, fontWeight: 600, margin: '16px 0 4px' },
  imports: { margin: 0, paddingLeft: 20, overflowWrap: 'anywhere' }
});

/** The spreadsheets imported into a register: where its older rows came from, and what became of each file's rows. */
export function ImportHistory({ sp, registerTitle }: { sp: SPFI; registerTitle: string }): JSX.Element {
  const [imports] = useLoad(() => readImports(sp, registerTitle), [sp, registerTitle]);
  return (
    <section aria-labelledby="wiki-import-history">
      <h3 id="wiki-import-history" className={styles.heading}>
        Imported from spreadsheets
      </h3>
      {imports.state === 'loading' && <Spinner label="Reading the imports…" />}
      {imports.state === 'failed' && (
        <MessageBar messageBarType={MessageBarType.warning}>The imports could not be read: {describeSharePointProblem(imports.error).detail}</MessageBar>
      )}
      {imports.state === 'ready' && !imports.value.length && <Text block>No spreadsheet has been imported into {registerTitle}.</Text>}
      {imports.state === 'ready' && imports.value.length > 0 && (
        <ul className={styles.imports}>
          {imports.value.map(({ id, fileName, importedBy, importedAt, counts }) => (
            <li key={id}>
              {`${fileName}, imported by ${importedBy} on ${formatLondonDateTime(new Date(importedAt))}: ${formatCount(counts.read)} rows read, ${formatCount(counts.loaded)} loaded (${formatCount(counts.flagged)} flagged as legacy records), ${formatCount(counts.duplicate)} duplicates left out, ${formatCount(counts.rejected)} rejected.`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
