import type { Register } from '../../../src/domain/lists/defineList';
import type { SiteColumn } from '../../../src/domain/lists/columnDifferences';
import { sharePointType } from '../../../src/domain/lists/schemaXml';
import { systemFields } from '../../../src/domain/lists/systemFields';
import { urgentCareReferrals } from '../../../src/domain/registers';
import { schemaDrift } from '../../../src/domain/wiki/schemaDrift';

const register = urgentCareReferrals as unknown as Register;

/** The live columns exactly as declared, then changed by `edit`. */
function siteColumns(edit: (columns: Map<string, SiteColumn>) => void): SiteColumn[] {
  const columns = new Map(
    Object.entries({ ...register.fields, ...systemFields }).map(([name, field]): [string, SiteColumn] => [
      name,
      {
        name,
        title: field.title,
        type: sharePointType[field.kind],
        description: field.description,
        required: field.required,
        indexed: field.indexed,
        unique: field.unique,
        choices: field.kind === 'choice' || field.kind === 'multiChoice' ? field.choices : undefined,
        builtIn: false
      }
    ])
  );
  edit(columns);
  return [...columns.values()];
}

const change = (name: string, changes: Partial<SiteColumn>) => (columns: Map<string, SiteColumn>) => columns.set(name, { ...columns.get(name)!, ...changes });

describe('schema drift', () => {
  it('is empty when the site holds the declaration', () => {
    expect(schemaDrift(register, siteColumns(() => undefined))).toEqual([]);
  });

  it('says a lost index once, and only when the register asks for one', () => {
    const indexed = Object.entries(register.fields).find(([, field]) => field.indexed && !field.unique)![0];
    const plain = Object.entries(register.fields).find(([, field]) => !field.indexed)![0];
    expect(schemaDrift(register, siteColumns(change(indexed, { indexed: false })))[0].differences).toEqual(['The register indexes it; the site does not, so filtering on it fails above 5,000 items.']);
    expect(schemaDrift(register, siteColumns(change(plain, { indexed: true })))).toEqual([]);
  });

  it('reports a different type alone, and an identifier’s length as well as a text’s', () => {
    expect(schemaDrift(register, siteColumns(change('Title', { type: 'Note', required: false })))[0].differences).toEqual(['The site holds it as a Note column; the register declares Text.']);
    expect(schemaDrift(register, siteColumns(change('NhsNumber', { maxLength: 12 })))[0].differences).toEqual(['The site allows 12 characters; the register, 10.']);
  });
});
