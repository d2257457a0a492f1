import type { FieldDefinition } from './fields';
import { identifierLengths, sharePointType } from './schemaXml';

/** A list's column as the live site describes it. */
export interface SiteColumn {
  name: string;
  title: string;
  /** SharePoint's TypeAsString. */
  type: string;
  description: string;
  required: boolean;
  indexed: boolean;
  unique: boolean;
  choices?: readonly string[];
  maxLength?: number;
  /** SharePoint's own columns (Title, Created, Modified, ID…), hidden ones and read-only ones: never a person's addition. */
  builtIn: boolean;
}

/** One way a live column differs from its declaration; `declared` is what the register says. */
export type ColumnDifference =
  | { kind: 'type'; site: string; declared: string }
  | { kind: 'title'; site: string; declared: string }
  | { kind: 'description'; site: string; declared: string }
  | { kind: 'required'; declared: boolean }
  | { kind: 'indexed'; declared: boolean }
  | { kind: 'unique'; declared: boolean }
  | { kind: 'choices'; declared: readonly string[]; extra: string[]; missing: string[] }
  | { kind: 'maxLength'; site: number; declared: number };

/** The length a declared field allows: its own for text, the identifier's for NHS numbers, postcodes and the like. */
function declaredMaxLength(field: FieldDefinition): number | undefined {
  if (field.kind === 'text') return field.maxLength;
  if (field.kind in identifierLengths) return identifierLengths[field.kind as keyof typeof identifierLengths];
  return undefined;
}

/**
 * How a live column differs from its declaration, in the order provisioning mends them. A different
 * SharePoint type is the only difference reported when there is one: nothing else compares across types.
 * What the dictionary shows as drift and what provisioning changes are the same comparison.
 */
export function columnDifferences(field: FieldDefinition, column: SiteColumn): ColumnDifference[] {
  const declaredType = sharePointType[field.kind];
  if (column.type !== declaredType) return [{ kind: 'type', site: column.type, declared: declaredType }];
  const found: ColumnDifference[] = [];
  if (column.title !== field.title) found.push({ kind: 'title', site: column.title, declared: field.title });
  if ((column.description ?? '') !== field.description) found.push({ kind: 'description', site: column.description ?? '', declared: field.description });
  if (column.required !== field.required) found.push({ kind: 'required', declared: field.required });
  if (column.indexed !== field.indexed) found.push({ kind: 'indexed', declared: field.indexed });
  if (column.unique !== field.unique) found.push({ kind: 'unique', declared: field.unique });
  if (field.kind === 'choice' || field.kind === 'multiChoice') {
    const onSite = column.choices ?? [];
    const extra = onSite.filter((choice) => !field.choices.includes(choice));
    const missing = field.choices.filter((choice) => !onSite.includes(choice));
    if (extra.length || missing.length) found.push({ kind: 'choices', declared: field.choices, extra, missing });
  }
  const maxLength = declaredMaxLength(field);
  if (maxLength !== undefined && column.maxLength !== undefined && column.maxLength !== maxLength) found.push({ kind: 'maxLength', site: column.maxLength, declared: maxLength });
  return found;
}
