import { readCsv } from './readCsv';
import type { Sheet } from './sheet';

/** The file types an import reads, for a file picker's `accept`. */
export const spreadsheetTypes = '.xlsx,.csv,.tsv,.txt';

/** Reads an .xlsx workbook's bytes: here, or somewhere that keeps a page answering meanwhile. */
export type XlsxReader = (bytes: Uint8Array, fileName: string) => Promise<Sheet>;

/** The xlsx reader, loaded only when a workbook is read. */
export const readXlsxHere: XlsxReader = async (bytes, fileName) => {
  const { readXlsx } = await import(/* webpackChunkName: 'xlsx-reader' */ './readXlsx');
  return readXlsx(bytes, fileName);
};

/** A spreadsheet file as a sheet, by its name's extension. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, xlsxReader: XlsxReader = readXlsxHere): Promise<Sheet> {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return xlsxReader(bytes, fileName);
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return readCsv(bytes, fileName);
  if (extension === 'xls') throw new Error(`${fileName} is an old Excel 97–2003 workbook: open it in Excel and save it as .xlsx, then import that.`);
  throw new Error(`${fileName} is not a spreadsheet Custodian can read: use an Excel workbook (.xlsx) or a CSV file.`);
}
