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

// The UK's offset from UTC changes only at 01:00 UTC, on the hour: one lookup per UTC hour is exact, and
// formatToParts, the slow part, runs once per hour seen rather than once per value.
const offsetsByHour = new Map<number, number>();

function offsetSeconds(instant: number): number {
  const hour = Math.floor(instant / 3_600_000);
  let offset = offsetsByHour.get(hour);
  if (offset === undefined) {
    const start = hour * 3_600_000;
    const parts = Object.fromEntries(londonParts.formatToParts(new Date(start)).map((part) => [part.type, part.value]));
    const wallAsUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    offset = (wallAsUtc - start) / 1000;
    if (offsetsByHour.size > 50_000) offsetsByHour.clear();
    offsetsByHour.set(hour, offset);
  }
  return offset;
}

export function londonWallClock(instant: number): WallClock {
  const wall = new Date(Math.floor(instant / 1000) * 1000 + offsetSeconds(instant) * 1000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    seconds: wall.getUTCHours() * 3600 + wall.getUTCMinutes() * 60 + wall.getUTCSeconds()
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

/**
 * The UTC instant at which UK clocks show this date and time (seconds after midnight), or undefined for a
 * time the clocks skipped when they went forward. In the hour they repeat going back, it is the first (BST).
 */
export function londonInstant(date: IsoDate, secondsIntoDay: number): string | undefined {
  const [year, month, day] = date.split('-').map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day) + secondsIntoDay * 1000;
  // The offset is 0 or 1 hour: try summer time first, so a repeated hour is read as its first.
  for (const offsetHours of [1, 0]) {
    const instant = wallAsUtc - offsetHours * 3_600_000;
    const wall = londonWallClock(instant);
    if (Date.UTC(wall.year, wall.month - 1, wall.day) + wall.seconds * 1000 === wallAsUtc) return new Date(instant).toISOString().replace('.000Z', 'Z');
  }
  return undefined;
}
