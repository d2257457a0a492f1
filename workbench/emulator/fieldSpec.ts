import { XMLParser } from 'fast-xml-parser';
import { badRequest } from './sharePointError';

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
  maxLength?: number;
  min?: number;
  max?: number;
  choices: string[];
  /** DateOnly or DateTime for dates. */
  format?: string;
  default?: string;
  validationFormula?: string;
  validationMessage?: string;
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
    readOnly: flag(field.ReadOnly),
    maxLength: optionalNumber(field.MaxLength) ?? (type === 'Text' ? 255 : undefined),
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
