import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import type { SiteColumn } from '../domain/lists/columnDifferences';

/** A list on the site, as the catalogue shows it. */
export interface SiteList {
  title: string;
  description: string;
  itemCount: number;
}

interface FieldAnswer {
  Id: string;
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Description: string | null;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  MaxLength?: number;
  Choices?: string[];
  Hidden: boolean;
  ReadOnlyField: boolean;
  FromBaseType: boolean;
  ValidationFormula: string | null;
  ValidationMessage: string | null;
}

/** A column as the site has it, with what provisioning also compares: its id and its own validation. */
export interface SiteField extends SiteColumn {
  id: string;
  validationFormula: string;
  validationMessage: string;
}

const customList = 100;

/** The site's own lists people keep (not libraries, not SharePoint's hidden lists), by title. */
export async function readSiteLists(sp: SPFI): Promise<SiteList[]> {
  const lists = await sp.web.lists.select('Title', 'Description', 'ItemCount', 'BaseTemplate', 'Hidden')<
    Array<{ Title: string; Description: string | null; ItemCount: number; BaseTemplate: number; Hidden: boolean }>
  >();
  return lists
    .filter((list) => list.BaseTemplate === customList && !list.Hidden)
    .map((list) => ({ title: list.Title, description: list.Description ?? '', itemCount: list.ItemCount }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}

/** Every column of a list as the live site has it: what the dictionary shows and provisioning mends. */
export async function readSiteColumns(sp: SPFI, listTitle: string): Promise<SiteField[]> {
  const fields = await sp.web.lists
    .getByTitle(listTitle)
    .fields.select(
      'Id',
      'InternalName',
      'Title',
      'TypeAsString',
      'Description',
      'Required',
      'Indexed',
      'EnforceUniqueValues',
      'MaxLength',
      'Choices',
      'Hidden',
      'ReadOnlyField',
      'FromBaseType',
      'ValidationFormula',
      'ValidationMessage'
    )<FieldAnswer[]>();
  return fields.map((field) => ({
    id: field.Id.replace(/[{}]/g, '').toLowerCase(),
    name: field.InternalName,
    title: field.Title,
    type: field.TypeAsString,
    description: field.Description ?? '',
    required: field.Required,
    indexed: field.Indexed,
    unique: field.EnforceUniqueValues,
    ...(field.Choices ? { choices: field.Choices } : {}),
    ...(field.MaxLength !== undefined ? { maxLength: field.MaxLength } : {}),
    builtIn: field.FromBaseType || field.Hidden || field.ReadOnlyField,
    validationFormula: field.ValidationFormula ?? '',
    validationMessage: field.ValidationMessage ?? ''
  }));
}
