/** The next number in a series of references such as FOI-2026-0123 or R-0042: one more than the highest used. */
function next(existing: Iterable<string>, prefix: string): string {
  const pattern = new RegExp(`^${prefix.replace(/[-]/g, '\\-')}(\\d+)$`);
  let highest = 0;
  for (const reference of existing) {
    const match = pattern.exec(reference.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

/** A request's reference: FOI-<year received>-<number>, numbered afresh each year. EIR requests share the series. */
export const nextRequestReference = (existing: Iterable<string>, year: string): string => next(existing, `FOI-${year}-`);

/** A requester's reference, the only thing about them a request shows: R-0001, R-0002… */
export const nextRequesterReference = (existing: Iterable<string>): string => next(existing, 'R-');
