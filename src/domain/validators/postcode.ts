import { toNormalised } from 'postcode';

/** A UK postcode in its normal form ("M32 0TH"), or undefined when it is not a valid postcode. */
export function normalisePostcode(input: string): string | undefined {
  // toNormalised checks validity itself (null when invalid): checking first only did it twice.
  return toNormalised(input.trim()) ?? undefined;
}

export function isValidPostcode(input: string): boolean {
  return normalisePostcode(input) !== undefined;
}
