import type { IsoDate } from './isoDate';
import { londonInstant } from './londonTime';
import { readUkDate } from './ukDateInput';

/** A date and time as UK staff type it, read as a UTC instant ("2026-12-04T09:30:00Z"), or why it cannot be. */
export type ReadDateTime = { ok: true; instant: string } | { ok: false; reason: string };

const example = 'Write the date, then the time on the 24-hour clock, like 04/12/2026 14:30.';
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
// "14:30", "14.30", "9:05", "2:30pm", "2.30 pm", "12 noon" is not taken: a time needs its minutes.
const clockTime = /^(\d{1,2})[:.](\d{2})\s*(am|pm)?$/i;

/**
 * Day first, then the time in UK clock time: "04/12/2026 14:30", "4 Dec 26, 2.30pm", "2026-12-04 14:30", or
 * an ISO instant as stored. Two-digit years are read as readUkDate reads them.
 */
export function readUkDateTime(typed: string, today: IsoDate): ReadDateTime {
  const text = typed.trim();
  if (!text) return { ok: false, reason: 'No date and time was typed.' };
  if (isoInstant.test(text) && !Number.isNaN(Date.parse(text))) return { ok: true, instant: new Date(text).toISOString().replace('.000Z', 'Z') };
  const split = /^(.*?)(?:\s*,\s*|\s+at\s+|\s+|T)(\d{1,2}[:.]\d{2}\s*(?:am|pm)?)$/i.exec(text);
  if (!split) return { ok: false, reason: `"${text}" needs a date and a time. ${example}` };
  const date = readUkDate(split[1], today);
  if (!date.ok) return date;
  const [, hours, minutes, half] = clockTime.exec(split[2].trim())!;
  let hour = Number(hours);
  if (half) {
    if (hour < 1 || hour > 12) return { ok: false, reason: `${split[2]} is not a time. ${example}` };
    hour = (hour % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || Number(minutes) > 59) return { ok: false, reason: `${split[2]} is not a time. ${example}` };
  const instant = londonInstant(date.date, hour * 3600 + Number(minutes) * 60);
  return instant ? { ok: true, instant } : { ok: false, reason: `${split[2]} did not happen on ${split[1]}: the clocks went forward an hour. ${example}` };
}
