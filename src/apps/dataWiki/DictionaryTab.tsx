import * as React from 'react';
import { DefaultButton, Dropdown, Link, MessageBar, MessageBarType, mergeStyleSets, Spinner, Stack, Text, type IDropdownOption } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import type { Saved } from '../../domain/lists/itemQuery';
import { readSiteColumns, type SiteList } from '../../data/siteSchema';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { DictionaryNoteItem, TermItem } from '../../data/wikiData';
import type { Register } from '../../domain/lists/defineList';
import { dictionaryTable, registerDictionary, siteListDictionary, type DictionaryEntry } from '../../domain/wiki/dictionary';
import { dictionaryNotes } from '../../domain/registers/dictionaryNotes';
import { entryFacts } from '../../domain/wiki/entryFacts';
import { termsNamedBy, type GlossaryTerm } from '../../domain/wiki/glossaryLinks';
import type { LatestRun } from '../../domain/wiki/latestResults';
import { schemaDrift } from '../../domain/wiki/schemaDrift';
import { downloadTable } from '../../ui/export/downloadTable';
import { openPrintablePage } from '../../ui/export/printablePage';
import type { ItemPanelState } from '../../ui/form/ItemPanel';
import { useLoad, type Load } from '../../ui/useLoad';
import { ImportHistory } from './ImportHistory';

const noteTitleLength = dictionaryNotes.fields.Title.maxLength;

const styles = mergeStyleSets({
  entries: { listStyle: 'none', padding: 0, margin: 0 },
  entry: { padding: '12px 0', borderBottom: '1px solid', borderColor: 'inherit', overflowWrap: 'anywhere' },
  facts: { display: 'grid', gridTemplateColumns: 'minmax(7em, max-content) 1fr', gap: '2px 12px', margin: '6px 0 0' },
  heading: { margin: 0, fontSize: 16, fontWeight: 600 }
});

export interface DictionaryTabProps {
  sp: SPFI;
  /** The data-quality tab's latest run of each register, by register name: read once for the whole wiki. */
  latestRuns: Load<ReadonlyMap<string, LatestRun>>;
  registers: readonly Register[];
  lists: readonly SiteList[];
  /** The list to show first (a search result or link chose it). */
  listTitle: string;
  onChooseList: (title: string) => void;
  /** The field to scroll to and focus, from a link or search result. */
  focusField?: string;
  terms: ReadonlyArray<Saved<TermItem>>;
  /** The custodians' descriptions of the columns of lists no register declares. */
  notes: ReadonlyArray<Saved<DictionaryNoteItem>>;
  canEdit: boolean;
  onOpenTerm: (title: string) => void;
  /** Opens the editor of a column's description: a new one with its list and column filled in, or one to change. */
  onEditNote: (state: ItemPanelState, newValues?: Record<string, unknown>) => void;
}

interface EntryProps {
  entry: DictionaryEntry;
  focused: boolean;
  facts: Array<[string, string]>;
  terms: readonly string[];
  onOpenTerm: (title: string) => void;
  /** For a column of a list no register declares, a custodian describes it here. */
  describe?: { text: string; onClick: () => void };
}

function Entry({ entry, focused, facts, terms, onOpenTerm, describe }: EntryProps): JSX.Element {
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (focused) heading.current?.focus();
  }, [focused]);
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
        {terms.length > 0 && (
          <>
            <dt>In the glossary</dt>
            <dd style={{ margin: 0 }}>
              {terms.map((term, index) => (
                <React.Fragment key={term}>
                  {index > 0 && ', '}
                  <Link onClick={() => onOpenTerm(term)}>{term}</Link>
                </React.Fragment>
              ))}
            </dd>
          </>
        )}
      </dl>
      {describe && (
        <Link onClick={describe.onClick} aria-label={`${describe.text}: ${entry.title}`}>
          {describe.text}
        </Link>
      )}
    </li>
  );
}

/** A list's data dictionary: from its register's declaration, held against the live list, or read from the list itself. */
export function DictionaryTab(props: DictionaryTabProps): JSX.Element {
  const { sp, latestRuns, registers, lists, listTitle, onChooseList, focusField, canEdit, onOpenTerm, onEditNote } = props;
  const register = registers.find((candidate) => candidate.title === listTitle);
  const [columns, retry] = useLoad(() => readSiteColumns(sp, listTitle), [sp, listTitle]);
  const run = register && latestRuns.state === 'ready' ? latestRuns.value.get(register.name) : undefined;
  const glossary: GlossaryTerm[] = props.terms.map(({ item }) => ({ title: item.Title, synonyms: item.Synonyms ?? '' }));
  const notes = new Map(props.notes.filter(({ item }) => item.ListTitle === listTitle).map((note) => [note.item.ColumnName, note]));
  const [exportProblem, setExportProblem] = React.useState<string>();
  const titles = [...new Set([...registers.map((candidate) => candidate.title), ...lists.map((list) => list.title)])];
  const options: IDropdownOption[] = titles.map((title) => ({ key: title, text: registers.some((candidate) => candidate.title === title) ? title : `${title} (not kept by Custodian)` }));
  const entries = register ? registerDictionary(register, (name) => registers.find((candidate) => candidate.name === name)?.title ?? name) : columns.state === 'ready' ? siteListDictionary(columns.value, new Map([...notes].map(([name, { item }]) => [name, item.Description]))) : [];
  const factsOf = (entry: DictionaryEntry): Array<[string, string]> => entryFacts(entry, run, latestRuns.state === 'ready');
  const drift = register && columns.state === 'ready' ? schemaDrift(register, columns.value) : [];

  const download = (format: 'csv' | 'xlsx'): void => {
    setExportProblem(undefined);
    downloadTable(dictionaryTable(entries), `${listTitle} data dictionary`, format).catch((error: unknown) => setExportProblem(error instanceof Error ? error.message : String(error)));
  };
  const print = (): void =>
    openPrintablePage(
      `${listTitle}: data dictionary`,
      register ? `${register.description} Generated from the register’s declaration.` : 'Read from the list on the site, with the data custodians’ descriptions.',
      entries.map((entry) => ({ heading: entry.title, text: entry.description, facts: factsOf(entry) }))
    );
  const describe = (entry: DictionaryEntry): EntryProps['describe'] => {
    if (register || !canEdit) return undefined;
    const note = notes.get(entry.name);
    return note
      ? { text: 'Change the description', onClick: () => onEditNote({ kind: 'item', id: note.id, editing: true }) }
      : { text: 'Describe this column', onClick: () => onEditNote({ kind: 'new' }, { Title: `${listTitle}: ${entry.title}`.slice(0, noteTitleLength), ListTitle: listTitle, ColumnName: entry.name, Description: entry.description }) };
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Dropdown label="Dictionary of" options={options} selectedKey={listTitle} onChange={(_, option) => option && onChooseList(String(option.key))} />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton text="Download for Excel" onClick={() => download('xlsx')} disabled={!entries.length} />
        <DefaultButton text="Download CSV" onClick={() => download('csv')} disabled={!entries.length} />
        <DefaultButton iconProps={{ iconName: 'Print' }} text="Printable page" onClick={print} disabled={!entries.length} />
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
          <Entry
            key={entry.name}
            entry={entry}
            focused={entry.name === focusField}
            facts={factsOf(entry)}
            terms={termsNamedBy(entry.title, glossary)}
            onOpenTerm={onOpenTerm}
            describe={describe(entry)}
          />
        ))}
      </ul>
      {register && <ImportHistory sp={sp} registerTitle={register.title} />}
    </Stack>
  );
}
