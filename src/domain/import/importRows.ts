import { datesNeverAfterToday } from '../lists/pastDates';
import type { Register } from '../lists/defineList';
import { messagesByField, schemasOf } from '../lists/registerSchemas';
import { duplicateKeyWords } from '../lists/likelyDuplicate';
import { rulePasses } from '../lists/rulePredicate';
import { uniquenessKey } from '../quality/qualityRun';
import { choiceKey, cleanCell, sentence, type CleaningContext } from './cleanCell';
import type { ColumnMapping } from './columnMapping';
import type { HeaderRow } from './headerRow';
import { cellText, type Cell, type Sheet } from './sheet';

/**
 * Every row is exactly one of these. Clean and cleaned rows load as they are; flagged rows break a rule and
 * load as legacy records for the stewards; duplicates and rejected rows do not load.
 */
export type RowClass = 'clean' | 'cleaned' | 'flagged' | 'duplicate' | 'rejected';

export const rowClasses: readonly RowClass[] = ['clean', 'cleaned', 'flagged', 'duplicate', 'rejected'];

export interface CellChange {
  field: string;
  from: string;
  to: unknown;
  reason: string;
}

export interface Problem {
  /** The field's internal name; '' for the row as a whole. */
  field: string;
  reason: string;
}

export interface ImportRow {
  /** The row's number in the sheet, as a spreadsheet shows it (1 is the first row). */
  rowNumber: number;
  /** The cells of the mapped columns, by header, as the file had them. */
  original: Record<string, Cell>;
  /** The values to store, by field. */
  values: Record<string, unknown>;
  changes: CellChange[];
  class: RowClass;
  /** Why a row is rejected (cannot be stored), flagged (breaks these rules) or a duplicate. */
  problems: Problem[];
  /** The caller's identity for the row: the register and the row's own cells, so the same row never loads twice. */
  key: string;
}

export interface ImportPlan {
  rows: ImportRow[];
  counts: Record<RowClass, number>;
  /** Values that matched no choice, per field, with how many rows have each: for the person to map. */
  unmatched: Record<string, Record<string, number>>;
  /** Rows below the header that are not records (a totals row at the foot of a report), by their number in the sheet. */
  leftOut: Array<{ rowNumber: number; reason: string }>;
}

export interface PlanOptions extends CleaningContext {
  /** Duplicate keys (see uniquenessKey) of the items the list already holds. */
  existingKeys: ReadonlySet<string>;
}

const isEmptyRow = (row: readonly Cell[]): boolean => row.every((cell) => cellText(cell).trim() === '');

/** A report's "Total" (or "Grand total", "Totals:") line: its first filled cell says so. */
const isTotalsRow = (row: readonly Cell[]): boolean =>
  /^(grand |sub-?)?totals?:?$/i.test(cellText(row.find((cell) => cellText(cell).trim() !== '') ?? null).trim());

/**
 * Cleans, checks and classifies every data row below the header: the same schema and rules as the form,
 * so a row that loads is one the form would have let through, or one marked for the stewards.
 */
