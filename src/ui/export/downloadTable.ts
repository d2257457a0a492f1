import type { SheetData } from 'write-excel-file/browser';
import type { ExportTable } from '../../domain/export/exportTable';

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The CSV writer (papaparse) is loaded only when someone asks for a CSV. */
async function downloadCsv(table: ExportTable, fileName: string): Promise<void> {
  const { toCsv } = await import(/* webpackChunkName: 'csv-writer' */ '../../domain/export/csv');
  download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

/** Dates stay dates (shown dd/mm/yyyy) and numbers numbers, so the sheet sorts and sums as people expect. */
function sheetOf(table: ExportTable): SheetData {
  return [
    table.headers.map((header) => ({ value: header, fontWeight: 'bold' as const })),
    ...table.rows.map((row) =>
      row.map((cell) => {
        if (cell === null) return null;
        if (typeof cell === 'number') return { value: cell, type: Number };
        if (typeof cell === 'object') return { value: new Date(`${cell.date}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' };
        return { value: cell, type: String };
      })
    )
  ];
}

/** The xlsx writer is loaded only when someone asks for a spreadsheet. */
async function downloadXlsx(table: ExportTable, fileName: string): Promise<void> {
  const { default: writeXlsxFile } = await import(/* webpackChunkName: 'xlsx-writer' */ 'write-excel-file/browser');
  const blob = await writeXlsxFile(sheetOf(table), { sheet: fileName.slice(0, 31), stickyRowsCount: 1 }).toBlob();
  download(blob, `${fileName}.xlsx`);
}

/** The table as a file in the format asked for; a file that cannot be made rejects with a message for the person. */
export async function downloadTable(table: ExportTable, fileName: string, format: 'csv' | 'xlsx'): Promise<void> {
  try {
    await (format === 'csv' ? downloadCsv(table, fileName) : downloadXlsx(table, fileName));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      format === 'csv'
        ? `The CSV file could not be made (${reason}). Check your connection and try again.`
        : `The Excel file could not be made (${reason}). Try again, or export CSV.`
    );
  }
}
