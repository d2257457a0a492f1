import type { IsoDate } from '../calendar/isoDate';
import { isBlank } from './fieldValues';
import type { Comparison, Condition, Operand, Rule } from './rules';

export interface RuleContext {
  /** Today in the UK, for rules about the future or the past. */
  today: IsoDate;
}

type Item = Readonly<Record<string, unknown>>;

function resolve(operand: Operand, item: Item, context: RuleContext): unknown {
  switch (operand.kind) {
    case 'field':
      return isBlank(item[operand.name]) ? null : item[operand.name];
    case 'value':
      return operand.value;
    case 'today':
      return context.today;
  }
}

/**
 * Compares as SharePoint's formulas do: text without regard to case; blank below every value, so a blank
 * equals only another blank.
 */
function compare(op: Comparison, left: unknown, right: unknown): boolean {
  let order: number;
  if (left === null || right === null) order = left === right ? 0 : left === null ? -1 : 1;
  else if (typeof left === 'string' && typeof right === 'string') {
    const [a, b] = [left.toLowerCase(), right.toLowerCase()];
    order = a === b ? 0 : a < b ? -1 : 1;
  } else {
    const [a, b] = [Number(left), Number(right)];
    order = a === b ? 0 : a < b ? -1 : 1;
  }
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

export function conditionHolds(condition: Condition, item: Item, context: RuleContext): boolean {
  switch (condition.kind) {
    case 'blank':
      return isBlank(item[condition.field]);
    case 'present':
      return !isBlank(item[condition.field]);
    case 'compare': {
      const left = resolve(condition.left, item, context);
      const right = resolve(condition.right, item, context);
      if (condition.ifPresent && (left === null || right === null)) return true;
      return compare(condition.op, left, right);
    }
    case 'and':
      return condition.parts.every((part) => conditionHolds(part, item, context));
    case 'or':
      return condition.parts.some((part) => conditionHolds(part, item, context));
    case 'not':
      return !conditionHolds(condition.part, item, context);
  }
}

/** True when the item keeps the rule: the rule does not apply, or its check holds. */
export function rulePasses(rule: Rule, item: Item, context: RuleContext): boolean {
  if (rule.when && !conditionHolds(rule.when, item, context)) return true;
  return conditionHolds(rule.check, item, context);
}
