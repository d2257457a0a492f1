import type { IsoDate } from './isoDate';

/**
 * The UK's wall clock (Europe/London, GMT in winter, BST in summer) for instants stored in UTC, as
 * SharePoint stores them. Date-only values live at UK midnight.
 */

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
});

export interface WallClock {
  year: number;
  month: number;
  day: number;
  /** Seconds since UK midnight. */
  seconds: number;
}

export function londonWallClock(instant: number): WallClock {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    seconds: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second)
  };
}

/** The UK calendar date an instant falls on. */
export function londonDateOf(instant: string | number): IsoDate {
  const wall = londonWallClock(typeof instant === 'string' ? Date.parse(instant) : instant);
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

/** UK midnight at the start of a date, as a UTC instant ("2026-07-01" → "2026-06-30T23:00:00Z"). */
export function londonMidnightUtc(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, day);
  // At 00:00 UTC the UK clock reads 01:00 in summer (BST) and 00:00 in winter: that is the offset.
  return new Date(utcMidnight - londonWallClock(utcMidnight).seconds * 1000).toISOString().replace('.000Z', 'Z');
}
