import { isEnforcedBySharePoint, type Register } from './defineList';
import { formulaCanReference, type FieldDefinition } from './fields';
import { columnReference, ruleFormula } from './ruleFormula';
import { ruleSentence } from './ruleSentence';
import { legacyMarkerName, systemFields } from './systemFields';

/**
 * What SharePoint is asked to enforce, so that edits made outside Custodian (the list's own forms, Power
 * Automate, another script) meet the same rules. See docs/sharepoint-behaviour.md for why each is here:
 * SharePoint does not enforce Required (nor, reportedly, choice membership) on REST and CSOM writes, but
 * it does refuse a write whose validation formula is FALSE or fails to calculate.
 */

export interface Validation {
  /** With its leading "=". */
  formula: string;
  message: string;
}

/** SPList.ValidationFormula and SP.List.validationFormula: at most 1,023 characters. */
export const maxFormulaLength = 1023;
/** Assumed equal to the formula's limit; not confirmed by a source. */
export const maxMessageLength = 1023;

const digit = (reference: string, position: number): string => `VALUE(MID(${reference},${position},1))`;

/** The NHS number's Modulus 11 check, in the formula language (see validators/nhsNumber.ts). */
function nhsNumberFormula(reference: string): string {
  const weighted = Array.from({ length: 9 }, (_, index) => `${digit(reference, index + 1)}*${10 - index}`).join('+');
  return `AND(LEN(${reference})=10,ISNUMBER(VALUE(${reference})),MOD(11-MOD(${weighted},11),11)=${digit(reference, 10)})`;
}

function columnCheck(field: FieldDefinition, reference: string): string | undefined {
  switch (field.kind) {
    case 'choice':
      return `OR(${field.choices.map((choice) => `${reference}="${choice.replace(/"/g, '""')}"`).join(',')})`;
    case 'number':
    case 'currency': {
      const parts = [
        field.min !== undefined ? `${reference}>=${field.min}` : undefined,
        field.max !== undefined ? `${reference}<=${field.max}` : undefined,
        field.kind === 'number' && field.integer ? `INT(${reference})=${reference}` : undefined
      ].filter((part): part is string => part !== undefined);
      return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`;
    }
    case 'nhsNumber':
      return nhsNumberFormula(reference);
    case 'uprn':
      // Digits only: a positive number whose plain rendering is exactly what was typed ("1e2", "+12", "012" are not).
      return `AND(LEN(${reference})<=12,VALUE(${reference})>0,TEXT(VALUE(${reference}),"0")=${reference})`;
    default:
      return undefined;
  }
}

const columnMessages: Partial<Record<FieldDefinition['kind'], (field: FieldDefinition) => string>> = {
  choice: (field) => `Choose ${field.title} from its list of choices.`,
  number: (field) => `${field.title} is outside the allowed range.`,
  currency: (field) => `${field.title} is outside the allowed range.`,
  nhsNumber: (field) => `${field.title} must be 10 digits with a valid check digit, like 9434765919.`,
  uprn: (field) => `${field.title} must be a number of up to 12 digits.`
};

/** A column's own validation: single-field checks SharePoint may not make itself. Blank always passes here. */
export function columnValidation(name: string, field: FieldDefinition): Validation | undefined {
  const reference = `[${field.title}]`;
  const checkFormula = columnCheck(field, reference);
  if (!checkFormula) return undefined;
  return { formula: `=OR(ISBLANK(${reference}),${checkFormula})`, message: columnMessages[field.kind]!(field) };
}

/**
 * The one list validation formula: every required column formulas can name must be filled in, and every
 * blocking rule SharePoint can evaluate must hold. Throws when the register would not fit SharePoint's limit.
 */
export function listValidation(register: Register): Validation | undefined {
  const { fields, rules } = register;
  const required = Object.entries(fields).filter(([, field]) => field.required && formulaCanReference(field) && field.kind !== 'boolean');
  const enforced = rules.filter((rule) => isEnforcedBySharePoint(rule, fields));
  const ruleParts = enforced.map((rule) => ruleFormula(rule, fields));
  // A legacy record may break the rules until it is next saved in Custodian; never a required column.
  const rulesHold = ruleParts.length ? [`OR([${systemFields[legacyMarkerName].title}],AND(${ruleParts.join(',')}))`] : [];
  const parts = [...required.map(([name]) => `NOT(ISBLANK(${columnReference(fields, name)}))`), ...rulesHold];
  if (parts.length === 0) return undefined;
  const formula = `=AND(${parts.join(',')})`;
  if (formula.length > maxFormulaLength) {
    throw new Error(`Register "${register.name}": its list validation formula is ${formula.length} characters; SharePoint allows ${maxFormulaLength}.`);
  }
  const requiredSentence = required.length
    ? [`Fill in ${required.map(([, field]) => field.title).join(', ')}.`]
    : [];
  const sentences = [...requiredSentence, ...enforced.map((rule) => ruleSentence(rule, fields))];
  let message = '';
  for (const sentence of sentences) {
    const next = message ? `${message} ${sentence}` : sentence;
    if (next.length > maxMessageLength) break;
    message = next;
  }
  return { formula, message };
}
