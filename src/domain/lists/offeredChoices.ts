import type { FieldDefinition } from './fields';
import { conditionHolds, type RuleContext } from './rulePredicate';

/**
 * The choices a form offers for a field of this item: the field's narrower set whose condition holds (an EIR
 * request offers EIR exceptions), else all of them. A value already chosen stays offered, in the field's
 * order, so it can be seen and taken off rather than vanish.
 */
export function offeredChoices(field: FieldDefinition, value: unknown, item: Readonly<Record<string, unknown>>, context: RuleContext): readonly string[] {
  if (field.kind !== 'choice' && field.kind !== 'multiChoice') return [];
  const narrower = field.kind === 'multiChoice' ? field.offeredWhen?.find((offered) => conditionHolds(offered.when, item, context)) : undefined;
  if (!narrower) return field.choices;
  const chosen = Array.isArray(value) ? (value as readonly string[]) : [];
  return field.choices.filter((choice) => narrower.choices.includes(choice) || chosen.includes(choice));
}
