import type { Register } from './defineList';
import type { FieldDefinition } from './fields';
import { capitalise, inSentence, isBlank } from './fieldValues';
import { rulePasses, type RuleContext } from './rulePredicate';

export interface Advisory {
  field: string;
  message: string;
}

/**
 * What a save would let through but the data stewards will be asked to put right: critical fields left
 * blank and warning rules broken, in the order of the form. Shown before saving, never blocking it.
 */
export function advisories(register: Register<Record<string, FieldDefinition>>, values: Readonly<Record<string, unknown>>, context: RuleContext): Advisory[] {
  const found: Advisory[] = [];
  for (const [name, field] of Object.entries(register.fields)) {
    if (field.critical && !field.required && isBlank(values[name])) found.push({ field: name, message: `${capitalise(inSentence(field.title))} is blank.` });
  }
  for (const rule of register.rules) {
    if (rule.severity === 'warn' && !rulePasses(rule, values, context)) found.push({ field: rule.field, message: rule.message });
  }
  const order = Object.keys(register.fields);
  return found.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
