import { dateAtUtcMidnight, type IsoDate } from './isoDate';

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Friday 19 December 2025", as a letter to a requester writes a date. */
export function longUkDate(date: IsoDate): string {
  const at = dateAtUtcMidnight(date);
  return `${weekday.format(at)} ${dayMonthYear.format(at)}`;
}

/** "25 December". */
export function dayAndMonth(date: IsoDate): string {
  return dayMonth.format(dateAtUtcMidnight(date));
}
