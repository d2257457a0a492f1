import { formatLondonDateTime } from '../clock';
import type { FieldDefinition } from './fields';
import { isBlank } from './fieldValues';

/** "31/03/2026" from "2026-03-31". */
export function ukDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** "50,000": a count as people read it. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** A value as people read it on screen: UK dates, names for people, Yes/No, NHS numbers grouped 3-3-4. */
export function displayValue(field: FieldDefinition, value: unknown): string {
  if (field.kind === 'boolean') return value ? 'Yes' : 'No';
  if (isBlank(value)) return '';
  switch (field.kind) {
    case 'date':
      return ukDate(String(value));
    case 'dateTime':
      return formatLondonDateTime(new Date(String(value)));
    case 'person':
    case 'lookup': {
      const reference = value as { id: number; title?: string };
      return reference.title ?? `#${reference.id}`;
    }
    case 'multiChoice':
      return (value as string[]).join(', ');
    case 'nhsNumber': {
      // Grouped 3-3-4 whatever its length, so a wrong one reads like the rest (and no spreadsheet turns it into 9.43E+09).
      const digits = String(value).replace(/[\s-]/g, '');
      return /^\d+$/.test(digits) ? [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].filter(Boolean).join(' ') : String(value);
    }
    default:
      return String(value);
  }
}
