import type { FieldSpec } from './fieldSpec';
import { evaluate, FormulaError, parseFormula, serialOfDate, type FormulaContext, type FormulaValue } from './formula/formula';
import { badRequest, SharePointError } from './sharePointError';
import { londonDateOf, londonMidnightUtc, londonWallClock } from '../../src/domain/calendar/londonTime';

/**
 * How SharePoint takes values in a REST write (JSON light: people and lookups as `<Name>Id`, multi-choice
 * as arrays or `{ results }`), stores them, and shows them to formulas.
 */

export type StoredValue = string | number | boolean | null | string[];

/** A formula sees a date as a serial day number in the site's time zone. */
function dateSerial(iso: string): number {
  const wall = londonWallClock(Date.parse(iso));
  return serialOfDate(wall.year, wall.month, wall.day) + wall.seconds / 86_400;
}

/** The property name a REST write uses for a field: people and lookups are written by id. */
export function writeName(field: FieldSpec): string {
  return field.type === 'User' || field.type === 'Lookup' ? `${field.internalName}Id` : field.internalName;
}

function invalid(field: FieldSpec, detail: string): SharePointError {
  return badRequest(`The value of the field ${field.title} is not valid: ${detail}`);
}

/** Decimal notation as .NET's invariant Double.Parse reads it: no hexadecimal, no Infinity, no thousands separators. */
const decimalNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * An ISO 8601 date or date and time as an instant, or undefined when it names no real day or time:
 * 2026-02-30 is refused, not rolled over to March as JavaScript's Date would. No zone means UTC.
 */
export function instantOf(text: string): number | undefined {
  const match = isoDateTime.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone = 'Z'] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || s > 59) return undefined;
  const offsetMinutes = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const fraction = /\.(\d{1,7})/.exec(text)?.[1];
  const milliseconds = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const utc = new Date(0);
  utc.setUTCFullYear(y, mo - 1, d);
  utc.setUTCHours(h, mi, s, milliseconds);
  return utc.getTime() - offsetMinutes * 60_000;
}

/** Converts one written value to what is stored, refusing what SharePoint cannot store in the field. */
export function coerceValue(field: FieldSpec, raw: unknown, userExists: (id: number) => boolean): StoredValue {
  if (raw === null || raw === undefined || raw === '') return field.type === 'MultiChoice' ? [] : null;
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof raw !== 'string') throw invalid(field, 'expected text.');
      if (field.type === 'Text' && field.maxLength !== undefined && raw.length > field.maxLength) {
        throw invalid(field, `it is longer than ${field.maxLength} characters.`);
      }
      return raw;
    }
    case 'MultiChoice': {
      const values = Array.isArray(raw) ? raw : (raw as { results?: unknown }).results;
      if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) throw invalid(field, 'expected a list of choices.');
      return values as string[];
    }
    case 'Number':
    case 'Currency': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' && decimalNumber.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isFinite(number)) throw invalid(field, 'expected a number.');
      if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)) {
        throw invalid(field, `it must be between ${field.min ?? '-∞'} and ${field.max ?? '∞'}.`);
      }
      return number;
    }
    case 'Boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 0 || raw === 1 || raw === '0' || raw === '1') return raw === 1 || raw === '1';
      throw invalid(field, 'expected true or false.');
    case 'DateTime': {
      const instant = typeof raw === 'string' ? instantOf(raw) : undefined;
      if (instant === undefined) throw invalid(field, 'expected a date in ISO 8601 form, such as 2026-11-22 or 2026-11-22T14:30:00Z.');
      const year = new Date(instant).getUTCFullYear();
      if (year < 1900 || year > 8900) throw invalid(field, 'dates must be between 1/1/1900 and 12/31/8900.');
      // A date-only column keeps the UK day the value falls on, at its midnight.
      return field.format === 'DateOnly' ? londonMidnightUtc(londonDateOf(instant)) : new Date(instant).toISOString().replace('.000Z', 'Z');
    }
    case 'User':
    case 'Lookup': {
      const id = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isInteger(id) || id <= 0) throw invalid(field, 'expected an id.');
      if (field.type === 'User' && !userExists(id)) throw invalid(field, `there is no user with id ${id}.`);
      return id;
    }
    default:
      throw badRequest(`The field ${field.title} cannot be written.`);
  }
}

/** What a validation formula sees for a stored value; undefined for columns formulas cannot name. */
export function formulaValueOf(field: FieldSpec, value: StoredValue): FormulaValue | undefined {
  if (['Note', 'MultiChoice', 'User', 'Lookup'].includes(field.type)) return undefined;
  if (value === null) return null;
  if (field.type === 'DateTime') return dateSerial(String(value));
  return value as FormulaValue;
}

/** Today as a formula sees it: the UK date's serial number. */
export function todaySerial(now: Date): number {
  const wall = londonWallClock(now.getTime());
  return serialOfDate(wall.year, wall.month, wall.day);
}

export function defaultValueOf(field: FieldSpec): StoredValue {
  if (field.default === undefined) return field.type === 'MultiChoice' ? [] : field.type === 'Boolean' ? false : null;
  switch (field.type) {
    case 'Boolean':
      return field.default === '1' || field.default.toUpperCase() === 'TRUE';
    case 'Number':
    case 'Currency':
      return Number(field.default);
    case 'MultiChoice':
      return field.default.split(';#').filter(Boolean);
    default:
      return field.default;
  }
}

/** A calculated column's value: its formula over the item's other columns, an error shown as Excel shows it. */
export function calculate(field: FieldSpec, context: FormulaContext): StoredValue {
  const value = evaluate(parseFormula(field.formula ?? ''), context);
  if (value instanceof FormulaError) return value.code;
  if (value === null) return null;
  if (field.resultType === 'DateTime' && typeof value === 'number') {
    const days = Math.floor(value);
    const utc = Date.UTC(1899, 11, 30) + days * 86_400_000;
    return new Date(utc).toISOString().replace('.000Z', 'Z');
  }
  if (field.resultType === 'Boolean') return Boolean(value);
  return value;
}
