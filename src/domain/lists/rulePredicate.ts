import type { IsoDate } from '../calendar/isoDate';
import { isBlank } from './fieldValues';
import type { Comparison, Condition, Operand, Rule } from './rules';

export interface RuleContext {
  /** Today in the UK, for rules about the future or the past. */
  today: IsoDate;
}

type Item = Readonly<Record<string, unknown>>;

/** A condition turned into a function once, so checking it over thousands of items does not re-read its tree. */
export type Predicate = (item: Item, context: RuleContext) => boolean;
type Value = (item: Item, context: RuleContext) => unknown;

function valueOf(operand: Operand): Value {
  switch (operand.kind) {
    case 'field': {
      const name = operand.name;
      return (item) => (isBlank(item[name]) ? null : item[name]);
    }
    case 'value': {
      const value = operand.value;
      return () => value;
    }
    case 'today':
      return (_, context) => context.today;
  }
}

/**
 * Compares as SharePoint's formulas do: text without regard to case; blank below every value, so a blank
 * equals only another blank.
 */
function order(left: unknown, right: unknown): number {
  if (left === null || right === null) return left === right ? 0 : left === null ? -1 : 1;
  if (typeof left === 'string' && typeof right === 'string') {
    const [a, b] = [left.toLowerCase(), right.toLowerCase()];
    return a === b ? 0 : a < b ? -1 : 1;
  }
  const [a, b] = [Number(left), Number(right)];
  return a === b ? 0 : a < b ? -1 : 1;
}

const holdsFor: Record<Comparison, (order: number) => boolean> = {
  '=': (o) => o === 0,
  '<>': (o) => o !== 0,
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0
};

function build(condition: Condition): Predicate {
  switch (condition.kind) {
    case 'blank': {
      const name = condition.field;
      return (item) => isBlank(item[name]);
    }
    case 'present': {
      const name = condition.field;
      return (item) => !isBlank(item[name]);
    }
    case 'compare': {
      const [left, right, holds] = [valueOf(condition.left), valueOf(condition.right), holdsFor[condition.op]];
      const { ifPresent } = condition;
      return (item, context) => {
        const [a, b] = [left(item, context), right(item, context)];
        if (ifPresent && (a === null || b === null)) return true;
        return holds(order(a, b));
      };
    }
    case 'and': {
      const parts = condition.parts.map(compiled);
      return (item, context) => parts.every((part) => part(item, context));
    }
    case 'or': {
      const parts = condition.parts.map(compiled);
      return (item, context) => parts.some((part) => part(item, context));
    }
    case 'not': {
      const part = compiled(condition.part);
      return (item, context) => !part(item, context);
    }
    case 'includesAny': {
      const { field, values } = condition;
      return (item) => Array.isArray(item[field]) && (item[field] as unknown[]).some((value) => values.includes(String(value)));
    }
  }
}

const cache = new WeakMap<Condition, Predicate>();

/** The condition as a function, built the first time it is asked for (conditions are declared once and never change). */
export function compiled(condition: Condition): Predicate {
  let predicate = cache.get(condition);
  if (!predicate) {
    predicate = build(condition);
    cache.set(condition, predicate);
  }
  return predicate;
}

export function conditionHolds(condition: Condition, item: Item, context: RuleContext): boolean {
  return compiled(condition)(item, context);
}

/** True when the item keeps the rule: the rule does not apply, or its check holds. */
export function rulePasses(rule: Rule, item: Item, context: RuleContext): boolean {
  if (rule.when && !conditionHolds(rule.when, item, context)) return true;
  return conditionHolds(rule.check, item, context);
}
