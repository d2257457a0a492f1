/**
 * Rules across fields, as small expressions that compile three ways: a JS predicate (rulePredicate.ts),
 * a SharePoint validation formula (ruleFormula.ts) and a sentence for people (ruleSentence.ts).
 */

/** Government Data Quality Framework (2020) dimensions. */
export type QualityDimension = 'completeness' | 'uniqueness' | 'consistency' | 'timeliness' | 'validity' | 'accuracy';

/** A blocking rule stops a save (in the form and in SharePoint); a warning is only counted and shown. */
export type Severity = 'block' | 'warn';

export type Comparison = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Operand =
  /** A field's value; with `plusHours`, the date and time that many hours after it (elapsed hours, in UTC). */
  | { kind: 'field'; name: string; plusHours?: number }
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'today' }
  /** The date and time now: for views and checks that fall due within a day ("72 hours after"). */
  | { kind: 'now' };

export type Condition =
  | { kind: 'blank'; field: string }
  | { kind: 'present'; field: string }
  /** When `ifPresent`, the comparison holds vacuously while a field operand is blank. */
  | { kind: 'compare'; op: Comparison; left: Operand; right: Operand; ifPresent: boolean }
  | { kind: 'and' | 'or'; parts: Condition[] }
  | { kind: 'not'; part: Condition }
  /** A multiple-choice field holds at least one of these values. */
  | { kind: 'includesAny'; field: string; values: readonly string[] };

export interface Rule {
  /** Stable, kebab-case: data-quality history and exceptions refer to it. */
  id: string;
  /** The field the message belongs to on a form. */
  field: string;
  when?: Condition;
  check: Condition;
  /** What to do, in plain English, shown next to the field. */
  message: string;
  dimension: QualityDimension;
  severity: Severity;
}

const fieldRef = (name: string): Operand => ({ kind: 'field', name });
const valueOf = (value: string | number | boolean): Operand => ({ kind: 'value', value });
export const today: Operand = { kind: 'today' };
export const now: Operand = { kind: 'now' };
/** `hours` hours after the date and time in `field`: "no later than 72 hours after becoming aware". */
export const hoursAfter = (field: string, hours: number): Operand & { kind: 'field' } => ({ kind: 'field', name: field, plusHours: hours });

export const isBlank = (field: string): Condition => ({ kind: 'blank', field });
export const isPresent = (field: string): Condition => ({ kind: 'present', field });
export const is = (field: string, value: string | number | boolean): Condition => ({
  kind: 'compare',
  op: '=',
  left: fieldRef(field),
  right: valueOf(value),
  ifPresent: false
});
export const not = (part: Condition): Condition => ({ kind: 'not', part });
export const isNot = (field: string, value: string | number | boolean): Condition => ({ kind: 'not', part: is(field, value) });
export const isOneOf = (field: string, values: ReadonlyArray<string>): Condition => ({
  kind: 'or',
  parts: values.map((value) => is(field, value))
});
export const includesAnyOf = (field: string, values: ReadonlyArray<string>): Condition => ({ kind: 'includesAny', field, values });
export const and = (...parts: Condition[]): Condition => ({ kind: 'and', parts });
export const or = (...parts: Condition[]): Condition => ({ kind: 'or', parts });

const between =
  (op: Comparison): ((field: string, other: string | Operand) => Condition) =>
  (field: string, other: string | Operand): Condition => ({
    kind: 'compare',
    op,
    left: fieldRef(field),
    right: typeof other === 'string' ? fieldRef(other) : other,
    ifPresent: true
  });

/** `field` is on or after `other` (a field, `today`, `now` or hours after a field), whenever both are filled in. */
export const onOrAfter = between('>=');
export const onOrBefore = between('<=');
export const before = between('<');
/** Now is on or before the moment (hours after a field), whenever its field is filled in: a deadline still to come. */
export const notYetPassed = (moment: Operand & { kind: 'field' }): Condition => ({ kind: 'compare', op: '<=', left: now, right: moment, ifPresent: true });
/** The moment (hours after a field) is filled in and before now: a deadline missed. A blank one has not passed. */
export const hasPassed = (moment: Operand & { kind: 'field' }): Condition => ({
  kind: 'and',
  parts: [isPresent(moment.name), { kind: 'compare', op: '<', left: moment, right: now, ifPresent: false }]
});

/** The fields a condition reads. */
export function fieldsOf(condition: Condition): string[] {
  switch (condition.kind) {
    case 'blank':
    case 'present':
    case 'includesAny':
      return [condition.field];
    case 'compare':
      return [condition.left, condition.right].flatMap((operand) => (operand.kind === 'field' ? [operand.name] : []));
    case 'and':
    case 'or':
      return condition.parts.flatMap(fieldsOf);
    case 'not':
      return fieldsOf(condition.part);
  }
}

export function ruleFields(rule: Rule): string[] {
  return [...new Set([...(rule.when ? fieldsOf(rule.when) : []), ...fieldsOf(rule.check)])];
}

/** Whether any comparison in the condition has an operand like this. */
function hasOperand(condition: Condition, like: (operand: Operand) => boolean): boolean {
  switch (condition.kind) {
    case 'compare':
      return like(condition.left) || like(condition.right);
    case 'and':
    case 'or':
      return condition.parts.some((part) => hasOperand(part, like));
    case 'not':
      return hasOperand(condition.part, like);
    default:
      return false;
  }
}

/** Whether the condition asks the clock (today's date, or the time now). */
export const usesToday = (condition: Condition): boolean => hasOperand(condition, (operand) => operand.kind === 'today' || operand.kind === 'now');
/** Whether the condition asks the time now (which only a caller holding a clock can give). */
export const usesNow = (condition: Condition): boolean => hasOperand(condition, (operand) => operand.kind === 'now');
/** Whether the condition adds hours to a date and time: elapsed hours, which SharePoint's formulas cannot add (they add days to local time). */
export const usesHours = (condition: Condition): boolean => hasOperand(condition, (operand) => operand.kind === 'field' && operand.plusHours !== undefined);
