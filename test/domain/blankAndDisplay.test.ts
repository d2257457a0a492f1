import { displayValue } from '../../src/domain/lists/displayValue';
import { isBlank, parseFieldValue } from '../../src/domain/lists/fieldValues';
import { urgentCareReferrals } from '../../src/domain/registers';
import type { FieldDefinition } from '../../src/domain/lists/fields';

const field = (name: keyof typeof urgentCareReferrals.fields): FieldDefinition => urgentCareReferrals.fields[name] as FieldDefinition;

describe('what counts as nothing entered', () => {
  it('treats spaces and invisible characters alone as blank, and trims them from the ends of a value', () => {
    for (const value of ['', '   ', '\u200B', ' \u200B\u200C\u200D ', '\uFEFF', '\u2060', '\u00AD', '\u00A0']) expect(isBlank(value)).toBe(true);
    expect(isBlank('Ada')).toBe(false);
    expect(parseFieldValue(field('Title'), '\u200B')).toEqual({ ok: false, message: 'Enter the patient name' });
    expect(parseFieldValue(field('Title'), '\u200BAda Lovelace\uFEFF ')).toEqual({ ok: true, value: 'Ada Lovelace' });
  });
});

describe('an NHS number shown or exported', () => {
  it('is grouped 3-3-4 whether or not it is valid, so every row reads the same', () => {
    expect(displayValue(field('NhsNumber'), '9434765919')).toBe('943 476 5919');
    expect(displayValue(field('NhsNumber'), '999123456')).toBe('999 123 456');
    expect(displayValue(field('NhsNumber'), '999 123 4567 8')).toBe('999 123 45678');
    expect(displayValue(field('NhsNumber'), 'not known')).toBe('not known');
  });
});
