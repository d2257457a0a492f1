import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, mergeStyleSets, Spinner, Stack, Text, type IDropdownOption } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import { readSiteColumns, type SiteList } from '../../data/siteSchema';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { Register } from '../../domain/lists/defineList';
import { dictionaryTable, registerDictionary, siteListDictionary, type DictionaryEntry } from '../../domain/wiki/dictionary';
import { schemaDrift } from '../../domain/wiki/schemaDrift';
import { downloadTable } from '../../ui/export/downloadTable';
import { useLoad } from '../../ui/useLoad';

const styles = mergeStyleSets({
  entries: { listStyle: 'none', padding: 0, margin: 0 },
  entry: { padding: '12px 0', borderBottom: '1px solid', borderColor: 'inherit', overflowWrap: 'anywhere' },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(7em, max-content) 1fr', gap: '2px 12px', margin: '6px 0 0' },
  heading: { margin: 0, fontSize: 16, fontWeight: 600 }
});

export interface DictionaryTabProps {
  sp: SPFI;
  registers: readonly Register[];
  lists: readonly SiteList[];
  /** The list to show first (a search result or link chose it). */
  listTitle: string;
  onChooseList: (title: string) => void;
  /** The field to scroll to and focus, from a link or search result. */
  focusField?: string;
}

function Entry({ entry, focused }: { entry: DictionaryEntry; focused: boolean }): JSX.Element {
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (focused) heading.current?.focus();
  }, [focused]);
  const facts: Array<[string, string]> = [
    ['Internal name', entry.name],
    ['Type', entry.type],
    ['Required', entry.required ? 'Yes' : 'No'],
    ...(entry.allowedValues.length ? ([['Allowed values', entry.allowedValues.join(', ')]] as Array<[string, string]>) : []),
    ...(entry.format ? ([['Format', entry.format]] as Array<[string, string]>) : []),
    ...(entry.personal ? ([['Personal data', 'Yes: about a patient, resident or requester']] as Array<[string, string]>) : []),
    ...(entry.critical ? ([['Critical', 'Counted for completeness even when not required']] as Array<[string, string]>) : []),
    ...(entry.system ? ([['Set by', 'Custodian, never typed by a person']] as Array<[string, string]>) : []),
    ...entry.rules.map((rule): [string, string] => [
      rule.severity === 'block' ? 'Rule' : 'Warning',
      `${rule.sentence} ${rule.enforcedBySharePoint ? 'SharePoint refuses a save that breaks it, wherever it is made.' : 'Checked by Custodian’s forms and data-quality checks.'}`
    ]),
    ...entry.checks.map((check): [string, string] => ['Quality check', check.sentence])
  ];
  return (
    <li className={styles.entry}>
      <h3 className={styles.heading} ref={heading} tabIndex={-1}>
        {entry.title}
      </h3>
      {entry.description && <Text block>{entry.description}</Text>}
      <dl className={styles.facts}>
        {facts.map(([term, value], index) => (
          <React.Fragment key={index}>
            <dt>{term}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
    </li>
  );
}

/** A list's data dictionary: from its register's declaration, held against the live list, or read from the list itself. */
export function DictionaryTab({ sp, registers, lists, listTitle, onChooseList, focusField }: DictionaryTabProps): JSX.Element {
  const register = registers.find((candidate) => candidate.title === listTitle);
  const [columns, retry] = useLoad(() => readSiteColumns(sp, listTitle), [sp, listTitle]);
  const [exportProblem, setExportProblem] = React.useState<string>();
  const titles = [...new Set([...registers.map((candidate) => candidate.title), ...lists.map((list) => list.title)])];
  const options: IDropdownOption[] = titles.map((title) => ({ key: title, text: registers.some((candidate) => candidate.title === title) ? title : `${title} (not kept by Custodian)` }));
  const entries = register ? registerDictionary(register, (name) => registers.find((candidate) => candidate.name === name)?.title ?? name) : columns.state === 'ready' ? siteListDictionary(columns.value) : [];
  const drift = register && columns.state === 'ready' ? schemaDrift(register, columns.value) : [];

  const download = (format: 'csv' | 'xlsx'): void => {
    setExportProblem(undefined);
    downloadTable(dictionaryTable(entries), `${listTitle} data dictionary`, format).catch((error: unknown) => setExportProblem(error instanceof Error ? error.message : String(error)));
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Dropdown label="Dictionary of" options={options} selectedKey={listTitle} onChange={(_, option) => option && onChooseList(String(option.key))} />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton text="Download for Excel" onClick={() => download('xlsx')} disabled={!entries.length} />
        <DefaultButton text="Download CSV" onClick={() => download('csv')} disabled={!entries.length} />
      </Stack>
      {exportProblem && <MessageBar messageBarType={MessageBarType.error}>{exportProblem}</MessageBar>}
      {columns.state === 'loading' && <Spinner label={`Checking ${listTitle} on the site…`} />}
      {columns.state === 'failed' && (
        <MessageBar messageBarType={MessageBarType.warning} actions={<DefaultButton text="Try again" onClick={retry} />}>
          The live list could not be read, so it is not compared with the register: {describeSharePointProblem(columns.error).detail}
        </MessageBar>
      )}
      {register && columns.state === 'ready' && (
        <MessageBar messageBarType={drift.length ? MessageBarType.warning : MessageBarType.success} role="status">
          {drift.length ? (
            <>
              The list on this site differs from the register in {drift.length} {drift.length === 1 ? 'column' : 'columns'}:
              <ul>
                {drift.map((column) => (
                  <li key={column.name}>
                    <strong>{column.title}</strong> ({column.name}): {column.differences.join(' ')}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            'The list on this site matches the register, column for column.'
          )}
        </MessageBar>
      )}
      <ul className={styles.entries} aria-label={`Columns of ${listTitle}`}>
        {entries.map((entry) => (
          <Entry key={entry.name} entry={entry} focused={entry.name === focusField} />
        ))}
      </ul>
    </Stack>
  );
}
