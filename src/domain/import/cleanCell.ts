import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/isoDate';
import { readUkDateTime } from '../calendar/ukDateTimeInput';
import { readUkDate } from '../calendar/ukDateInput';
import type { ChoiceField, FieldDefinition, MultiChoiceField } from '../lists/fields';
import { ukDate } from '../lists/displayValue';
import { isBlank, parseFieldValue, trimText } from '../lists/fieldValues';
import { cellText, type Cell } from './sheet';

/** Someone or something a person or lookup cell can name. */
export interface ReferenceOption {
  id: number;
  title: string;
  email?: string;
}

export interface CleaningContext {
  today: IsoDate;
  /** The time now, for a register's rules that fall due within a day. */
  now?: string;
  /** The person's own answers for values that matched no choice: field → value as written → choice (null: leave blank). */
  valueMap: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
  people: readonly ReferenceOption[];
  /** For each lookup field, the items it may point at. */
  lookups: Readonly<Record<string, readonly ReferenceOption[]>>;
  /** Date fields that are never after today (a date of birth): their two-digit years are read as past ones. */
  pastDates?: ReadonlySet<string>;
}

export type CleanedCell =
  /** `reason` says what was changed and why; absent when the cell was used as it was. */
  | { ok: true; value: unknown; reason?: string }
  /** The value cannot be used; `unmatched` marks a choice the person may map to one of the choices. */
  | { ok: false; reason: string; unmatched?: boolean };

/** Words spreadsheets use for "nothing here". */
const blankWords = new Set(['n/a', 'na', 'n.a.', '-', '--', '?', 'tbc', 'tbd', 'unknown', 'not known', 'none', 'nil', 'null', '#n/a']);

const yes = new Set(['yes', 'y', 'true', '1', '✓', '✔', 'x']);
const no = new Set(['no', 'n', 'false', '0']);

/** Excel's day 1 is 1 January 1900, and it counts a 29 February 1900 that never was: serial 61 is 1 March 1900. */
const excelEpoch = toDayNumber('1899-12-30');

function fromExcelSerial(serial: number): IsoDate | undefined {
  return Number.isInteger(serial) && serial >= 61 && serial < 2958466 ? fromDayNumber(excelEpoch + serial) : undefined;
}

const standardised: Partial<Record<FieldDefinition['kind'], string>> = {
  nhsNumber: 'spaces and dashes taken out',
  postcode: 'written the standard way, like M32 0TH',
  number: 'read as a number',
  currency: 'read as an amount in pounds',
  text: 'spaces trimmed',
  note: 'spaces trimmed'
};

/** A form's message as a sentence of a report. */
export const sentence = (message: string): string => (/[.!?]$/.test(message) ? message : `${message}.`);

/** A written value as the person's answers and the list of unmatched values know it: "ACTIVE" is "Active". */
export const choiceKey = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The choice a written value means: exactly, by case and spacing, by a declared variant, or by its code ("19" for "19 Usual place of residence"). */
function matchChoice(field: ChoiceField | MultiChoiceField, written: string): { choice: string; reason?: string } | undefined {
  if (field.choices.includes(written)) return { choice: written };
  const key = choiceKey(written);
  const bySpelling = field.choices.find((choice) => choiceKey(choice) === key);
  if (bySpelling) return { choice: bySpelling, reason: 'matched the choice ignoring case, spaces and punctuation' };
  const aliases = field.kind === 'choice' ? field.choiceAliases ?? {} : {};
  const byAlias = Object.entries(aliases).find(([, variants]) => (variants as readonly string[]).some((variant) => choiceKey(variant) === key));
  if (byAlias) return { choice: byAlias[0], reason: 'a known way of writing this choice' };
  const coded = field.choices.filter((choice) => /^\d+ /.test(choice));
  const byCode = coded.find((choice) => choice.split(' ')[0] === written.trim() || choiceKey(choice.replace(/^\d+ /, '')) === key);
  if (byCode) return { choice: byCode, reason: 'matched the choice by its code or its words' };
  return undefined;
}

function cleanChoice(name: string, field: ChoiceField | MultiChoiceField, written: string, context: CleaningContext): CleanedCell {
  const answers = Object.entries(context.valueMap[name] ?? {});
  const mine = answers.find(([value]) => choiceKey(value) === choiceKey(written))?.[1];
  if (mine !== undefined) return { ok: true, value: mine, reason: mine === null ? 'you chose to leave this value blank' : 'mapped by you' };
  const match = matchChoice(field, written);
  if (match) return { ok: true, value: match.choice, ...(match.reason ? { reason: match.reason } : {}) };
  return { ok: false, unmatched: true, reason: `"${written}" is not one of the choices for ${field.title}.` };
}

