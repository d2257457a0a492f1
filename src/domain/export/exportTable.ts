import type { IsoDate } from '../calendar/isoDate';
import { displayValue } from '../lists/displayValue';
import type { FieldDefinition } from '../lists/fields';
import { isBlank } from '../lists/fieldValues';
import type { ItemRecord } from '../lists/itemQuery';

/** A cell as exported: text, a number, or a calendar date (kept a date so spreadsheets can sort it). */
export type ExportCell = string | number | { date: IsoDate } | null;

export interface ExportTable {
  headers: string[];
  rows: ExportCell[][];
}

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): starting with = + - @ (after any
 * spaces, or in their full-width forms), or a tab or carriage return that some programs strip first.
 * A leading apostrophe makes it plain text.
 */
export function neutraliseFormula(text: string): string {
  // Spaces before the sign, and the full-width signs (＝ ＋ － ＠) some spreadsheets also read as formulas.
  return /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/.test(text) ? `'${text}` : text;
}

function cellOf(field: FieldDefinition, value: unknown): ExportCell {
  if (field.kind === 'boolean') return value ? 'Yes' : 'No';
  if (isBlank(value)) return null;
  switch (field.kind) {
    case 'number':
    case 'currency':
      return typeof value === 'number' ? value : neutraliseFormula(String(value));
    case 'date':
      return { date: String(value) };
    case 'multiChoice':
      return neutraliseFormula((value as string[]).join('; '));
    default:
      return neutraliseFormula(displayValue(field, value));
  }
}

/** The records of a view as a table with the given columns (field names), headed by their titles, ID first. */
export function exportTable(
  fields: Readonly<Record<string, FieldDefinition>>,
  records: ReadonlyArray<ItemRecord>,
  columns: readonly string[]
): ExportTable {
  const known = columns.filter((name) => fields[name]);
  return {
    headers: ['ID', ...known.map((name) => fields[name].title)],
    rows: records.map((record) => [record.id, ...known.map((name) => cellOf(fields[name], (record.item as Record<string, unknown>)[name]))])
  };
}
