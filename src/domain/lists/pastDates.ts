import type { Rule } from './rules';

/**
 * The date fields a register's rules hold to today or earlier, whatever else the item says (a date of birth,
 * an admission): a two-digit year typed there is the most recent past one, never one ahead.
 */
export function datesNeverAfterToday(rules: readonly Rule[]): ReadonlySet<string> {
  const fields = rules
    .filter((rule) => rule.when === undefined && rule.check.kind === 'compare' && rule.check.op === '<=' && rule.check.right.kind === 'today')
    .map((rule) => (rule.check.kind === 'compare' && rule.check.left.kind === 'field' ? rule.check.left.name : undefined));
  return new Set(fields.filter((field): field is string => field !== undefined));
}
