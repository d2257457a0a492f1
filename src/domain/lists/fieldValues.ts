import { isIsoDate } from '../calendar/isoDate';
import { nhsNumberProblem } from '../validators/nhsNumber';
import type { FieldDefinition } from './fields';

export type ParsedValue = { ok: true; value: unknown } | { ok: false; message: string };

/** "the NHS number", "the discharge date": a field's name inside a sentence. */
export function inSentence(title: string): string {
  const keepsCapital = title.length > 1 && title[1] === title[1].toUpperCase() && /[A-Z]/.test(title[1]);
  return `the ${keepsCapital ? title : title[0].toLowerCase() + title.slice(1)}`;
}

export const capitalise = (text: string): string => text[0].toUpperCase() + text.slice(1);

/** Characters that take no space on screen: a value made of them (and spaces) was never really entered. */
const invisibleAtEnds = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]+|[\s\u200B-\u200D\u2060\uFEFF\u00AD]+$/g;

/** Text without the spaces and invisible characters at either end. */
export function trimText(text: string): string {
  return text.replace(invisibleAtEnds, '');
}

/** Empty strings, whitespace, invisible characters, empty arrays, null and undefined all mean "nothing entered". */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return trimText(value) === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function missingMessage(field: FieldDefinition): string {
  const name = inSentence(field.title);
  switch (field.kind) {
    case 'choice':
    case 'multiChoice':
      return `Select ${name}`;
    case 'person':
    case 'lookup':
      return `Choose ${name}`;
    default:
      return `Enter ${name}`;
  }
}

function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(raw.replace(/[£,]/g, ''))) return Number(raw.replace(/[£,]/g, ''));
  return undefined;
}

function parseReference(raw: unknown): { id: number; title?: string; email?: string } | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, title, email } = raw as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) return undefined;
  return {
    id,
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof email === 'string' ? { email } : {})
  };
}

function parsePresent(field: FieldDefinition, raw: unknown): ParsedValue {
  const Name = capitalise(inSentence(field.title));
  const text = typeof raw === 'string' ? trimText(raw) : undefined;
  switch (field.kind) {
    case 'text':
    case 'note': {
      if (text === undefined) return { ok: false, message: `${Name} must be text` };
      if (field.kind === 'text' && text.length > field.maxLength) {
        return { ok: false, message: `${Name} must be ${field.maxLength} characters or fewer` };
      }
      return { ok: true, value: text };
    }
    case 'nhsNumber':
    case 'uprn':
    case 'postcode':
    case 'email':
    case 'phone': {
      const value = text === undefined ? undefined : field.check.normalise(text);
      if (value !== undefined) return { ok: true, value };
      const problem = field.kind === 'nhsNumber' && text !== undefined ? nhsNumberProblem(text) : undefined;
      return { ok: false, message: `Enter a valid ${field.title}: ${problem ?? field.check.hint}` };
    }
    case 'number':
    case 'currency': {
      const value = parseNumber(raw);
      if (value === undefined) return { ok: false, message: `${Name} must be a number` };
      if (field.kind === 'number' && field.integer && !Number.isInteger(value)) {
        return { ok: false, message: `${Name} must be a whole number` };
      }
      if (field.min !== undefined && value < field.min) return { ok: false, message: `${Name} must be ${field.min} or more` };
      if (field.max !== undefined && value > field.max) return { ok: false, message: `${Name} must be ${field.max} or less` };
      return { ok: true, value };
    }
    case 'boolean':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, message: `${Name} must be yes or no` };
    case 'date':
      return text !== undefined && isIsoDate(text)
        ? { ok: true, value: text }
        : { ok: false, message: `${Name} must be a real date, day first, like 20/11/2026` };
    case 'dateTime':
      return text !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(text) && !Number.isNaN(Date.parse(text))
        ? { ok: true, value: text }
        : { ok: false, message: `${Name} must be a real date and time` };
    case 'choice': {
      const chosen = field.choices.find((option) => option === text);
      return chosen === undefined ? { ok: false, message: `Select ${inSentence(field.title)} from the list` } : { ok: true, value: chosen };
    }
    case 'multiChoice': {
      const values = Array.isArray(raw) ? raw : undefined;
      if (!values || values.some((value) => !field.choices.includes(value as string))) {
        return { ok: false, message: `Select ${inSentence(field.title)} from the list` };
      }
      return { ok: true, value: field.choices.filter((option) => values.includes(option)) };
    }
    case 'person':
    case 'lookup': {
      const value = parseReference(raw);
      return value === undefined ? { ok: false, message: `Choose ${inSentence(field.title)} from the list` } : { ok: true, value };
    }
  }
}

/**
 * Checks and normalises one value for a field: blanks become null (or a message when the field is
 * required); everything else is checked for its kind, with a message a person can act on.
 */
export function parseFieldValue(field: FieldDefinition, raw: unknown): ParsedValue {
  if (isBlank(raw)) {
    if (field.kind === 'boolean') return { ok: true, value: false };
    return field.required ? { ok: false, message: missingMessage(field) } : { ok: true, value: field.kind === 'multiChoice' ? [] : null };
  }
  return parsePresent(field, raw);
}

/** The values a new item starts with: each field's declared default (the same SharePoint gives the column). */
export function defaultValues(register: { fields: Readonly<Record<string, FieldDefinition>> }): Record<string, unknown> {
  return Object.fromEntries(Object.entries(register.fields).flatMap(([name, field]) => ('default' in field && field.default !== undefined ? [[name, field.default]] : [])));
}
