import { isValid, toNormalised } from 'postcode';

/** A UK postcode in its normal form ("M32 0TH"), or undefined when it is not a valid postcode. */
export function normalisePostcode(input: string): string | undefined {
  const trimmed = input.trim();
  return isValid(trimmed) ? (toNormalised(trimmed) ?? undefined) : undefined;
}

export function isValidPostcode(input: string): boolean {
  return normalisePostcode(input) !== undefined;
}