function cleanReference(field: FieldDefinition, written: string, options: readonly ReferenceOption[]): CleanedCell {
  const key = written.toLowerCase();
  const found = options.filter((option) => option.title.toLowerCase() === key || option.email?.toLowerCase() === key);
  if (found.length === 1) {
    const value = { id: found[0].id, title: found[0].title };
    return found[0].title === written ? { ok: true, value } : { ok: true, value, reason: `matched ${found[0].title}` };
  }
  return {
    ok: false,
    reason: found.length ? `"${written}" matches ${found.length} entries for ${field.title}: use an email address.` : `"${written}" matches nobody this site knows for ${field.title}.`
  };
}

function cleanDate(cell: Cell, written: string, context: CleaningContext, past: boolean): CleanedCell {
  if (typeof cell === 'number') {
    const date = fromExcelSerial(cell);
    return date ? { ok: true, value: date, reason: `an Excel date number, ${cell}` } : { ok: false, reason: `${cell} is not a date.` };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) {
    const read = readUkDate(written, context.today);
    return read.ok ? { ok: true, value: read.date } : { ok: false, reason: read.reason };
  }
  // A workbook's date-and-time cell in a column of dates: the day is what the register keeps.
  const withTime = /^(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}$/.exec(written);
  if (withTime) {
    const read = readUkDate(withTime[1], context.today);
    return read.ok ? { ok: true, value: read.date, reason: 'the time of day left out' } : { ok: false, reason: read.reason };
  }
  if (/^\d{5}$/.test(written)) return cleanDate(Number(written), written, context, past);
  const read = readUkDate(written, context.today, { past });
  if (!read.ok) return { ok: false, reason: read.reason };
  // Written as Custodian shows dates: nothing to explain.
  return written === ukDate(read.date) ? { ok: true, value: read.date } : { ok: true, value: read.date, reason: 'read as a UK date, day first' };
}

/**
 * One spreadsheet cell as a value for a field, with what was done to it: trimmed, read as a UK date, a
 * choice matched, "n/a" taken as blank. What cannot be read says why. Nothing is checked against the
 * register's rules here; that is the row's job.
 */
export function cleanCell(name: string, field: FieldDefinition, cell: Cell, context: CleaningContext): CleanedCell {
  // A report's cell kept from running as a formula ('=…) is imported as what it said.
  const raw = cellText(cell).replace(/^'(?=\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/, '');
  const written = trimText(raw);
  if (isBlank(written)) return { ok: true, value: null, ...(raw !== '' ? { reason: 'only spaces or invisible characters' } : {}) };
  if (blankWords.has(written.toLowerCase())) return { ok: true, value: null, reason: `"${written}" means not known: left blank` };
  const trimmed = written !== raw ? 'spaces trimmed' : undefined;
  const withTrim = (result: CleanedCell): CleanedCell =>
    result.ok && trimmed && !result.reason ? { ...result, reason: trimmed } : result;
  switch (field.kind) {
    case 'date':
      return withTrim(cleanDate(cell, written, context, context.pastDates?.has(name) ?? false));
    case 'dateTime': {
      const read = readUkDateTime(written, context.today);
      return read.ok ? { ok: true, value: read.instant, reason: 'read as UK time, day first' } : { ok: false, reason: read.reason };
    }
    case 'choice':
      return withTrim(cleanChoice(name, field, written, context));
    case 'multiChoice': {
      const parts = written.split(/[;,\n]/).map((part) => part.trim()).filter(Boolean);
      const cleaned = parts.map((part) => cleanChoice(name, field, part, context));
      const failed = cleaned.find((part) => !part.ok);
      if (failed) return failed;
      const values = cleaned.map((part) => (part as { value: unknown }).value).filter((value): value is string => typeof value === 'string');
      const changed = cleaned.some((part) => part.ok && part.reason);
      return { ok: true, value: values, ...(changed ? { reason: 'choices matched' } : {}) };
    }
    case 'boolean': {
      const lower = written.toLowerCase();
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      if (yes.has(lower)) return { ok: true, value: true, reason: `"${written}" read as yes` };
      if (no.has(lower)) return { ok: true, value: false, reason: `"${written}" read as no` };
      return { ok: false, reason: `"${written}" is not yes or no.` };
    }
    case 'person':
      return cleanReference(field, written, context.people);
    case 'lookup':
      return cleanReference(field, written, context.lookups[name] ?? []);
    default: {
      const given = typeof cell === 'number' && (field.kind === 'number' || field.kind === 'currency') ? cell : written;
      const parsed = parseFieldValue(field, given);
      if (!parsed.ok) return { ok: false, reason: sentence(parsed.message) };
      const changed = parsed.value !== given;
      return { ok: true, value: parsed.value, ...(changed ? { reason: standardised[field.kind] ?? 'written the standard way' } : trimmed ? { reason: trimmed } : {}) };
    }
  }
}
