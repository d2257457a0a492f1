import type { Register } from '../lists/defineList';
import { columnDifferences, type ColumnDifference, type SiteColumn } from '../lists/columnDifferences';
import type { FieldDefinition } from '../lists/fields';
import { systemFields } from '../lists/systemFields';

/** Where the live list differs from the register for one column, in sentences a custodian can act on. */
export interface ColumnDrift {
  name: string;
  title: string;
  /** On the site but not in the register (added by hand in the browser, most likely). */
  undeclared: boolean;
  differences: string[];
}

const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

/** A difference as a custodian reads it; an index the register does not ask for is no drift. */
function sentence(difference: ColumnDifference, all: readonly ColumnDifference[]): string[] {
  switch (difference.kind) {
    case 'type':
      return [`The site holds it as a ${difference.site} column; the register declares ${difference.declared}.`];
    case 'title':
      return [`The site calls it "${difference.site}"; the register, "${difference.declared}".`];
    case 'description':
      return [`Its description on the site differs: "${difference.site}".`];
    case 'required':
      return [difference.declared ? 'The register requires it; the site does not.' : 'The site requires it; the register does not.'];
    case 'unique':
      return [difference.declared ? 'The register keeps its values unique; the site does not.' : 'The site keeps its values unique; the register does not.'];
    case 'indexed':
      // A unique column's index comes and goes with its uniqueness: that difference is said once, as uniqueness.
      return difference.declared && !all.some(({ kind }) => kind === 'unique') ? ['The register indexes it; the site does not, so filtering on it fails above 5,000 items.'] : [];
    case 'choices':
      return [...(difference.extra.length ? [`The site also offers ${quoted(difference.extra)}.`] : []), ...(difference.missing.length ? [`The site does not offer ${quoted(difference.missing)}.`] : [])];
    case 'maxLength':
      return [`The site allows ${difference.site} characters; the register, ${difference.declared}.`];
  }
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
    const all = columnDifferences(field, column);
    const found = all.flatMap((difference) => sentence(difference, all));
    if (found.length) drift.push({ name, title: field.title, undeclared: false, differences: found });
  }
  for (const column of columns) {
    if (column.builtIn || declaredNames.has(column.name.toLowerCase())) continue;
    drift.push({ name: column.name, title: column.title, undeclared: true, differences: [`On the site but not in the register: a ${column.type} column added outside Custodian.`] });
  }
  return drift;
}
