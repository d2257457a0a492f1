import { isIsoDate, type IsoDate } from './isoDate';

/**
 * A date as UK staff type it: day first, always. "20/11/26", "20/11/2026", "20.11.26", "2026-11-20",
 * "20 Nov 2026", "20th November 26". A two-digit year is taken as the one within ten years ahead of
 * today or, failing that, the century before (so "45" in 2026 is 1945, "30" is 2030). For a date that is
 * never after today (`past`: a date of birth), it is the most recent such date on or before today, so
 * "3/3/33" in 2026 is 3 March 1933.
 */
export type ReadDate = { ok: true; date: IsoDate } | { ok: false; reason: string };

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthNames = months.map((month) => month[0].toUpperCase() + month.slice(1));
const example = 'Write the date day first, like 20/11/2026 or 20 Nov 2026.';

export interface ReadingOptions {
  /** The date is never after today: a two-digit year is read as the most recent past one. */
  past?: boolean;
}

function fullYear(digits: string, day: number, month: number, today: IsoDate, past: boolean): number {
  if (digits.length === 4) return Number(digits);
  const thisYear = Number(today.slice(0, 4));
  const century = Math.floor(thisYear / 100) * 100;
  const candidate = century + Number(digits);
  if (!past) return candidate <= thisYear + 10 ? candidate : candidate - 100;
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const onOrBeforeToday = candidate < thisYear || (candidate === thisYear && monthDay <= today.slice(5));
  return onOrBeforeToday ? candidate : candidate - 100;
}

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = months.findIndex((month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'));
  return index < 0 ? undefined : index + 1;
}

function assemble(day: number, month: number, year: number, typed: string): ReadDate {
  if (month < 1 || month > 12) {
    return day >= 1 && day <= 12 && month <= 31
      ? { ok: false, reason: `There is no month ${month} in "${typed}". Dates here are day first: did you mean ${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year}?` }
      : { ok: false, reason: `There is no month ${month} in "${typed}". ${example}` };
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year < 1900 || year > 8900) return { ok: false, reason: `${year} is not a year this register can hold.` };
  if (!isIsoDate(iso)) return { ok: false, reason: `There is no ${day} ${monthNames[month - 1]} ${year}.` };
  return { ok: true, date: iso };
}

export function readUkDate(typed: string, today: IsoDate, { past = false }: ReadingOptions = {}): ReadDate {
  const text = typed.trim();
  if (!text) return { ok: false, reason: 'No date was typed.' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return assemble(Number(iso[3]), Number(iso[2]), Number(iso[1]), text);
  const numeric = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/.exec(text);
  if (numeric) {
    const [day, month] = [Number(numeric[1]), Number(numeric[2])];
    return assemble(day, month, fullYear(numeric[3], day, month, today, past), text);
  }
  const worded = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]*([A-Za-z]+\.?)[\s\-/.,]*(\d{2}|\d{4})$/.exec(text);
  if (worded) {
    const month = monthNumber(worded[2]);
    if (month === undefined) return { ok: false, reason: `"${worded[2]}" is not a month. ${example}` };
    return assemble(Number(worded[1]), month, fullYear(worded[3], Number(worded[1]), month, today, past), text);
  }
  return { ok: false, reason: `"${text}" is not a date Custodian can read. ${example}` };
}
