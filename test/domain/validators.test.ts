import { formatNhsNumber, formatNhsNumberAsTyped, isValidNhsNumber, nhsNumberProblem, normaliseNhsNumber } from '../../src/domain/validators/nhsNumber';
import { isValidPostcode, normalisePostcode } from '../../src/domain/validators/postcode';
import { isValidUprn, normaliseUprn } from '../../src/domain/validators/uprn';
import { isValidEmail, normaliseEmail } from '../../src/domain/validators/email';
import { isValidPhone, normalisePhone } from '../../src/domain/validators/phone';
import { phone } from '../../src/domain/lists/phoneField';
import { parseFieldValue } from '../../src/domain/lists/fieldValues';

describe('NHS number', () => {
  it('says what is wrong with one: its length, a character that is not a digit, or its check digit', () => {
    expect(nhsNumberProblem('943 476 5919')).toBeUndefined();
    expect(nhsNumberProblem('1234567890')).toBe('123 456 7890 fails the NHS number check (its last digit does not match the others): check it was copied correctly');
    expect(nhsNumberProblem('943 476 591')).toBe('an NHS number has 10 digits; this has 9');
    expect(nhsNumberProblem('943 476 591O')).toBe('an NHS number is digits only, like 943 476 5919');
  });

  it('accepts the Data Dictionary example with or without spaces and dashes, and stores 10 digits', () => {
    expect(normaliseNhsNumber('9434765919')).toBe('9434765919');
    expect(normaliseNhsNumber('943 476 5919')).toBe('9434765919');
    expect(normaliseNhsNumber('943-476-5919')).toBe('9434765919');
    expect(normaliseNhsNumber(' 943 476 5919 ')).toBe('9434765919');
  });

  it('rejects a wrong check digit', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('rejects numbers whose check digit would be 10', () => {
    // 1,0,0,0,0,0,0,0,1 weighted: 10 + 2 = 12; 12 mod 11 = 1; 11 − 1 = 10: never valid.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
  });

  it('takes a check of 11 as 0', () => {
    // 9,9,9,0,0,0,0,0,1: 90+81+72+2 = 245 = 22·11 + 3 → 8. Use one whose sum is a multiple of 11 instead:
    // 0,0,0,0,0,0,0,1,1: 3+2 = 5 → 6. Search the 999 range for a check of 0 and verify the rule directly.
    const zeroCheck = Array.from({ length: 1000 }, (_, n) => `999${String(n).padStart(6, '0')}`).find((nine) => {
      const sum = [...nine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
      return sum % 11 === 0;
    })!;
    expect(isValidNhsNumber(`${zeroCheck}0`)).toBe(true);
    expect(isValidNhsNumber(`${zeroCheck}1`)).toBe(false);
  });

  it('rejects wrong lengths, letters and empty input', () => {
    for (const input of ['', '   ', '943476591', '94347659190', '943476591X', 'nhs']) expect(isValidNhsNumber(input)).toBe(false);
  });

  it('prints as 3-3-4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });

  it('groups 3-3-4 while it is typed, keeping only digits', () => {
    expect(['9', '943', '9434', '943476', '9434765', '943-476-5919', '943 476 59190', 'ab9c'].map(formatNhsNumberAsTyped)).toEqual([
      '9',
      '943',
      '943 4',
      '943 476',
      '943 476 5',
      '943 476 5919',
      '943 476 5919',
      '9'
    ]);
  });
});

describe('UK postcode', () => {
  it('normalises case and spacing', () => {
    expect(normalisePostcode('m32 0th')).toBe('M32 0TH');
    expect(normalisePostcode('SW1A2AA')).toBe('SW1A 2AA');
  });

  it('rejects what is not a postcode', () => {
    for (const input of ['', 'M32', 'SW1A 2A', 'ABC 123', '12345']) expect(isValidPostcode(input)).toBe(false);
  });
});

describe('UPRN', () => {
  it('accepts 1 to 12 digits without a leading zero', () => {
    expect(normaliseUprn(' 100012345678 ')).toBe('100012345678');
    expect(isValidUprn('1')).toBe(true);
  });

  it('rejects 13 digits, leading zeros, letters and blanks', () => {
    for (const input of ['1000123456789', '0123', '12a4', '', ' ']) expect(isValidUprn(input)).toBe(false);
  });
});

describe('email', () => {
  it('trims and lower-cases the domain, keeping the local part as typed', () => {
    expect(normaliseEmail(' Sam.Okafor@Council.GOV.UK ')).toBe('Sam.Okafor@council.gov.uk');
  });

  it('rejects addresses without a domain or with spaces', () => {
    for (const input of ['sam', 'sam@', '@council.gov.uk', 'sam okafor@council.gov.uk', '']) expect(isValidEmail(input)).toBe(false);
  });
});

describe('phone', () => {
  it('accepts UK numbers as people type them and stores E.164', () => {
    expect(normalisePhone('0161 912 2000')).toBe('+441619122000');
    expect(normalisePhone('07400 123456')).toBe('+447400123456');
    // Ofcom's drama range looks right but is never allocated, so it is not a real number.
    expect(isValidPhone('07700 900123')).toBe(false);
    expect(normalisePhone('+44 (0)161 912 2000')).toBe('+441619122000');
  });

  it('rejects numbers that are too short or not numbers', () => {
    for (const input of ['01234', 'phone me', '']) expect(isValidPhone(input)).toBe(false);
  });

  it('checks a register’s phone column the same way, with a hint when it is not a number', () => {
    const field = phone({ title: 'Contact number', description: '' });
    expect(parseFieldValue(field, ' 0161 912 2000 ')).toEqual({ ok: true, value: '+441619122000' });
    expect(parseFieldValue(field, '01234')).toEqual({ ok: false, message: 'Enter a valid Contact number: a UK phone number looks like 0161 912 2000' });
  });
});
