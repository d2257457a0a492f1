/** The next number in a series of references such as FOI-2026-0123 or R-0042: one more than the highest used. */
function next(existing: Iterable<string>, prefix: string): string {
  let highest = 0;
  for (const reference of existing) {
    const trimmed = reference.trim();
    const number = trimmed.slice(prefix.length);
    if (trimmed.startsWith(prefix) && /^\d+$/.test(number)) highest = Math.max(highest, Number(number));
  }
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

/** A request's reference: FOI-<year received>-<number>, numbered afresh each year. EIR requests share the series. */
export const nextRequestReference = (existing: Iterable<string>, year: string): string => next(existing, `FOI-${year}-`);

/** A requester's reference, the only thing about them a request shows: R-0001, R-0002… */
export const nextRequesterReference = (existing: Iterable<string>): string => next(existing, 'R-');
