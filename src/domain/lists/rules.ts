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
  | { kind: 'field'; name: string }
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'today' };

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

/** `field` is on or after `other` (a field or `today`), whenever both are filled in. */
export const onOrAfter = between('>=');
export const onOrBefore = between('<=');
export const before = between('<');

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

export function usesToday(condition: Condition): boolean {
  switch (condition.kind) {
    case 'compare':
      return condition.left.kind === 'today' || condition.right.kind === 'today';
    case 'and':
    case 'or':
      return condition.parts.some(usesToday);
    case 'not':
      return usesToday(condition.part);
    default:
      return false;
  }
}
