import fc from 'fast-check';
import { registers } from '../../src/domain/registers';
import { isEnforcedBySharePoint, type Register } from '../../src/domain/lists/defineList';
import { formulaCanReference, uprn, type FieldDefinition } from '../../src/domain/lists/fields';
import { isBlank } from '../../src/domain/lists/fieldValues';
import { rulePasses } from '../../src/domain/lists/rulePredicate';
import { ruleFormula } from '../../src/domain/lists/ruleFormula';
import { columnValidation, listValidation } from '../../src/domain/lists/sharePointValidation';
import { legacyMarkerName, systemFields } from '../../src/domain/lists/systemFields';
import { isValidNhsNumber } from '../../src/domain/validators/nhsNumber';
import { isValidUprn } from '../../src/domain/validators/uprn';
import { parseFormula, serialOfDate, validationPasses, type FormulaValue } from '../../workbench/emulator/formula/formula';

/**
 * The JS predicates and the SharePoint formulas compiled from the same rules must give the same verdict.
 * The formula side is evaluated by the emulator's evaluator, as SharePoint would evaluate it.
 */

const today = '2026-11-22';
const nearbyDates = ['2026-11-01', '2026-11-02', '2026-11-03', today, '2026-11-23'];

function arbitraryValue(field: FieldDefinition): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'date':
      return fc.option(fc.constantFrom(...nearbyDates), { nil: null });
    case 'choice':
      return fc.option(fc.constantFrom(...field.choices, ...field.choices.map((choice) => choice.toLowerCase())), { nil: null });
    case 'boolean':
      return fc.boolean();
    case 'number':
    case 'currency':
      return fc.option(fc.integer({ min: -5, max: 200 }), { nil: null });
    default:
      // Custodian trims what it stores, so text is either absent or has something in it.
      return fc.option(fc.string({ minLength: 1, maxLength: 6 }).filter((text) => text.trim() === text && text !== ''), { nil: null });
  }
}

function arbitraryItem(register: Register): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(Object.entries(register.fields).map(([name, field]) => [name, arbitraryValue(field)])));
}

/** How SharePoint presents a stored value to a formula: dates as serial day numbers, blanks as blank. */
function formulaValue(field: FieldDefinition, value: unknown): FormulaValue {
  if (isBlank(value)) return null;
  if (field.kind === 'date') {
    const [year, month, day] = String(value).split('-').map(Number);
    return serialOfDate(year, month, day);
  }
  return value as FormulaValue;
}

function formulaContext(register: Register, item: Record<string, unknown>, legacy = false) {
  const byTitle = new Map<string, FormulaValue>(Object.entries(register.fields).map(([name, field]) => [field.title, formulaValue(field, item[name])]));
  byTitle.set(systemFields[legacyMarkerName].title, legacy);
  const [year, month, day] = today.split('-').map(Number);
  return { column: (title: string) => byTitle.get(title), today: serialOfDate(year, month, day) };
}

const withEnforcedRules = (registers as unknown as Register[]).filter((register) =>
  register.rules.some((rule) => isEnforcedBySharePoint(rule, register.fields))
);

describe.each(withEnforcedRules.map((register) => [register.name, register] as const))('%s: JS and SharePoint agree', (_, register) => {
  const enforced = register.rules.filter((rule) => isEnforcedBySharePoint(rule, register.fields));

  it.each(enforced.map((rule) => [rule.id, rule] as const))('on rule %s', (id, rule) => {
    const formula = parseFormula(ruleFormula(rule, register.fields));
    fc.assert(
      fc.property(arbitraryItem(register), (item) => {
        expect(validationPasses(formula, formulaContext(register, item))).toBe(rulePasses(rule, item, { today }));
      }),
      { numRuns: 400 }
    );
  });

  it('on the whole list validation formula, where a legacy record is excused the rules but never a required column', () => {
    const validation = listValidation(register)!;
    const formula = parseFormula(validation.formula);
    const required = Object.entries(register.fields).filter(
      ([, field]) => field.required && field.kind !== 'boolean' && formulaCanReference(field)
    );
    fc.assert(
      fc.property(arbitraryItem(register), fc.boolean(), (item, legacy) => {
        const expected =
          required.every(([name]) => !isBlank(item[name])) && (legacy || enforced.every((rule) => rulePasses(rule, item, { today })));
        expect(validationPasses(formula, formulaContext(register, item, legacy))).toBe(expected);
      }),
      { numRuns: 400 }
    );
  });
});

describe('column validation agrees with the validators', () => {
  const [urgentCare] = withEnforcedRules;
  const context = (title: string, value: string) => ({ column: (name: string) => (name === title ? value : undefined), today: 0 });

  it('for NHS numbers, stored as 10 characters', () => {
    const field = urgentCare.fields.NhsNumber;
    const formula = parseFormula(columnValidation('NhsNumber', field)!.formula);
    const characters = fc.constantFrom(...'0123456789', '0123456789', '.', '-', 'e', ' ', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9]{10}$/), fc.string({ unit: characters, minLength: 9, maxLength: 11 })), (value) => {
        expect(validationPasses(formula, context(field.title, value))).toBe(/^\d{10}$/.test(value) && isValidNhsNumber(value));
      }),
      { numRuns: 2000 }
    );
    expect(validationPasses(formula, context(field.title, '9434765919'))).toBe(true);
  });

  it('for UPRNs', () => {
    const field = uprn({ title: 'UPRN', description: '' });
    const formula = parseFormula(columnValidation('Uprn', field)!.formula);
    const characters = fc.constantFrom(...'0123456789', '.', '-', '+', 'e', ' ');
    fc.assert(
      fc.property(fc.string({ unit: characters, minLength: 1, maxLength: 13 }), (value) => {
        expect(validationPasses(formula, context('UPRN', value))).toBe(isValidUprn(value) && value.trim() === value);
      }),
      { numRuns: 2000 }
    );
  });

  it('for choices, which SharePoint compares without regard to case', () => {
    const field = urgentCare.fields.Status as FieldDefinition & { choices: readonly string[] };
    const formula = parseFormula(columnValidation('Status', field)!.formula);
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...field.choices, 'DISCHARGED', 'Closed'), fc.string({ minLength: 1 })), (value) => {
        const member = field.choices.some((choice) => choice.toLowerCase() === value.toLowerCase());
        expect(validationPasses(formula, context(field.title, value))).toBe(member);
      }),
      { numRuns: 500 }
    );
  });
});
