import type { IsoDate } from '../calendar/isoDate';
import { londonDateOf } from '../calendar/londonTime';
import type { FieldDefinition } from './fields';
import { isBlank } from './fieldValues';

/**
 * Finding items in memory, the way a tracker's views, quick search, filters and sorting need:
 * pure functions over items already read, so every count on screen comes from the same code.
 */

/** An item's values by field name, as the blocks that serve any register pass them around. */
export type Values = Record<string, unknown>;

/** An item with what every view needs besides its values: who changed it last, and when. */
export interface ItemRecord<T = Record<string, unknown>> {
  id: number;
  item: T;
  modified: string;
  editorId: number;
  /** Imported from a spreadsheet while breaking a rule, and not saved in Custodian since. */
  legacy?: boolean;
}

/** An item as read whole: its values, and what SharePoint needs to update it safely. */
export interface Saved<T = Record<string, unknown>> extends ItemRecord<T> {
  /** The ETag read with the item; sent back on update so nobody's change is overwritten. */
  etag: string;
}

export type ItemFilter =
  /** The field holds one of these choices (or, for a person, one of these user ids). */
  | { kind: 'oneOf'; field: string; values: readonly string[] }
  /** The field's text contains this, ignoring case. */
  | { kind: 'contains'; field: string; text: string }
  /** The date is within the range; either end may be open. Blank dates never match. */
  | { kind: 'dateRange'; field: string; from?: IsoDate; to?: IsoDate };

export interface SortOrder {
  field: string;
  descending: boolean;
}

const valuesOf = (record: ItemRecord): Record<string, unknown> => record.item as Record<string, unknown>;

function textOf(value: unknown): string {
  if (isBlank(value)) return '';
  if (typeof value === 'object' && value !== null && 'title' in value) return String((value as { title?: string }).title ?? '');
  return String(value);
}

function filterKey(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'id' in value) return String((value as { id: number }).id);
  return isBlank(value) ? '' : String(value);
}

/** Whether the filter narrows anything: nothing chosen, typed or dated lets every item through. */
export function isFilterActive(filter: ItemFilter): boolean {
  switch (filter.kind) {
    case 'oneOf':
      return filter.values.length > 0;
    case 'contains':
      return filter.text.trim() !== '';
    case 'dateRange':
      return Boolean(filter.from || filter.to);
  }
}

export function passesFilter(record: ItemRecord, filter: ItemFilter): boolean {
  if (!isFilterActive(filter)) return true;
  const value = valuesOf(record)[filter.field];
  switch (filter.kind) {
    case 'oneOf':
      return filter.values.includes(filterKey(value));
    case 'contains':
      return textOf(value).toLowerCase().includes(filter.text.trim().toLowerCase());
    case 'dateRange': {
      if (isBlank(value)) return false;
      // A date and time is in the range by its UK day.
      const day = String(value).includes('T') ? londonDateOf(String(value)) : String(value);
      return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
    }
  }
}

/**
 * Quick search: digits (with or without spaces) look for an NHS number that contains them; anything
 * else looks for every word in the searched text fields, ignoring case.
 */
export function matchesSearch(fields: Readonly<Record<string, FieldDefinition>>, record: ItemRecord, query: string): boolean {
  const trimmed = query.trim();
  if (!trimmed) return true;
  const values = valuesOf(record);
  const names = Object.keys(fields);
  const digits = trimmed.replace(/\s+/g, '');
  if (/^\d+$/.test(digits)) {
    return names.some((name) => fields[name].kind === 'nhsNumber' && textOf(values[name]).replace(/\D/g, '').includes(digits));
  }
  const words = trimmed.toLowerCase().split(/\s+/);
  const haystack = names
    .filter((name) => fields[name].kind === 'text')
    .map((name) => textOf(values[name]).toLowerCase())
    .join(' ');
  return words.every((word) => haystack.includes(word));
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return textOf(a).localeCompare(textOf(b), 'en-GB', { sensitivity: 'base', numeric: true });
}

/** A stable sort; blanks go last whichever the direction, as people expect of a spreadsheet. */
export function sortRecords<T>(records: ReadonlyArray<ItemRecord<T>>, order: SortOrder): Array<ItemRecord<T>> {
  const key = (record: ItemRecord<T>): unknown => (order.field === 'Modified' ? record.modified : valuesOf(record as ItemRecord)[order.field]);
  return records
    .map((record, index) => ({ record, index, value: key(record) }))
    .sort((a, b) => {
      const aBlank = isBlank(a.value);
      const bBlank = isBlank(b.value);
      if (aBlank || bBlank) return aBlank === bBlank ? a.index - b.index : aBlank ? 1 : -1;
      const compared = compareValues(a.value, b.value);
      return (order.descending ? -compared : compared) || a.index - b.index;
    })
    .map(({ record }) => record);
}
