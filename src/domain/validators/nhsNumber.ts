/**
 * NHS number (NHS Data Dictionary, "NHS Number"): ten digits, the tenth a Modulus 11 check digit.
 * Digits 1–9 are weighted 10 down to 2 and summed; check = 11 − (sum mod 11); 11 means 0; 10 means the
 * number can never be valid.
 */

const separators = /[\s-]/g;

function checkDigitOf(firstNine: string): number | undefined {
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(firstNine[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/** The 10 digits of a valid NHS number typed with or without spaces and dashes; undefined when invalid. */
export function normaliseNhsNumber(input: string): string | undefined {
  const digits = input.replace(separators, '');
  if (!/^\d{10}$/.test(digits)) return undefined;
  return checkDigitOf(digits.slice(0, 9)) === Number(digits[9]) ? digits : undefined;
}

/** What is wrong with a typed NHS number, in words a person can act on; undefined when it is valid. */
export function nhsNumberProblem(input: string): string | undefined {
  const digits = input.replace(separators, '');
  if (/\D/.test(digits)) return 'an NHS number is digits only, like 943 476 5919';
  if (digits.length !== 10) return `an NHS number has 10 digits; this has ${digits.length}`;
  if (checkDigitOf(digits.slice(0, 9)) !== Number(digits[9])) {
    return `${formatNhsNumber(digits)} fails the NHS number check (its last digit does not match the others): check it was copied correctly`;
  }
  return undefined;
}

export function isValidNhsNumber(input: string): boolean {
  return normaliseNhsNumber(input) !== undefined;
}

/** "943 476 5919": how the NHS prints it, and how people read it back over the phone. */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** What someone is typing into an NHS number box, grouped 3-3-4 as they go ("94347" → "943 47"); other characters are dropped. */
export function formatNhsNumberAsTyped(input: string): string {
  const digits = input.replace(/\D/g, '').slice(0, 10);
  return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].filter(Boolean).join(' ');
}
