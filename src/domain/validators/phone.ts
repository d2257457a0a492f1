import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A UK (or international, with +) phone number in E.164 form ("+441619122000"); undefined when invalid. */
export function normalisePhone(input: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input.trim(), 'GB');
  return parsed?.isValid() ? parsed.number : undefined;
}

export function isValidPhone(input: string): boolean {
  return normalisePhone(input) !== undefined;
}
