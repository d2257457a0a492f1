/**
 * Unique Property Reference Number (GeoPlace / Ordnance Survey AddressBase): a positive whole number of
 * at most 12 digits. Leading zeros are not part of a UPRN.
 */
export function normaliseUprn(input: string): string | undefined {
  const trimmed = input.trim();
  return /^[1-9]\d{0,11}$/.test(trimmed) ? trimmed : undefined;
}

export function isValidUprn(input: string): boolean {
  return normaliseUprn(input) !== undefined;
}
