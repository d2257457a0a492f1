import type { IsoDate } from '../calendar/isoDate';
import { londonDateOf } from '../calendar/londonTime';
import { isBlank } from './fieldValues';
import type { Comparison, Condition, Operand, Rule } from './rules';

export interface RuleContext {
  /** Today in the UK, for rules about the future or the past. */
  today: IsoDate;
  /** The time now (an ISO instant), for rules that fall due within a day; only a caller holding the clock gives it. */
  now?: string;
}

/** Today and now at an instant read from the caller's clock. */
export const ruleContextAt = (instant: Date): Required<RuleContext> => ({ today: londonDateOf(instant.getTime()), now: instant.toISOString() });

type Item = Readonly<Record<string, unknown>>;

/** A condition turned into a function once, so checking it over thousands of items does not re-read its tree. */
export type Predicate = (item: Item, context: RuleContext) => boolean;
type Value = (item: Item, context: RuleContext) => unknown;

const hour = 3_600_000;

function valueOf(operand: Operand): Value {
  switch (operand.kind) {
    case 'field': {
      const { name, plusHours } = operand;
      if (plusHours === undefined) return (item) => (isBlank(item[name]) ? null : item[name]);
      return (item) => (isBlank(item[name]) ? null : Date.parse(String(item[name])) + plusHours * hour);
    }
    case 'value': {
      const value = operand.value;
      return () => value;
    }
    case 'today':
      return (_, context) => context.today;
    case 'now':
      return (_, context) => {
        if (context.now === undefined) throw new Error('A rule about the time now was checked without the time: the caller must give it (ruleContextAt).');
        return Date.parse(context.now);
      };
  }
}

/** An operand that is a moment in time: compared as instants, never as text. */
const isMoment = (operand: Operand): boolean => operand.kind === 'now' || (operand.kind === 'field' && operand.plusHours !== undefined);
const instantOf = (value: unknown): unknown => (typeof value === 'string' ? Date.parse(value) : value);

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
      const moments = isMoment(condition.left) || isMoment(condition.right);
      return (item, context) => {
        const [a, b] = [left(item, context), right(item, context)];
        if (ifPresent && (a === null || b === null)) return true;
        return holds(moments ? order(instantOf(a), instantOf(b)) : order(a, b));
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
