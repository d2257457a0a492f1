import { addDays, dayOfWeek, toDayNumber, type IsoDate } from './isoDate';
import { bankHolidayYears, ukBankHolidays } from './ukBankHolidays';
import { proclaimedDays } from './proclaimedDays';

/**
 * Working days for the Freedom of Information Act 2000, s.10(6): any day other than a Saturday, a Sunday,
 * Christmas Day, Good Friday, or a bank holiday in any part of the United Kingdom.
 */

export interface SkippedDay {
  date: IsoDate;
  /** "Saturday", "Christmas Day", "St Andrew’s Day (Scotland)"… */
  reason: string;
}

const holidaysByDate = new Map<IsoDate, string[]>();
for (const [date, name, regions] of [...ukBankHolidays, ...proclaimedDays]) {
  const described = regions === 'England and Wales, Scotland, Northern Ireland' ? name : `${name} (${regions})`;
  holidaysByDate.set(date, [...(holidaysByDate.get(date) ?? []), described]);
}

function assertCovered(date: IsoDate): void {
  const year = Number(date.slice(0, 4));
  if (year < bankHolidayYears.first || year > bankHolidayYears.last) {
    throw new RangeError(
      `No UK bank-holiday data for ${year} (covered: ${bankHolidayYears.first}–${bankHolidayYears.last}). ` +
        'Refresh it with `npm run generate`.'
    );
  }
}

/** Why a date is not a working day, or undefined when it is one. */
export function nonWorkingReason(date: IsoDate): string | undefined {
  assertCovered(date);
  const weekday = dayOfWeek(date);
  if (weekday === 6) return 'Saturday';
  if (weekday === 0) return 'Sunday';
  if (date.endsWith('-12-25')) return 'Christmas Day';
  const holidays = holidaysByDate.get(date);
  return holidays ? holidays.join('; ') : undefined;
}

export function isUkWorkingDay(date: IsoDate): boolean {
  return nonWorkingReason(date) === undefined;
}

/** Working days a count also passes over, and why (a clock's pauses); undefined for a day that counts. */
export type PausedDay = (date: IsoDate) => string | undefined;

const notPaused: PausedDay = () => undefined;

/**
 * The date `days` working days after `start`, as FOI counts: the day of receipt is day 0 whatever day it
 * is, and day 1 is the first working day after it. Lists every day passed over and why.
 */
export function addUkWorkingDaysExplained(start: IsoDate, days: number, paused: PausedDay = notPaused): { date: IsoDate; skipped: SkippedDay[] } {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('Working days to add must be a whole number, 0 or more.');
  toDayNumber(start);
  const skipped: SkippedDay[] = [];
  let date = start;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    const reason = nonWorkingReason(date) ?? paused(date);
    if (reason) skipped.push({ date, reason });
    else counted++;
  }
  return { date, skipped };
}

export function addUkWorkingDays(start: IsoDate, days: number): IsoDate {
  return addUkWorkingDaysExplained(start, days).date;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`), and the days skipped. */
export function ukWorkingDaysBetweenExplained(from: IsoDate, to: IsoDate, paused: PausedDay = notPaused): { days: number; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = [];
  let days = 0;
  const first = toDayNumber(from);
  for (let offset = 1, span = toDayNumber(to) - first; offset <= span; offset++) {
    const date = addDays(from, offset);
    const reason = nonWorkingReason(date) ?? paused(date);
    if (reason) skipped.push({ date, reason });
    else days++;
  }
  return { days, skipped };
}

export function ukWorkingDaysBetween(from: IsoDate, to: IsoDate, paused: PausedDay = notPaused): number {
  return ukWorkingDaysBetweenExplained(from, to, paused).days;
}
