import { rulePasses, type RuleContext } from './rulePredicate';
import { ruleFields, type Rule } from './rules';

/**
 * The blocking rules an item breaks, each message by the field it belongs to, judged only where every field
 * the rule reads holds a value that could be saved: a future date of birth is said as soon as it is typed,
 * not only once the rest of the form is complete.
 */
export function brokenBlockingRules(
  rules: readonly Rule[],
  values: Readonly<Record<string, unknown>>,
  context: RuleContext,
  invalid: ReadonlySet<string>
): Record<string, string> {
  const broken: Record<string, string> = {};
  for (const rule of rules) {
    if (rule.severity !== 'block' || broken[rule.field] || [rule.field, ...ruleFields(rule)].some((name) => invalid.has(name))) continue;
    if (!rulePasses(rule, values, context)) broken[rule.field] = rule.message;
  }
  return broken;
}