export function planImport(register: Register, sheet: Sheet, header: HeaderRow, mapping: readonly ColumnMapping[], options: PlanOptions): ImportPlan {
  const steps = planningSteps(register, sheet, header, mapping, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same plan a few hundred rows at a time: each step yields how many of the sheet's rows are done, so
 * a page can show progress and stay responsive between steps.
 */
export function* planningSteps(
  register: Register,
  sheet: Sheet,
  header: HeaderRow,
  mapping: readonly ColumnMapping[],
  options: PlanOptions,
  rowsPerStep = 250
): Generator<{ done: number; total: number }, ImportPlan> {
  const mapped = mapping.filter((column): column is ColumnMapping & { field: string } => column.field !== null);
  const rules = register.rules;
  const cleaning = { ...options, pastDates: datesNeverAfterToday(rules) };
  const { schema } = schemasOf(register);
  const seen = new Map<string, number>();
  const occurrences = new Map<string, number>();
  const unmatched: ImportPlan['unmatched'] = {};
  const unmatchedForms = new Map<string, Map<string, string>>();
  const rows: ImportRow[] = [];
  const leftOut: ImportPlan['leftOut'] = [];

  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    if ((index - header.index) % rowsPerStep === 0) yield { done: index - header.index, total: sheet.rows.length - header.index - 1 };
    const cells = sheet.rows[index];
    if (isEmptyRow(cells)) continue;
    const rowNumber = index + 1;
    if (isTotalsRow(cells)) {
      leftOut.push({ rowNumber, reason: 'a totals row, not a record' });
      continue;
    }
    const original: Record<string, Cell> = {};
    const values: Record<string, unknown> = {};
    const changes: CellChange[] = [];
    const problems: Problem[] = [];
    for (const { column, header: title, field } of mapped) {
      const cell = cells[column] ?? null;
      original[title] = cell;
      const cleaned = cleanCell(field, register.fields[field], cell, cleaning);
      if (!cleaned.ok) {
        problems.push({ field, reason: cleaned.reason });
        if (cleaned.unmatched) {
          // "Active" and "ACTIVE" are one value to map, shown as first written.
          const forms = unmatchedForms.get(field) ?? new Map<string, string>();
          unmatchedForms.set(field, forms);
          const written = cellText(cell).trim();
          const shown = forms.get(choiceKey(written)) ?? written;
          forms.set(choiceKey(written), shown);
          unmatched[field] = { ...unmatched[field], [shown]: (unmatched[field]?.[shown] ?? 0) + 1 };
        }
        continue;
      }
      values[field] = cleaned.value;
      if (cleaned.reason) changes.push({ field, from: cellText(cell), to: cleaned.value, reason: cleaned.reason });
    }
    const identity = `${register.name}\u0000${mapped.map(({ header: title }) => cellText(original[title])).join('\u0000')}`;
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    const key = `import:${identity}\u0000${occurrence}`;
    const row = (rowClass: RowClass, why: Problem[], stored: Record<string, unknown> = values): ImportRow => ({
      rowNumber,
      original,
      values: stored,
      changes,
      class: rowClass,
      problems: why,
      key
    });

    const parsed = schema.safeParse(values);
    if (problems.length || !parsed.success) {
      const fieldProblems = parsed.success ? [] : Object.entries(messagesByField(parsed.error)).map(([field, reason]) => ({ field, reason: sentence(reason) }));
      const named = new Set(problems.map((problem) => problem.field));
      const order = Object.keys(register.fields);
      const all = [...problems, ...fieldProblems.filter((problem) => !named.has(problem.field))];
      rows.push(row('rejected', all.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))));
      continue;
    }
    const item = { ...(parsed.data as Record<string, unknown>), ...register.computed.compute(parsed.data as Record<string, unknown>, options) };
    const duplicateKey = register.duplicateKey.length ? uniquenessKey(register.duplicateKey, item) : undefined;
    const keyTitles = duplicateKeyWords(register);
    if (duplicateKey !== undefined && options.existingKeys.has(duplicateKey)) {
      rows.push(row('duplicate', [{ field: '', reason: `The list already has an item with the same ${keyTitles}.` }], item));
      continue;
    }
    if (duplicateKey !== undefined && seen.has(duplicateKey)) {
      rows.push(row('duplicate', [{ field: '', reason: `Row ${seen.get(duplicateKey)} has the same ${keyTitles}.` }], item));
      continue;
    }
    if (duplicateKey !== undefined) seen.set(duplicateKey, rowNumber);
    const broken = rules.filter((rule) => !rulePasses(rule, item, options)).map((rule) => ({ field: rule.field, reason: rule.message }));
    rows.push(row(broken.length ? 'flagged' : changes.length ? 'cleaned' : 'clean', broken, item));
  }

  const counts = Object.fromEntries(rowClasses.map((rowClass) => [rowClass, rows.filter((row) => row.class === rowClass).length])) as Record<RowClass, number>;
  return { rows, counts, unmatched, leftOut };
}
