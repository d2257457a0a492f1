import { neutraliseFormula } from '../export/exportTable';
import { isEnforcedBySharePoint, type Register } from '../lists/defineList';
import type { FieldDefinition } from '../lists/fields';
import { ruleSentence } from '../lists/ruleSentence';
import { ruleFields, type QualityDimension, type Severity } from '../lists/rules';
import { identifierLengths, sharePointType } from '../lists/schemaXml';
import { systemFields } from '../lists/systemFields';
import { qualityChecks } from '../quality/qualityChecks';
import type { SiteColumn } from '../lists/columnDifferences';

/** A rule that involves a field, as the dictionary describes it. */
export interface DictionaryRule {
  id: string;
  sentence: string;
  severity: Severity;
  /** SharePoint refuses a save that breaks it, wherever the save is made; otherwise only Custodian's form and checks know it. */
  enforcedBySharePoint: boolean;
}

/** A data-quality check that looks at a field, by id (for its latest results) and sentence; the rules' own checks are listed as rules. */
export interface DictionaryCheck {
  id: string;
  dimension: QualityDimension;
  sentence: string;
}

/** One column of a list, as an analyst needs to know it. */
export interface DictionaryEntry {
  /** The SharePoint internal name, as analysts and Power BI see it. */
  name: string;
  title: string;
  /** SharePoint's TypeAsString: "Text", "Choice", "DateTime"… */
  sharePointType: string;
  /** The kind of value, in plain English: "Date", "NHS number", "Lookup to FOI Requesters". */
  type: string;
  required: boolean;
  unique: boolean;
  indexed: boolean;
  allowedValues: readonly string[];
  /** What a valid value looks like, in plain English; empty where any value of the type will do. */
  format: string;
  description: string;
  personal: boolean;
  critical: boolean;
  /** Set by Custodian itself, never typed by a person. */
  system: boolean;
  rules: DictionaryRule[];
  checks: DictionaryCheck[];
}

const kindNames: Record<FieldDefinition['kind'], string> = {
  text: 'Text',
  note: 'Text, several lines',
  number: 'Number',
  currency: 'Money (£)',
  boolean: 'Yes or no',
  date: 'Date',
  dateTime: 'Date and time',
  choice: 'Choice',
  multiChoice: 'Choices (one or more)',
  person: 'Person',
  lookup: 'Lookup',
  nhsNumber: 'NHS number',
  uprn: 'UPRN',
  postcode: 'Postcode',
  email: 'Email address',
  phone: 'Phone number'
};

const range = (min: number | undefined, max: number | undefined, unit = ''): string =>
  min !== undefined && max !== undefined ? `from ${unit}${min} to ${unit}${max}` : min !== undefined ? `at least ${unit}${min}` : max !== undefined ? `at most ${unit}${max}` : '';

function formatOf(field: FieldDefinition, registerTitle: (name: string) => string): string {
  switch (field.kind) {
    case 'text':
      return `Up to ${field.maxLength} characters.`;
    case 'nhsNumber':
      return '10 digits; the last is a Modulus 11 check digit. Stored without spaces.';
    case 'uprn':
      return `Up to ${identifierLengths.uprn} digits: the Unique Property Reference Number from the address gazetteer.`;
    case 'postcode':
      return 'A UK postcode, stored in capitals with one space: "M1 1AE".';
    case 'email':
      return 'An email address.';
    case 'phone':
      return 'A UK phone number, stored in international form without spaces: "+441611234567".';
    case 'number': {
      const bounds = range(field.min, field.max);
      return `${field.integer ? 'A whole number' : 'A number (two decimal places)'}${bounds ? `, ${bounds}` : ''}.`;
    }
    case 'currency': {
      const bounds = range(field.min, field.max, '£');
      return `Pounds and pence${bounds ? `, ${bounds}` : ''}.`;
    }
    case 'date':
      return 'A day, shown as dd/mm/yyyy in UK time; no time of day.';
    case 'dateTime':
      return 'A moment, stored in UTC and shown in UK time.';
    case 'choice':
      return 'One of the allowed values.';
    case 'multiChoice':
      return 'Any of the allowed values.';
    case 'lookup':
      return `An item of ${registerTitle(field.register)}, shown by its title.`;
    case 'person':
      return 'Someone who can sign in to the site.';
    default:
      return '';
  }
}

