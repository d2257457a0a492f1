import type { FieldsByName } from '../lists/ruleFormula';
import { normaliseHeader } from './columnMapping';
import { cellText, type Sheet } from './sheet';

export interface HeaderRow {
  /** Index in the sheet's rows; the data starts on the next row. */
  index: number;
  /** The columns to import: headed, not hidden, with something in them below the header. */
  columns: Array<{ column: number; header: string }>;
  /** Columns left out, and why, for the person to see. */
  ignored: Array<{ column: number; header: string; reason: string }>;
}

const rowsSearched = 30;

/**
 * The header is where it is: below title rows, a merged banner and blank rows. It is the row, among the
 * first thirty, with the most text cells that name one of the register's fields (by name, title or
 * alias), ties going to the row with more text; a banner has one cell, so it never wins.
 */
export function findHeaderRow(sheet: Sheet, fields: FieldsByName): HeaderRow | undefined {
  const known = new Set(Object.entries(fields).flatMap(([name, field]) => [name, field.title, ...field.aliases].map(normaliseHeader)));
  let best: { index: number; score: number } | undefined;
  sheet.rows.slice(0, rowsSearched).forEach((row, index) => {
    const texts = row.filter((cell) => typeof cell === 'string' && cell.trim() !== '') as string[];
    if (texts.length < 2) return;
    const score = texts.filter((text) => known.has(normaliseHeader(text))).length * 1000 + texts.length;
    if (!best || score > best.score) best = { index, score };
  });
  if (!best) return undefined;
  const header = sheet.rows[best.index];
  const below = sheet.rows.slice(best.index + 1);
  const columns: HeaderRow['columns'] = [];
  const ignored: HeaderRow['ignored'] = [];
  const width = Math.max(header.length, ...below.map((row) => row.length));
  for (let column = 0; column < width; column++) {
    const title = cellText(header[column] ?? null).trim();
    const used = below.some((row) => cellText(row[column] ?? null).trim() !== '');
    if (sheet.hiddenColumns.has(column)) ignored.push({ column, header: title, reason: 'The column is hidden in the workbook.' });
    else if (!used) {
      if (title) ignored.push({ column, header: title, reason: 'The column is empty.' });
    } else if (!title) ignored.push({ column, header: '', reason: 'The column has values but no heading.' });
    else columns.push({ column, header: title });
  }
  return { index: best.index, columns, ignored };
}

/** The header of a file to import, or an error naming the file when none of its first rows can be one. */
export function requireHeaderRow(sheet: Sheet, fields: FieldsByName, fileName: string): HeaderRow {
  const header = findHeaderRow(sheet, fields);
  if (!header) throw new Error(`${fileName} has no row of column headings in its first ${rowsSearched} rows that Custodian can recognise.`);
  return header;
}
