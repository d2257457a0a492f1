import { XMLParser } from 'fast-xml-parser';
import { badRequest, SharePointError } from './sharePointError';

/** SP.FieldType: the number each column type has in FieldTypeKind. */
export const fieldTypeKinds: Readonly<Record<string, number>> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  Calculated: 17,
  User: 20
};

/** Column types the emulator stores and checks; any other is refused when the column is created, not later. */
const emulatedFieldTypes = new Set(['Text', 'Note', 'Number', 'Currency', 'Boolean', 'DateTime', 'Choice', 'MultiChoice', 'User', 'Lookup', 'Calculated']);

/** A list column as the emulator keeps it: what SharePoint reads from a field's SchemaXml. */
export interface FieldSpec {
  id: string;
  internalName: string;
  title: string;
  description: string;
  /** SharePoint's field type name: Text, Note, Number, Currency, Boolean, DateTime, Choice, MultiChoice, User, Lookup, Counter, Guid. */
  type: string;
  required: boolean;
  unique: boolean;
  indexed: boolean;
  readOnly: boolean;
  /** One of SharePoint's own columns every list starts with (Title): set only by the emulator, never from a caller's SchemaXml. */
  fromBaseType?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  choices: string[];
  /** DateOnly or DateTime for dates. */
  format?: string;
  default?: string;
  validationFormula?: string;
  validationMessage?: string;
  /** A calculated column's formula and the type of its result (Text, Number, Currency, DateTime, Boolean). */
  formula?: string;
  resultType?: string;
  hidden?: boolean;
  /** The site column group it is listed under. */
  group?: string;
  /** Whether the list's display, edit and new forms show it (SetShowInDisplayForm and the others). */
  showIn?: { display: boolean; edit: boolean; new: boolean };
  /** Lookup target list (id or web-relative URL) and the column it shows. */
  lookupList?: string;
  showField?: string;
  schemaXml: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, trimValues: false });

const flag = (value: unknown): boolean => String(value ?? '').toUpperCase() === 'TRUE';
const optionalNumber = (value: unknown): number | undefined => (value === undefined || value === '' ? undefined : Number(value));

function textOf(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === 'object') return String((node as Record<string, unknown>)['#text'] ?? '');
  return String(node);
}

/** Reads a field's SchemaXml the way createfieldasxml does; refuses what SharePoint would refuse. */
export function parseFieldSchema(schemaXml: string, newId: () => string): FieldSpec {
  // SharePoint reads SchemaXml with DTD processing prohibited: no document type, no entities of one's own.
  if (/<!DOCTYPE|<!ENTITY/i.test(schemaXml)) throw badRequest('The field schema XML may not contain a DTD.');
  let document: { Field?: Record<string, unknown> };
  try {
    document = parser.parse(schemaXml);
  } catch {
    throw badRequest('The field schema XML is not well formed.');
  }
  const field = document.Field;
  if (!field) throw badRequest('The field schema XML has no Field element.');
  const internalName = String(field.Name ?? field.StaticName ?? field.DisplayName ?? '');
  const type = String(field.Type ?? '');
  if (!internalName || !type) throw badRequest('A field needs a Name and a Type.');
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(internalName)) throw badRequest(`The column name "${internalName}" is not valid: letters, digits and _ only, at most 32.`);
  if (!emulatedFieldTypes.has(type)) {
    throw new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', `Columns of type ${type} are not emulated. The emulator keeps: ${[...emulatedFieldTypes].join(', ')}.`);
  }
  const maxLength = optionalNumber(field.MaxLength);
  if (maxLength !== undefined && (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 255)) throw badRequest('MaxLength must be a whole number from 1 to 255.');
  for (const bound of ['Min', 'Max'] as const) {
    if (field[bound] !== undefined && !Number.isFinite(optionalNumber(field[bound]))) throw badRequest(`${bound} must be a number.`);
  }
  const formula = textOf(field.Formula);
  if (type === 'Calculated' && !formula) throw badRequest('A calculated column needs a Formula.');
  const choicesNode = (field.CHOICES as { CHOICE?: unknown } | undefined)?.CHOICE;
  const choices = choicesNode === undefined ? [] : (Array.isArray(choicesNode) ? choicesNode : [choicesNode]).map((choice) => String(textOf(choice)));
  const validation = field.Validation;
  const unique = flag(field.EnforceUniqueValues);
  const indexed = flag(field.Indexed);
  // Field.EnforceUniqueValues: "you should also set the Indexed property to true". Refusing is our assumption.
  if (unique && !indexed) throw badRequest('The column must be indexed before it can enforce unique values.');
  return {
    id: String(field.ID ?? `{${newId()}}`).replace(/[{}]/g, '').toLowerCase(),
    internalName,
    title: String(field.DisplayName ?? internalName),
    description: String(field.Description ?? ''),
    type,
    required: flag(field.Required),
    unique,
    indexed,
    readOnly: flag(field.ReadOnly) || type === 'Calculated',
    hidden: flag(field.Hidden),
    group: field.Group === undefined ? undefined : String(field.Group),
    formula,
    resultType: field.ResultType === undefined ? undefined : String(field.ResultType),
    maxLength: maxLength ?? (type === 'Text' ? 255 : undefined),
    min: optionalNumber(field.Min),
    max: optionalNumber(field.Max),
    choices,
    format: field.Format === undefined ? undefined : String(field.Format),
    default: textOf(field.Default),
    validationFormula: textOf(validation),
    validationMessage: validation && typeof validation === 'object' ? String((validation as Record<string, unknown>).Message ?? '') : undefined,
    lookupList: field.List === undefined ? undefined : String(field.List),
    showField: field.ShowField === undefined ? undefined : String(field.ShowField),
    schemaXml
  };
}
