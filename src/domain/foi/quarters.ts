import type { IsoDate } from '../calendar/isoDate';

/** A calendar quarter, "2026-Q1" (January to March), as the s.45 Code's quarterly statistics count them. */
export type Quarter = string;

const months = ['January to March', 'April to June', 'July to September', 'October to December'];

export function quarterOf(date: IsoDate): Quarter {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** "January to March 2026". */
export function quarterTitle(quarter: Quarter): string {
  const [year, q] = quarter.split('-Q');
  return `${months[Number(q) - 1]} ${year}`;
}

/** The first and last day of a quarter, both included. */
export function quarterDays(quarter: Quarter): { from: IsoDate; to: IsoDate } {
  const [year, q] = quarter.split('-Q').map(Number);
  const first = (q - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: `${year}-${String(first + 2).padStart(2, '0')}-${lastDay}` };
}

/** Every quarter from the one holding `from` to the one holding `to`, oldest first. */
export function quartersBetween(from: IsoDate, to: IsoDate): Quarter[] {
  const quarters: Quarter[] = [];
  let [year, q] = quarterOf(from).split('-Q').map(Number);
  const last = quarterOf(to);
  for (;;) {
    const quarter = `${year}-Q${q}`;
    quarters.push(quarter);
    if (quarter >= last) return quarters;
    [year, q] = q === 4 ? [year + 1, 1] : [year, q + 1];
  }
}
