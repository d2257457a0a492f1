import type { Register } from '../lists/defineList';
import type { FieldDefinition } from '../lists/fields';
import type { RuleContext } from '../lists/rulePredicate';
import { qualityChecks, type QualityCheck } from './qualityChecks';

export interface Advisory {
  field: string;
  message: string;
}

/** A register's checks, worked out once: the form asks at every keystroke. */
const checksOf = new WeakMap<object, QualityCheck[]>();

/**
 * What a save would let through but the data-quality checks will then count against the item, in the
 * checks' own words and in the order of the form: the checks themselves, run on the values being typed, so
 * the form warns of exactly what the stewards' tab will hold. Shown before saving, never blocking it.
 */
export function advisories(register: Register<Record<string, FieldDefinition>>, values: Readonly<Record<string, unknown>>, context: RuleContext): Advisory[] {
  const item = { ...values, ...register.computed.compute(values, context) };
  const checks = checksOf.get(register) ?? qualityChecks(register);
  checksOf.set(register, checks);
  const found = checks
    // A check about the time now is said only where the time is known: never guessed.
    .filter(
      (check) => check.kind === 'item' && !check.blocksSave && !(check.asksTheTime && context.now === undefined) && check.applies(item, context) && !check.passes(item, context)
    )
    .map((check) => ({ field: check.fields[0], message: check.sentence }));
  const order = Object.keys(register.fields);
  return found.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
