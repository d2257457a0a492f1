import { londonMidnightUtc } from '../domain/calendar/londonTime';
import { isIsoDate } from '../domain/calendar/isoDate';
import type { FieldDefinition } from '../domain/lists/fields';
import type { Register } from '../domain/lists/defineList';

/**
 * Typed conditions on a register's fields, turned into OData `$filter` text with every value escaped
 * for its kind, so that a name like O'Brien or a value like "x' or 1 eq 1" stays a value.
 */

export type Comparison = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export interface Condition {
  field: string;
  op: Comparison | 'startswith' | 'contains';
  value: string | number | boolean | { id: number } | null;
}

export function where(field: string, op: Condition['op'], value: Condition['value']): Condition {
  return { field, op, value };
}

/** Text as an OData string literal, its quotes doubled. */
export const odataString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function literal(name: string, field: FieldDefinition, value: Condition['value']): string {
  if (value === null) return 'null';
  switch (field.kind) {
    case 'number':
    case 'currency':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${name} is compared with a number.`);
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new TypeError(`${name} is compared with yes or no.`);
      return String(value);
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) throw new TypeError(`${name} is compared with a date (yyyy-mm-dd).`);
      return `datetime'${londonMidnightUtc(value)}'`;
    case 'dateTime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new TypeError(`${name} is compared with a date and time.`);
      return `datetime'${new Date(value).toISOString()}'`;
    case 'person':
    case 'lookup': {
      const id = typeof value === 'object' ? value.id : value;
      if (typeof id !== 'number' || !Number.isInteger(id)) throw new TypeError(`${name} is compared with an id.`);
      return String(id);
    }
    default:
      if (typeof value !== 'string') throw new TypeError(`${name} is compared with text.`);
      return odataString(value);
  }
}

function fieldOf(register: Register, name: string): FieldDefinition {
  const field = register.fields[name];
  if (!field) throw new TypeError(`${register.title} has no field ${name}.`);
  return field;
}

export function conditionExpression(register: Register, condition: Condition): string {
  const field = fieldOf(register, condition.field);
  const column = field.kind === 'person' || field.kind === 'lookup' ? `${condition.field}Id` : condition.field;
  const value = literal(condition.field, field, condition.value);
  if (condition.op === 'startswith') return `startswith(${column},${value})`;
  if (condition.op === 'contains') return `substringof(${value},${column})`;
  return `${column} ${condition.op} ${value}`;
}

/** Conditions joined with `and`, those on indexed columns first: SharePoint narrows a large list by the first index. */
export function filterExpression(register: Register, conditions: readonly Condition[]): string {
  const indexedFirst = [...conditions].sort(
    (a, b) => Number(fieldOf(register, b.field).indexed) - Number(fieldOf(register, a.field).indexed)
  );
  return indexedFirst.map((condition) => conditionExpression(register, condition)).join(' and ');
}
