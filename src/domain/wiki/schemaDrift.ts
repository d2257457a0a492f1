import type { Register } from '../lists/defineList';
import type { FieldDefinition } from '../lists/fields';
import { identifierLengths, sharePointType } from '../lists/schemaXml';
import { systemFields } from '../lists/systemFields';

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

/** Where the live list differs from the register for one column, in sentences a custodian can act on. */
export interface ColumnDrift {
  name: string;
  title: string;
  /** On the site but not in the register (added by hand in the browser, most likely). */
  undeclared: boolean;
  differences: string[];
}

const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

function maxLengthOf(field: FieldDefinition): number | undefined {
  if (field.kind === 'text') return field.maxLength;
  if (field.kind in identifierLengths) return identifierLengths[field.kind as keyof typeof identifierLengths];
  return undefined;
}

function differences(field: FieldDefinition, column: SiteColumn): string[] {
  const found: string[] = [];
  const declaredType = sharePointType[field.kind];
  if (column.type !== declaredType) return [`The site holds it as a ${column.type} column; the register declares ${declaredType}.`];
  if (column.title !== field.title) found.push(`The site calls it "${column.title}"; the register, "${field.title}".`);
  if (column.required !== field.required) found.push(field.required ? 'The register requires it; the site does not.' : 'The site requires it; the register does not.');
  if (column.unique !== field.unique) found.push(field.unique ? 'The register keeps its values unique; the site does not.' : 'The site keeps its values unique; the register does not.');
  else if ((field.indexed || field.unique) && !column.indexed) found.push('The register indexes it; the site does not, so filtering on it fails above 5,000 items.');
  if (field.kind === 'choice' || field.kind === 'multiChoice') {
    const onSite = column.choices ?? [];
    const extra = onSite.filter((choice) => !field.choices.includes(choice));
    const missing = field.choices.filter((choice) => !onSite.includes(choice));
    if (extra.length) found.push(`The site also offers ${quoted(extra)}.`);
    if (missing.length) found.push(`The site does not offer ${quoted(missing)}.`);
  }
  const maxLength = maxLengthOf(field);
  if (maxLength !== undefined && column.maxLength !== undefined && column.maxLength !== maxLength) {
    found.push(`The site allows ${column.maxLength} characters; the register, ${maxLength}.`);
  }
  if ((column.description ?? '') !== field.description) found.push(`Its description on the site differs: "${column.description}".`);
  return found;
}

/**
 * How the live list differs from its register, column by column: declared columns that are missing or
 * changed, then columns the register does not declare. Empty when the site matches.
 */
export function schemaDrift(register: Register, columns: readonly SiteColumn[]): ColumnDrift[] {
  const byName = new Map(columns.map((column) => [column.name.toLowerCase(), column]));
  const declared: Array<[string, FieldDefinition]> = [...Object.entries(register.fields), ...(Object.entries(systemFields) as Array<[string, FieldDefinition]>)];
  const declaredNames = new Set(declared.map(([name]) => name.toLowerCase()));
  const drift: ColumnDrift[] = [];
  for (const [name, field] of declared) {
    const column = byName.get(name.toLowerCase());
    if (!column) {
      drift.push({ name, title: field.title, undeclared: false, differences: ['Not on the site: the list is behind the register until a site owner updates it.'] });
      continue;
    }
    const found = differences(field, column);
    if (found.length) drift.push({ name, title: field.title, undeclared: false, differences: found });
  }
  for (const column of columns) {
    if (column.builtIn || declaredNames.has(column.name.toLowerCase())) continue;
    drift.push({ name: column.name, title: column.title, undeclared: true, differences: [`On the site but not in the register: a ${column.type} column added outside Custodian.`] });
  }
  return drift;
}
