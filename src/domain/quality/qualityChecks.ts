import type { Values } from '../lists/itemQuery';
import type { Register, TimelinessRule } from '../lists/defineList';
import type { FieldDefinition } from '../lists/fields';
import { inSentence, isBlank, parseFieldValue } from '../lists/fieldValues';
import { compiled, type RuleContext } from '../lists/rulePredicate';
import { ruleSentence } from '../lists/ruleSentence';
import { fieldsOf, ruleFields, usesNow, type QualityDimension, type Rule } from '../lists/rules';

type ReadValues = Readonly<Values>;

interface CheckCommon {
  /** Stable, kebab-case: snapshots, exceptions and links refer to it. */
  id: string;
  dimension: QualityDimension;
  /** What the check asks for, in plain English. */
  sentence: string;
  /** The fields a steward corrects to pass it, the one most likely wrong first. */
  fields: readonly string[];
}

/** Whether one item keeps the check, from its values alone. */
export interface ItemCheck extends CheckCommon {
  kind: 'item';
  /** False when the check says nothing about this item (a rule whose condition does not hold). */
  applies: (values: ReadValues, context: RuleContext) => boolean;
  passes: (values: ReadValues, context: RuleContext) => boolean;
  /** A save that fails it is refused (a required field, a value that is not valid, a blocking rule): the form says so as an error. */
  blocksSave: boolean;
  /** It asks the time now (a deadline within a day), so only a caller holding the clock can run it. */
  asksTheTime: boolean;
}

/** No two items share the same values of these fields (all filled in). */
export interface UniquenessCheck extends CheckCommon {
  kind: 'unique';
  key: readonly string[];
}

/** Items this describes were changed within the last `withinDays`. */
export interface TimelinessCheck extends CheckCommon {
  kind: 'timely';
  rule: TimelinessRule;
}

export type QualityCheck = ItemCheck | UniquenessCheck | TimelinessCheck;

const kebab = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const capitalised = (text: string): string => text[0].toUpperCase() + text.slice(1);
/** "NHS number", "home postcode": a field's name inside a sentence, without "the". */
const named = (field: FieldDefinition): string => inSentence(field.title).replace(/^the /, '');

/** Kinds whose values SharePoint stores as free text, so only our validators can tell a wrong one. */
const checkedByValidator: ReadonlyArray<FieldDefinition['kind']> = ['nhsNumber', 'uprn', 'postcode', 'email', 'phone'];

function completeness(name: string, field: FieldDefinition): ItemCheck {
  return {
    kind: 'item',
    id: `complete-${kebab(name)}`,
    dimension: 'completeness',
    sentence: `${capitalised(inSentence(field.title))} must be filled in.`,
    fields: [name],
    applies: () => true,
    passes: (values) => !isBlank(values[name]),
    blocksSave: field.required === true,
    asksTheTime: false
  };
}

function validity(name: string, field: FieldDefinition): ItemCheck {
  return {
    kind: 'item',
    id: `valid-${kebab(name)}`,
    dimension: 'validity',
    sentence: `${capitalised(inSentence(field.title))} must be a valid ${named(field)}, when filled in.`,
    fields: [name],
    applies: (values) => !isBlank(values[name]),
    passes: (values) => parseFieldValue(field, values[name]).ok,
    blocksSave: true,
    asksTheTime: false
  };
}

function fromRule(rule: Rule, register: Register): ItemCheck {
  const [when, check] = [rule.when && compiled(rule.when), compiled(rule.check)];
  return {
    kind: 'item',
    id: rule.id,
    dimension: rule.dimension,
    sentence: ruleSentence(rule, register.fields),
    fields: [rule.field, ...ruleFields(rule).filter((name) => name !== rule.field)],
    applies: when ?? ((): boolean => true),
    passes: check,
    blocksSave: rule.severity === 'block',
    asksTheTime: usesNow(rule.check) || (rule.when !== undefined && usesNow(rule.when))
  };
}

function uniqueness(register: Register): UniquenessCheck {
  const key = register.duplicateKey;
  const titles = key.map((name) => named(register.fields[name]));
  const together = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}` : titles[0];
  return {
    kind: 'unique',
    id: `unique-${key.map(kebab).join('-')}`,
    dimension: 'uniqueness',
    sentence: `No two items may have the same ${together}.`,
    fields: key,
    key
  };
}

function timeliness(rule: TimelinessRule): TimelinessCheck {
  return { kind: 'timely', id: rule.id, dimension: 'timeliness', sentence: rule.message, fields: fieldsOf(rule.when), rule };
}

/**
 * Every data-quality check a register's declaration implies, in a fixed order: required and critical
 * fields filled in, identifiers valid, the register's own rules, no duplicates by its key, and kept up to date.
 */
export function qualityChecks(register: Register): QualityCheck[] {
  const fields = Object.entries(register.fields);
  const checks: QualityCheck[] = [
    ...fields.filter(([, field]) => field.required || field.critical).map(([name, field]) => completeness(name, field)),
    ...fields.filter(([, field]) => checkedByValidator.includes(field.kind)).map(([name, field]) => validity(name, field)),
    ...register.rules.map((rule) => fromRule(rule, register)),
    ...(register.duplicateKey.length ? [uniqueness(register)] : []),
    ...register.timeliness.map(timeliness)
  ];
  const ids = new Set<string>();
  for (const { id } of checks) {
    if (ids.has(id)) throw new Error(`Register "${register.name}": two data-quality checks are called "${id}".`);
    ids.add(id);
  }
  return checks;
}

/**
 * Every field the checks read, in the register's order: all a run needs of an item besides who changed it
 * and when, so a run reads only these.
 */
export function fieldsRead(register: Register, checks: readonly QualityCheck[]): string[] {
  const read = new Set(checks.flatMap((check) => (check.kind === 'unique' ? [...check.fields, ...check.key] : check.fields)));
  return Object.keys(register.fields).filter((name) => read.has(name));
}
