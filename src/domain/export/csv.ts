import { unparse } from 'papaparse';
import { ukDate } from '../lists/displayValue';
import type { ExportTable } from './exportTable';

/** RFC 4180 CSV with a byte-order mark, so Excel opens it as UTF-8 (names like Siobhán stay intact). */
export function toCsv(table: ExportTable): string {
  const data = table.rows.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'object' ? ukDate(cell.date) : cell)));
  return `\uFEFF${unparse({ fields: table.headers, data }, { newline: '\r\n', quotes: false })}`;
}
