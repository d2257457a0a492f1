import * as z from 'zod/mini';

const emailSchema = z.email();

/** An email address, trimmed and with its domain lower-cased; undefined when it is not a valid address. */
export function normaliseEmail(input: string): string | undefined {
  const trimmed = input.trim();
  if (!emailSchema.safeParse(trimmed).success) return undefined;
  const at = trimmed.lastIndexOf('@');
  return trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
}

export function isValidEmail(input: string): boolean {
  return normaliseEmail(input) !== undefined;
}