/**
 * A register's data dictionary, derived from its declaration and nothing else, so it cannot drift from the
 * lists Custodian provisions: every declared field in order, then the columns Custodian adds to every list.
 */
export function registerDictionary(register: Register, registerTitle: (name: string) => string = (name) => name): DictionaryEntry[] {
  const ruleIds = new Set(register.rules.map((rule) => rule.id));
  const checks = qualityChecks(register).filter((check) => !ruleIds.has(check.id));
  const entry = (name: string, field: FieldDefinition, system: boolean): DictionaryEntry => ({
    name,
    title: field.title,
    sharePointType: sharePointType[field.kind],
    type: field.kind === 'lookup' ? `Lookup to ${registerTitle(field.register)}` : kindNames[field.kind],
    required: field.required,
    unique: field.unique,
    indexed: field.indexed || field.unique,
    allowedValues: field.kind === 'choice' || field.kind === 'multiChoice' ? field.choices : [],
    format: formatOf(field, registerTitle),
    description: field.description,
    personal: field.personal,
    critical: field.critical,
    system,
    rules: register.rules
      .filter((rule) => rule.field === name || ruleFields(rule).includes(name))
      .map((rule) => ({ id: rule.id, sentence: ruleSentence(rule, register.fields), severity: rule.severity, enforcedBySharePoint: isEnforcedBySharePoint(rule, register.fields) })),
    checks: checks.filter((check) => check.fields.includes(name)).map(({ id, dimension, sentence }) => ({ id, dimension, sentence }))
  });
  return [
    ...Object.entries(register.fields).map(([name, field]) => entry(name, field, false)),
    ...Object.entries(systemFields).map(([name, field]) => entry(name, field as FieldDefinition, true))
  ];
}

/**
 * The dictionary of a list no register declares, read from its live schema: what SharePoint knows of each
 * column a person added (and Title), with the descriptions custodians wrote for it where they did.
 */
export function siteListDictionary(columns: readonly SiteColumn[], notes: ReadonlyMap<string, string> = new Map()): DictionaryEntry[] {
  return columns
    .filter((column) => !column.builtIn || column.name === 'Title')
    .map((column) => ({
      name: column.name,
      title: column.title,
      sharePointType: column.type,
      type: column.type,
      required: column.required,
      unique: column.unique,
      indexed: column.indexed,
      allowedValues: column.choices ?? [],
      format: column.type === 'Text' && column.maxLength !== undefined ? `Up to ${column.maxLength} characters.` : '',
      description: notes.get(column.name) || column.description,
      personal: false,
      critical: false,
      system: false,
      rules: [],
      checks: []
    }));
}

/** A dictionary as a table for analysts: one row per column, every fact in its own cell, none a spreadsheet would run. */
export function dictionaryTable(entries: readonly DictionaryEntry[]): { headers: string[]; rows: string[][] } {
  const yes = (value: boolean): string => (value ? 'Yes' : 'No');
  return {
    headers: ['Title', 'Internal name', 'Type', 'SharePoint type', 'Required', 'Unique', 'Indexed', 'Allowed values', 'Format', 'Description', 'Personal data', 'Critical', 'Set by Custodian', 'Rules', 'Data-quality checks'],
    rows: entries.map((entry) =>
      [
        entry.title,
        entry.name,
        entry.type,
        entry.sharePointType,
        yes(entry.required),
        yes(entry.unique),
        yes(entry.indexed),
        entry.allowedValues.join('; '),
        entry.format,
        entry.description,
        yes(entry.personal),
        yes(entry.critical),
        yes(entry.system),
        entry.rules.map((rule) => `${rule.sentence}${rule.enforcedBySharePoint ? ' (SharePoint refuses a save that breaks it)' : ''}`).join(' '),
        entry.checks.map((check) => check.sentence).join(' ')
      ].map(neutraliseFormula)
    )
  };
}
