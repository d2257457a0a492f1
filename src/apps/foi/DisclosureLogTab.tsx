import * as React from 'react';
import { DefaultButton, DetailsList, DetailsListLayoutMode, SearchBox, SelectionMode, Stack, Text, type IColumn } from '@fluentui/react';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { disclosureLog, publishedInWords } from '../../domain/foi/disclosureLog';
import type { ExportCell } from '../../domain/export/exportTable';
import { formatCount, ukDate } from '../../domain/lists/displayValue';
import type { ItemRecord } from '../../domain/lists/itemQuery';
import { downloadTable } from '../../ui/export/downloadTable';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { useDebounced } from '../../ui/useDebounced';
import { requestFields, type FoiRequest } from './foiRegister';
import { registerPanelIcons } from '../../ui/icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

export interface DisclosureLogTabProps {
  items: ReadonlyArray<ItemRecord<FoiRequest>>;
  today: IsoDate;
}

const cellText = (cell: ExportCell): string => (cell === null ? '' : typeof cell === 'object' ? ukDate(cell.date) : String(cell));

/** The disclosure log as it would be published: answered requests, and nothing about who asked. */
export function DisclosureLogTab({ items, today }: DisclosureLogTabProps): JSX.Element {
  const log = React.useMemo(() => disclosureLog(requestFields, items), [items]);
  const [problem, setProblem] = React.useState<string | undefined>();
  const [search, setSearch] = React.useState('');
  const searched = useDebounced(search, 150);
  const rows = React.useMemo(() => {
    const words = searched.toLowerCase().split(/\s+/).filter(Boolean);
    return words.length ? log.table.rows.filter((row) => words.every((word) => row.some((cell) => cellText(cell).toLowerCase().includes(word)))) : log.table.rows;
  }, [log, searched]);
  const columns = React.useMemo<IColumn[]>(
    () =>
      log.table.headers.map((header, index) => ({
        key: String(index),
        name: header,
        minWidth: index === 4 ? 200 : 90,
        maxWidth: index === 4 ? 400 : 160,
        isResizable: true,
        isMultiline: true,
        onRender: (row: ExportCell[]) => cellText(row[index])
      })),
    [log]
  );
  const exportAs = (format: 'csv' | 'xlsx'): void => {
    setProblem(undefined);
    downloadTable(log.table, `FOI disclosure log ${today}`, format).catch((error: Error) => setProblem(error.message));
  };

  return (
    <div>
      <DismissibleMessage kind="error" message={problem} onDismiss={() => setProblem(undefined)} />
      <Text as="p" block styles={{ root: { margin: '12px 0' } }}>
        {formatCount(log.records.length)} requests an FOI officer has published, newest first. Only the {publishedInWords(requestFields)} are
        published: nothing about who asked, and not the request’s own words.
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="end">
        <SearchBox
          styles={{ root: { minWidth: 220, flexGrow: 1, maxWidth: 420 } }}
          placeholder="Search the disclosure log"
          ariaLabel="Search the disclosure log by reference, summary, directorate, outcome or exemption"
          value={search}
          onChange={(_, text) => setSearch(text ?? '')}
          onClear={() => setSearch('')}
        />
        <DefaultButton iconProps={{ iconName: 'Download' }} text="Export CSV" onClick={() => exportAs('csv')} />
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text="Export Excel" onClick={() => exportAs('xlsx')} />
      </Stack>
      <Text as="p" block role="status" styles={{ root: { margin: '8px 0' } }}>
        Showing {formatCount(rows.length)} of {formatCount(log.records.length)} published requests.
      </Text>
      <div style={{ height: '60vh', overflow: 'auto', position: 'relative' }} data-is-scrollable="true">
        <DetailsList
          items={rows}
          columns={columns}
          selectionMode={SelectionMode.none}
          layoutMode={DetailsListLayoutMode.justified}
          ariaLabelForGrid="Disclosure log"
          compact
        />
      </div>
    </div>
  );
}
