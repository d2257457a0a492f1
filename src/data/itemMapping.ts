import type { IsoDate } from '../domain/calendar/isoDate';
import { londonDateOf, londonMidnightUtc } from '../domain/calendar/londonTime';
import type { ItemOf, Register } from '../domain/lists/defineList';
import type { FieldDefinition, LookupValue, PersonValue } from '../domain/lists/fields';
import type { ItemRecord, Saved } from '../domain/lists/itemQuery';
import { idempotencyKeyName, legacyMarkerName } from '../domain/lists/systemFields';

/**
 * The one place SharePoint's values become domain values and back: date-only columns ↔ ISO dates in UK
 * time, people ↔ { id, title, email }, lookups ↔ { id, title }, multi-choice ↔ arrays.
 */


const isReference = (field: FieldDefinition): boolean => field.kind === 'person' || field.kind === 'lookup';

/** The property a REST write sets for a field: a person or lookup is written by its id (`LeadOfficerId`). */
export const writeNameOf = (name: string, field: FieldDefinition | undefined): string => (field && isReference(field) ? `${name}Id` : name);

export interface ReadShape {
  select: string[];
  expand: string[];
}

/**
 * What to $select and $expand to read the register's fields (`only` these, when given). A listing is for a
 * screen that shows items, not one that edits them: a person by id and name, without the system columns
 * unless `only` names the legacy marker.
 */
export function readShape(register: Register, only?: readonly string[], listing = false): ReadShape {
  const system = listing ? [legacyMarkerName].filter((name) => only?.includes(name)) : [idempotencyKeyName, legacyMarkerName];
  const select = ['Id', 'Modified', 'EditorId', ...system];
  const expand: string[] = [];
  for (const [name, field] of Object.entries(register.fields)) {
    if (only && !only.includes(name)) continue;
    if (field.kind === 'person') {
      select.push(`${name}/Id`, `${name}/Title`, ...(listing ? [] : [`${name}/EMail`]));
      expand.push(name);
    } else if (field.kind === 'lookup') {
      select.push(`${name}/Id`, `${name}/Title`);
      expand.push(name);
    } else select.push(name);
  }
  return { select, expand };
}

// A register's dates repeat (a year of referrals has a few hundred distinct days): each instant is worked
// out once, not once per item, when a page of thousands is read.
const datesByInstant = new Map<string, IsoDate>();
function dateOf(instant: string): IsoDate {
  let date = datesByInstant.get(instant);
  if (date === undefined) {
    date = londonDateOf(instant);
    if (datesByInstant.size > 20_000) datesByInstant.clear();
    datesByInstant.set(instant, date);
  }
  return date;
}

function fromSharePointValue(field: FieldDefinition, raw: unknown): unknown {
  if (field.kind === 'boolean') return Boolean(raw);
  if (field.kind === 'multiChoice') {
    const values = Array.isArray(raw) ? raw : (raw as { results?: unknown[] } | null)?.results;
    return values ?? [];
  }
  if (raw === null || raw === undefined || raw === '') return null;
  switch (field.kind) {
    case 'date':
      return dateOf(String(raw));
    case 'person': {
      const person = raw as { Id: number; Title?: string; EMail?: string };
      const value: PersonValue = { id: person.Id, ...(person.Title ? { title: person.Title } : {}), ...(person.EMail ? { email: person.EMail } : {}) };
      return value;
    }
    case 'lookup': {
      const lookup = raw as { Id: number; Title?: string };
      const value: LookupValue = { id: lookup.Id, ...(lookup.Title ? { title: lookup.Title } : {}) };
      return value;
    }
    default:
      return raw;
  }
}

/** An item as SharePoint returned it (read with readShape) in domain terms. */
export function fromSharePoint<R extends Register>(register: R, raw: Record<string, unknown>): Saved<ItemOf<R>> {
  return { ...recordFromSharePoint(register, raw, Object.keys(register.fields)), etag: String(raw['odata.etag'] ?? (raw.__metadata as { etag?: string } | undefined)?.etag ?? '*') };
}

/**
 * An item read by a listing (readShape's `listing`) with only these fields: the fields not read are absent,
 * not blank, and with no ETag it cannot be written back: an edit reads the item whole first.
 */
export function recordFromSharePoint<R extends Register>(register: R, raw: Record<string, unknown>, fields: readonly string[]): ItemRecord<ItemOf<R>> {
  const item = Object.fromEntries(fields.map((name) => [name, fromSharePointValue(register.fields[name], raw[name])]));
  return {
    id: Number(raw.Id),
    item: item as ItemOf<R>,
    modified: String(raw.Modified),
    editorId: Number(raw.EditorId),
    ...(raw[legacyMarkerName] === true ? { legacy: true } : {})
  };
}

function toSharePointValue(field: FieldDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return field.kind === 'multiChoice' ? [] : null;
  switch (field.kind) {
    case 'date':
      return londonMidnightUtc(String(value));
    case 'person':
    case 'lookup':
      return (value as { id: number }).id;
    default:
      return value;
  }
}

/** Domain values (already checked by the register's schema) as the properties of a REST write. */
export function toSharePoint(register: Register, values: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const field = register.fields[name];
    if (!field) continue;
    properties[writeNameOf(name, field)] = toSharePointValue(field, value);
  }
  return properties;
}
