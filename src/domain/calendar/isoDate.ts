/**
 * Calendar dates as ISO strings ("2026-03-31"), counted in whole days. Arithmetic is done on UTC
 * midnights, so no time zone or daylight-saving change can move a date.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

export type IsoDate = string;

/** Days since 1970-01-01; throws on anything that is not a real calendar date. */
export function toDayNumber(date: IsoDate): number {
  const match = isoDatePattern.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date in the form yyyy-mm-dd.`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a real calendar date.`);
  }
  return time / dayMs;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}

/** The date as a JavaScript Date at UTC midnight, for libraries (date pickers, charts) that take Dates. */
export function dateAtUtcMidnight(date: IsoDate): Date {
  return new Date(toDayNumber(date) * dayMs);
}

/** The calendar date nearest a Date a library gives back at about midnight, whatever its time zone. */
export function nearestIsoDate(date: Date): IsoDate {
  return fromDayNumber(Math.round(date.getTime() / dayMs));
}

export function isIsoDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Monday of the week a date falls in (1970-01-01 was a Thursday): UK weeks start on Monday. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((toDayNumber(date) + 3) % 7));
}

/** 0 Sunday … 6 Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toDayNumber(date) * dayMs).getUTCDay();
}
