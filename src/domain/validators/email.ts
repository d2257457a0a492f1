// zod's own email pattern, without the rest of zod (which only code that writes loads).
import { regexes } from 'zod/v4/core';

/** An email address, trimmed and with its domain lower-cased; undefined when it is not a valid address. */
export function normaliseEmail(input: string): string | undefined {
  const trimmed = input.trim();
  if (!regexes.email.test(trimmed)) return undefined;
  const at = trimmed.lastIndexOf('@');
  return trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
}

export function isValidEmail(input: string): boolean {
  return normaliseEmail(input) !== undefined;
}
