import type { IsoDate } from '../calendar/isoDate';
import { foiDeadlines, type FoiDeadlines, type FoiRegime } from './foiClock';

/** An FOI register item's values, by internal name, as the app holds them. */
export type FoiItem = Readonly<Record<string, unknown>>;

/** The clock applied to a request as the register holds it; none for an item without a receipt date. */
export function deadlinesOf(item: FoiItem, today: IsoDate): FoiDeadlines | undefined {
  if (typeof item.ReceivedDate !== 'string' || !item.ReceivedDate) return undefined;
  return foiDeadlines({ ...item, Regime: item.Regime === 'EIR' ? 'EIR' : ('FOI' as FoiRegime), ReceivedDate: item.ReceivedDate }, today);
}

/** Closed without an answer: withdrawn by the requester, or lapsed unclarified or unpaid. */
export const isWithdrawn = (item: FoiItem): boolean => item.Outcome === 'Withdrawn or lapsed';

/** Answered: a response was sent (a withdrawal is not an answer). */
export const isAnswered = (item: FoiItem): boolean => Boolean(item.ResponseDate) && !isWithdrawn(item);

/** Still being worked on: not answered, not withdrawn, not closed by the clock. */
export function isOpen(item: FoiItem, deadlines: FoiDeadlines | undefined): boolean {
  return !item.ResponseDate && !isWithdrawn(item) && item.Status !== 'Closed' && deadlines?.state !== 'closed';
}

/** The date the answer is due by now: the extended date when extended. */
export const dueInForce = (deadlines: FoiDeadlines): IsoDate => deadlines.extendedDueDate ?? deadlines.dueDate;
