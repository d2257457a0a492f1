import { formulaCanReference, type FieldDefinition, type ItemValueOf } from './fields';
import type { RuleContext } from './rulePredicate';
import { fieldsOf, ruleFields, usesHours, usesToday, type Condition, type Rule } from './rules';

export interface ListDeclaration<F extends Record<string, FieldDefinition>> {
  /** Code name, also used for stable field ids: "urgentCareReferrals". */
  name: string;
  /** The SharePoint list title. */
  title: string;
  /** Web-relative list address: "Lists/UrgentCareReferrals". */
  url: string;
  description: string;
  /** Form sections in order; a field's section must be one of these. */
  sections: readonly string[];
  /** Keyed by SharePoint internal name. `Title` is SharePoint's own column, renamed. */
  fields: F & { Title: FieldDefinition };
  rules?: readonly Rule[];
  /** Fields that together identify the same real-world record twice (for the uniqueness check). */
  duplicateKey?: ReadonlyArray<keyof F & string>;
  /** Items that must be kept up to date: while `when` holds, someone should touch them every `withinDays`. */
  timeliness?: readonly TimelinessRule[];
  /** Fields nobody types: worked out from the rest of the item every time it is saved. */
  computed?: ComputedFields;
  /** The facts that let a person recognise an item and its story, shown read-only where it is seen alone (the fix queue). */
  keyFields?: ReadonlyArray<keyof F & string>;
  /** Data stewards look after its items: the Data Quality tab checks it, and offers its failing items to fix. */
  stewarded?: boolean;
  /**
   * The SharePoint group that alone (with the site's owners) may read and change the list; provisioning
   * gives the list its own permissions. Absent: the list has the site's permissions.
   */
  readableOnlyBy?: string;
  /**
   * The SharePoint group that alone (with the site's owners) may change the list; everyone else on the site
   * may read it. Provisioning gives the list its own permissions. Absent: the list has the site's permissions.
   */
  editableOnlyBy?: string;
}

export interface ComputedFields {
  fields: readonly string[];
  /** The computed fields' values for this item (null where there is none yet). */
  compute: (item: Readonly<Record<string, unknown>>, context: RuleContext) => Record<string, unknown>;
}

const nothingComputed: ComputedFields = { fields: [], compute: () => ({}) };

/** A timeliness check for the data-quality engine: it needs the item's last-modified time, not its values. */
export interface TimelinessRule {
  /** Stable, kebab-case, distinct from the register's rule ids. */
  id: string;
  when: Condition;
  withinDays: number;
  /** What should have happened, in plain English. */
  message: string;
}

export type ItemShape<F extends Record<string, FieldDefinition>> = { [K in keyof F]: ItemValueOf<F[K]> };

export interface Register<F extends Record<string, FieldDefinition> = Record<string, FieldDefinition>>
  extends Required<Omit<ListDeclaration<F>, 'duplicateKey' | 'readableOnlyBy' | 'editableOnlyBy' | 'keyFields' | 'stewarded'>> {
  stewarded: boolean;
  readableOnlyBy?: string;
  editableOnlyBy?: string;
  // Plain names once declared (the declaration checks them against F): a register of particular fields is
  // then a register of any fields, as the data layer takes it.
  duplicateKey: readonly string[];
  keyFields: readonly string[];
  timeliness: readonly TimelinessRule[];
  computed: ComputedFields;
}

/** The name of one of the register's fields: a name it does not declare does not compile. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any register, whatever its fields
export type FieldName<R extends Register<any>> = keyof R['fields'] & string;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any register, whatever its fields
export type ItemOf<R extends Register<any>> = R extends Register<infer F> ? ItemShape<F> : never;

const internalNamePattern = /^[A-Za-z][A-Za-z0-9]{0,31}$/;
const ruleIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function check(condition: boolean, register: string, problem: string): void {
  if (!condition) throw new Error(`Register "${register}": ${problem}`);
}

function assertWellFormed<F extends Record<string, FieldDefinition>>(declaration: ListDeclaration<F>): void {
  const { name, fields, sections, rules = [], duplicateKey = [], timeliness = [], computed = nothingComputed, keyFields = [] } = declaration;
  const titles = new Set<string>();
  for (const [internalName, field] of Object.entries(fields)) {
    check(internalNamePattern.test(internalName), name, `"${internalName}" is not a SharePoint-safe internal name.`);
    check(!/[[\]]/.test(field.title), name, `the title of ${internalName} has a square bracket, which formulas cannot name.`);
    check(!titles.has(field.title.toLowerCase()), name, `two fields are titled "${field.title}".`);
    titles.add(field.title.toLowerCase());
    check(!field.section || sections.includes(field.section), name, `${internalName} is in an undeclared section "${field.section}".`);
    if (field.kind === 'choice' || field.kind === 'multiChoice') {
      check(field.choices.length > 0 && new Set(field.choices).size === field.choices.length, name, `${internalName} needs distinct choices.`);
    }
  }
  const ids = new Set<string>();
  for (const rule of [...rules, ...timeliness]) {
    check(ruleIdPattern.test(rule.id) && !ids.has(rule.id), name, `rule id "${rule.id}" must be unique kebab-case.`);
    ids.add(rule.id);
    const named = 'check' in rule ? [rule.field, ...ruleFields(rule)] : fieldsOf(rule.when);
    for (const field of named) check(field in fields, name, `rule ${rule.id} names an unknown field ${field}.`);
  }
  for (const { id, withinDays } of timeliness) {
    check(Number.isInteger(withinDays) && withinDays > 0, name, `timeliness ${id} needs a whole number of days.`);
  }
  for (const field of duplicateKey) check(field in fields, name, `the duplicate key names an unknown field ${field}.`);
  for (const field of keyFields) check(field in fields, name, `the key fields name an unknown field ${field}.`);
  for (const field of computed.fields) check(field in fields && !fields[field].required, name, `the computed field ${field} must be an optional field of the register.`);
}

/** Rules SharePoint itself can enforce: blocking, on columns formulas can name, not asking the clock and not counting hours. */
export function isEnforcedBySharePoint(rule: Rule, fields: Readonly<Record<string, FieldDefinition>>): boolean {
  const conditions = rule.when ? [rule.check, rule.when] : [rule.check];
  return (
    rule.severity === 'block' &&
    ruleFields(rule).every((name) => formulaCanReference(fields[name])) &&
    !conditions.some((condition) => usesToday(condition) || usesHours(condition))
  );
}

/** Declares a register once; everything else about it is derived from what this returns. */
export function defineList<const F extends Record<string, FieldDefinition>>(declaration: ListDeclaration<F>): Register<F> {
  assertWellFormed(declaration);
  return {
    ...declaration,
    rules: declaration.rules ?? [],
    stewarded: declaration.stewarded ?? false,
    duplicateKey: declaration.duplicateKey ?? [],
    keyFields: declaration.keyFields ?? [],
    timeliness: declaration.timeliness ?? [],
    computed: declaration.computed ?? nothingComputed
  };
}
