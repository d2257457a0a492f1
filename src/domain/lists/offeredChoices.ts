import type { MultiChoiceField } from './fields';
import { conditionHolds, type RuleContext } from './rulePredicate';

/**
 * The choices a form offers for a multiple-choice field of this item: the field's narrower set whose
 * condition holds (an EIR request offers EIR exceptions), else all of them. A value already chosen stays
 * offered, in the field's order, so it can be seen and taken off rather than vanish.
 */
export function offeredChoices(field: MultiChoiceField, value: unknown, item: Readonly<Record<string, unknown>>, context: RuleContext): readonly string[] {
  const narrower = field.offeredWhen?.find((offered) => conditionHolds(offered.when, item, context));
  if (!narrower) return field.choices;
  const chosen = Array.isArray(value) ? (value as readonly string[]) : [];
  return field.choices.filter((choice) => narrower.choices.includes(choice) || chosen.includes(choice));
}
