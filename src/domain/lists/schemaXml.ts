import { v5 as uuidV5 } from 'uuid';
import type { Register } from './defineList';
import type { FieldDefinition } from './fields';
import { columnValidation } from './sharePointValidation';

/** Namespace for Custodian's field ids: the same register and field always get the same id. */
const fieldIdNamespace = '3f6f3a0e-61f5-4c1e-9a55-3d5b8f2f2b7c';
/** SharePoint's own Title column, which every register renames rather than adds. */
export const titleFieldId = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

export function fieldId(register: Pick<Register, 'name'>, internalName: string): string {
  return internalName === 'Title' ? titleFieldId : uuidV5(`${register.name}/${internalName}`, fieldIdNamespace);
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The TypeAsString SharePoint reports for each kind of field. */
export const sharePointType: Record<FieldDefinition['kind'], string> = {
  text: 'Text',
  nhsNumber: 'Text',
  uprn: 'Text',
  postcode: 'Text',
  email: 'Text',
  phone: 'Text',
  note: 'Note',
  number: 'Number',
  currency: 'Currency',
  boolean: 'Boolean',
  date: 'DateTime',
  dateTime: 'DateTime',
  choice: 'Choice',
  multiChoice: 'MultiChoice',
  person: 'User',
  lookup: 'Lookup'
};

export const identifierLengths = { nhsNumber: 10, uprn: 12, postcode: 8, email: 254, phone: 32 } as const;

function typeAttributes(field: FieldDefinition, lookupListUrl: (register: string) => string): Record<string, string> {
  switch (field.kind) {
    case 'text':
      return { Type: 'Text', MaxLength: String(field.maxLength) };
    case 'nhsNumber':
    case 'uprn':
    case 'postcode':
    case 'email':
    case 'phone':
      return { Type: 'Text', MaxLength: String(identifierLengths[field.kind]) };
    case 'note':
      return { Type: 'Note', NumLines: '6', RichText: 'FALSE', AppendOnly: 'FALSE' };
    case 'number':
      return {
        Type: 'Number',
        ...(field.min !== undefined ? { Min: String(field.min) } : {}),
        ...(field.max !== undefined ? { Max: String(field.max) } : {}),
        Decimals: field.integer ? '0' : '2'
      };
    case 'currency':
      return {
        Type: 'Currency',
        LCID: '2057',
        Decimals: '2',
        ...(field.min !== undefined ? { Min: String(field.min) } : {}),
        ...(field.max !== undefined ? { Max: String(field.max) } : {})
      };
    case 'boolean':
      return { Type: 'Boolean' };
    case 'date':
      return { Type: 'DateTime', Format: 'DateOnly', FriendlyDisplayFormat: 'Disabled' };
    case 'dateTime':
      return { Type: 'DateTime', Format: 'DateTime' };
    case 'choice':
      return { Type: 'Choice', Format: 'Dropdown', FillInChoice: 'FALSE' };
    case 'multiChoice':
      return { Type: 'MultiChoice', FillInChoice: 'FALSE' };
    case 'person':
      return { Type: 'User', List: 'UserInfo', ShowField: 'ImnName', UserSelectionMode: 'PeopleOnly', UserSelectionScope: '0' };
    case 'lookup':
      return { Type: 'Lookup', List: lookupListUrl(field.register), ShowField: 'Title' };
  }
}

function defaultValue(field: FieldDefinition): string | undefined {
  if (field.kind === 'boolean') return field.default ? '1' : '0';
  if (field.kind === 'multiChoice') return field.default?.join(';#');
  if (field.kind === 'person' || field.kind === 'lookup') return undefined;
  return field.default === undefined ? undefined : String(field.default);
}

function children(field: FieldDefinition, internalName: string): string {
  const parts: string[] = [];
  const fallback = defaultValue(field);
  if (fallback !== undefined) parts.push(`<Default>${escapeXml(fallback)}</Default>`);
  if (field.kind === 'choice' || field.kind === 'multiChoice') {
    parts.push(`<CHOICES>${field.choices.map((option) => `<CHOICE>${escapeXml(option)}</CHOICE>`).join('')}</CHOICES>`);
  }
  const validation = columnValidation(internalName, field);
  if (validation) parts.push(`<Validation Message="${escapeXml(validation.message)}">${escapeXml(validation.formula)}</Validation>`);
  return parts.join('');
}

/**
 * A field's SchemaXml, as SharePoint's createfieldasxml and list schemas take it. `Required` is declared
 * for SharePoint's own forms; the list validation formula is what enforces it on every write.
 */
export function fieldSchemaXml(
  register: Pick<Register, 'name'>,
  internalName: string,
  field: FieldDefinition,
  lookupListUrl: (register: string) => string
): string {
  const attributes: Record<string, string> = {
    ID: `{${fieldId(register, internalName)}}`,
    Name: internalName,
    StaticName: internalName,
    DisplayName: field.title,
    Description: field.description,
    ...typeAttributes(field, lookupListUrl),
    Required: field.required ? 'TRUE' : 'FALSE',
    ...(field.unique ? { EnforceUniqueValues: 'TRUE' } : {}),
    ...(field.indexed ? { Indexed: 'TRUE' } : {})
  };
  const opening = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
  const inner = children(field, internalName);
  return inner ? `<Field ${opening}>${inner}</Field>` : `<Field ${opening} />`;
}
