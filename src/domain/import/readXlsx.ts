import * as ExcelJS from 'exceljs';
import type { Cell, Sheet } from './sheet';

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * A date cell as an ISO date, with its time of day ("2026-12-04 14:30") when it has one: workbooks hold
 * wall-clock dates and times without a time zone, which exceljs gives as UTC.
 */
function isoDate(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const [hours, minutes] = [date.getUTCHours(), date.getUTCMinutes()];
  return hours || minutes ? `${day} ${pad(hours)}:${pad(minutes)}` : day;
}

function cellValue(cell: ExcelJS.Cell): Cell {
  // Only a merged range's first cell holds its value: a merged banner is one cell, not one per column.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cell.text;
  // A formula's last calculated result, as Excel saved it; the formula itself is never run.
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result instanceof Date) return isoDate(result);
    return typeof result === 'object' || result === undefined ? null : result;
  }
  if ('error' in value) return null;
  return cell.text;
}

/**
 * The first visible worksheet of an .xlsx workbook, as a sheet: values (a formula's saved result, a
 * date as an ISO date), and which columns are hidden.
 */
export async function readXlsx(bytes: Uint8Array, name: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const worksheet = workbook.worksheets.find((candidate) => candidate.state === 'visible' && candidate.actualRowCount > 0);
  if (!worksheet) throw new Error(`${name} has no visible worksheet with anything in it.`);
  const rows: Cell[][] = [];
  const hiddenColumns = new Set<number>();
  // Both counts are worked out afresh on every call: read them once.
  const [rowCount, columnCount] = [worksheet.rowCount, worksheet.columnCount];
  for (let column = 1; column <= columnCount; column++) {
    if (worksheet.getColumn(column).hidden) hiddenColumns.add(column - 1);
  }
  for (let number = 1; number <= rowCount; number++) {
    const row = worksheet.getRow(number);
    const cells: Cell[] = [];
    for (let column = 1; column <= columnCount; column++) cells.push(cellValue(row.getCell(column)));
    rows.push(cells);
  }
  return { name: `${name} (${worksheet.name})`, rows, hiddenColumns };
}
