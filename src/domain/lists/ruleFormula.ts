import type { FieldDefinition } from './fields';
import type { Condition, Operand, Rule } from './rules';

export type FieldsByName = Readonly<Record<string, FieldDefinition>>;

/** `[Discharge date]`: formulas name columns by their display names. */
export function columnReference(fields: FieldsByName, name: string): string {
  return `[${fields[name].title}]`;
}

function textLiteral(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function operandFormula(operand: Operand, fields: FieldsByName): string {
  switch (operand.kind) {
    case 'field':
      // SharePoint adds days to local wall-clock time: such rules are never enforced by it (isEnforcedBySharePoint).
      return operand.plusHours === undefined ? columnReference(fields, operand.name) : `(${columnReference(fields, operand.name)}+${operand.plusHours}/24)`;
    case 'today':
      return 'TODAY()';
    case 'now':
      return 'NOW()';
    case 'value':
      if (typeof operand.value === 'string') return textLiteral(operand.value);
      if (typeof operand.value === 'boolean') return operand.value ? 'TRUE' : 'FALSE';
      return String(operand.value);
  }
}

export function conditionFormula(condition: Condition, fields: FieldsByName): string {
  switch (condition.kind) {
    case 'blank':
      return `ISBLANK(${columnReference(fields, condition.field)})`;
    case 'present':
      return `NOT(ISBLANK(${columnReference(fields, condition.field)}))`;
    case 'compare': {
      const comparison = `${operandFormula(condition.left, fields)}${condition.op}${operandFormula(condition.right, fields)}`;
      if (!condition.ifPresent) return comparison;
      const guards = [condition.left, condition.right].flatMap((operand) =>
        operand.kind === 'field' ? [`ISBLANK(${columnReference(fields, operand.name)})`] : []
      );
      return guards.length ? `OR(${[...guards, comparison].join(',')})` : comparison;
    }
    case 'and':
    case 'or':
      return condition.parts.length === 1
        ? conditionFormula(condition.parts[0], fields)
        : `${condition.kind.toUpperCase()}(${condition.parts.map((part) => conditionFormula(part, fields)).join(',')})`;
    case 'not':
      return `NOT(${conditionFormula(condition.part, fields)})`;
    case 'includesAny':
      // formulaCanReference keeps multiple-choice columns out of every enforced rule.
      throw new Error(`A SharePoint formula cannot read the multiple-choice column ${fields[condition.field].title}.`);
  }
}

/** The rule as a formula that is TRUE when an item keeps it (without the leading "="). */
export function ruleFormula(rule: Rule, fields: FieldsByName): string {
  const check = conditionFormula(rule.check, fields);
  if (!rule.when) return check;
  const doesNotApply = rule.when.kind === 'not' ? conditionFormula(rule.when.part, fields) : `NOT(${conditionFormula(rule.when, fields)})`;
  return `OR(${doesNotApply},${check})`;
}
