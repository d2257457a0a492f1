import { addDays, type IsoDate } from '../calendar/isoDate';
import { addUkWorkingDaysExplained, ukWorkingDaysBetween, type PausedDay, type SkippedDay } from '../calendar/workingDays';
import { dayAndMonth, longUkDate } from '../calendar/longDates';

/**
 * The statutory clock of a Freedom of Information or Environmental Information request, applied from
 * the dates the FOI register holds. Statements of the law: ../shared/DOMAIN.md (FOIA 2000 s.1(3), s.10,
 * EIR 2004 reg 5, 7, 9, 11; ICO guidance on reviews and complaints).
 */

export type FoiRegime = 'FOI' | 'EIR';

/** The FOI register's own fields, by internal name; dates as yyyy-mm-dd. */
export interface FoiClockInput {
  Regime: FoiRegime;
  ReceivedDate: IsoDate;
  ClarificationRequestedDate?: IsoDate | null;
  ClarificationReceivedDate?: IsoDate | null;
  FeeNoticeDate?: IsoDate | null;
  FeePaidDate?: IsoDate | null;
  /** FOI s.10(3) public interest extension; for EIR, the reg 7(1) complex-and-voluminous extension. */
  PublicInterestExtension?: boolean | null;
  ResponseDate?: IsoDate | null;
  InternalReviewRequestedDate?: IsoDate | null;
  InternalReviewResponseDate?: IsoDate | null;
}

export type FoiState = 'open' | 'awaiting clarification' | 'awaiting fee' | 'responded' | 'in review' | 'closed';

export interface FoiDeadlines {
  /** Working day 20: the answer, or (with an extension) the refusal notice or extension notice. */
  dueDate: IsoDate;
  /** Working day 40, when the request was extended. */
  extendedDueDate?: IsoDate;
  reviewDueDate?: IsoDate;
  icoComplaintBy?: IsoDate;
  state: FoiState;
  /** Counted working days from the start of the clock to the response. */
  workingDaysTaken?: number;
  /** Working days from today to the due date in force; negative when it has passed. */
  workingDaysLeft?: number;
  /** Whether the response met the due date in force (false too when it is overdue and unanswered). */
  onTime?: boolean;
  /** The reasoning, sentence by sentence, as a person would give it. */
  explanation: string[];
}

const standardDays = 20;
const extendedDays = 40;
const feeMonths = 3;
const icoComplaintDays = 42;

interface Pause {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  reason: string;
}

/** The pauses as the calendar takes them: the reason a paused day does not count. */
function pausedBy(pauses: readonly Pause[]): PausedDay {
  return (date) => pauses.find((pause) => date >= pause.from && date <= pause.to)?.reason;
}

/** The date `days` counted working days after `start`, passing over non-working and paused days. */
function countFrom(start: IsoDate, days: number, pauses: readonly Pause[]): { date: IsoDate; skipped: SkippedDay[] } {
  return addUkWorkingDaysExplained(start, days, pausedBy(pauses));
}

/** Counted working days after `start` up to and including `end` (negative when `end` is before `start`). */
function countBetween(start: IsoDate, end: IsoDate, pauses: readonly Pause[]): number {
  return end >= start ? ukWorkingDaysBetween(start, end, pausedBy(pauses)) : -ukWorkingDaysBetween(end, start, pausedBy(pauses));
}

/** The last day of a period of `months` months beginning with `date` (FOIA s.9(2)). */
function lastDayOfMonthsFrom(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, daysInTarget));
  return addDays(target.toISOString().slice(0, 10), -1);
}

const weekdays = new Set(['Saturday', 'Sunday']);

function skippedSentence(skipped: readonly SkippedDay[]): string | undefined {
  const holidays = skipped.filter((day) => !weekdays.has(day.reason));
  if (!holidays.length) return undefined;
  // "January 2nd (Scotland)" reads better inside brackets as "January 2nd, Scotland".
  const named = (reason: string): string => reason.replace(/ \(([^()]*)\)$/, ', $1');
  return `Skipped, weekends aside: ${holidays.map((day) => `${dayAndMonth(day.date)} (${named(day.reason)})`).join(', ')}.`;
}

function firstWorkingDayAfter(start: IsoDate, pauses: readonly Pause[]): IsoDate {
  return countFrom(start, 1, pauses).date;
}

/**
 * Every deadline of a request and how it was reached. `today` decides the state of a paused request and
 * the days left; a paused request's due date is the one it would have if the pause ended today.
 */
export function foiDeadlines(request: FoiClockInput, today: IsoDate): FoiDeadlines {
  const eir = request.Regime === 'EIR';
  const law = eir ? 'EIR reg 5(2)' : 'FOIA s.10(1)';
  const explanation: string[] = [`Received ${longUkDate(request.ReceivedDate)}.`];
  const responded = request.ResponseDate ?? undefined;
  const until = responded ?? today;

  // Clarification: nothing counts while it is awaited; the clarified request starts afresh (s.1(3), reg 9(4)).
  let start = request.ReceivedDate;
  let awaiting: FoiState | undefined;
  if (request.ClarificationRequestedDate) {
    const asked = `Clarification asked for on ${longUkDate(request.ClarificationRequestedDate)}`;
    if (request.ClarificationReceivedDate) {
      start = request.ClarificationReceivedDate;
      explanation.push(`${asked}; it arrived on ${longUkDate(start)}. The clarified request is treated as new (${eir ? 'EIR reg 9(4)' : 'FOIA s.1(3)'}): the ${standardDays} working days start again from that day.`);
    } else if (!responded) {
      start = today > start ? today : start;
      awaiting = 'awaiting clarification';
      explanation.push(`${asked}; the clock is stopped until it arrives. If it arrived today, the dates below would apply.`);
    }
  }

  // Fees notice (FOI s.10(2)): the working days from the notice to the payment, both included, do not count.
  const pauses: Pause[] = [];
  let feeExpired = false;
  if (request.FeeNoticeDate && !eir) {
    const notice = request.FeeNoticeDate;
    const payBy = lastDayOfMonthsFrom(notice, feeMonths);
    const paid = request.FeePaidDate ?? undefined;
    if (paid) {
      pauses.push({ from: notice, to: paid, reason: 'waiting for the fee' });
      explanation.push(`Fees notice given ${longUkDate(notice)}; fee received ${longUkDate(paid)}. The working days from the notice to the payment, both included, are not counted (FOIA s.10(2)).`);
    } else if (!responded) {
      pauses.push({ from: notice, to: until, reason: 'waiting for the fee' });
      if (today > payBy) {
        feeExpired = true;
        explanation.push(`Fees notice given ${longUkDate(notice)} and not paid within three months (by ${longUkDate(payBy)}): the request is closed (FOIA s.9(2)).`);
      } else {
        awaiting ??= 'awaiting fee';
        explanation.push(`Fees notice given ${longUkDate(notice)}; the clock is stopped until the fee is paid (FOIA s.10(2)), at the latest by ${longUkDate(payBy)}.`);
      }
    }
  } else if (request.FeeNoticeDate && eir) {
    explanation.push('A fee was asked for, but the fees pause is FOIA s.10(2): it does not stop the EIR clock.');
  }

  const base = countFrom(start, standardDays, pauses);
  explanation.push(`Day 1 is ${longUkDate(firstWorkingDayAfter(start, pauses))}.`);
  const skipped = skippedSentence(base.skipped);
  if (skipped) explanation.push(skipped);
  explanation.push(`Due ${longUkDate(base.date)} (working day ${standardDays}, ${law}).`);

  let extendedDueDate: IsoDate | undefined;
  if (request.PublicInterestExtension) {
    extendedDueDate = countFrom(start, extendedDays, pauses).date;
    explanation.push(
      eir
        ? `Extended as complex and voluminous (EIR reg 7(1)): due by working day ${extendedDays}, ${longUkDate(extendedDueDate)}; the extension must be notified by ${longUkDate(base.date)}.`
        : `Extended to consider the public interest (FOIA s.10(3)): the refusal notice was still due ${longUkDate(base.date)}; the full answer is due by working day ${extendedDays}, ${longUkDate(extendedDueDate)} (ICO guidance).`
    );
  }
  const dueInForce = extendedDueDate ?? base.date;

  let onTime: boolean | undefined;
  let workingDaysTaken: number | undefined;
  let workingDaysLeft: number | undefined;
  if (responded) {
    workingDaysTaken = countBetween(start, responded, pauses);
    onTime = responded <= dueInForce;
    const late = countBetween(dueInForce, responded, []);
    explanation.push(
      onTime
        ? `Answered ${longUkDate(responded)}, on working day ${Math.max(workingDaysTaken, 0)}: on time.`
        : `Answered ${longUkDate(responded)}, on working day ${workingDaysTaken}: ${late} working day${late === 1 ? '' : 's'} late.`
    );
  } else if (!awaiting && !feeExpired) {
    workingDaysLeft = countBetween(today, dueInForce, []);
    if (today > dueInForce) onTime = false;
  }

  let reviewDueDate: IsoDate | undefined;
  const reviewRequested = request.InternalReviewRequestedDate ?? undefined;
  const reviewAnswered = request.InternalReviewResponseDate ?? undefined;
  if (reviewRequested) {
    reviewDueDate = countFrom(reviewRequested, eir ? extendedDays : standardDays, []).date;
    explanation.push(
      eir
        ? `Internal review asked for ${longUkDate(reviewRequested)}: due by ${longUkDate(reviewDueDate)} (${extendedDays} working days, EIR reg 11(4)).`
        : `Internal review asked for ${longUkDate(reviewRequested)}: due by ${longUkDate(reviewDueDate)} (${standardDays} working days, ICO guidance; ${extendedDays} at most).`
    );
    if (reviewAnswered) explanation.push(`Review answered ${longUkDate(reviewAnswered)}${reviewAnswered <= reviewDueDate ? ', on time' : ', late'}.`);
  }

  const finalResponse = reviewAnswered ?? (reviewRequested ? undefined : responded);
  const icoComplaintBy = finalResponse ? addDays(finalResponse, icoComplaintDays) : undefined;
  if (icoComplaintBy) explanation.push(`A complaint to the ICO can be made until ${longUkDate(icoComplaintBy)} (six weeks after the final response).`);

  const state: FoiState = feeExpired && !responded ? 'closed' : awaiting ?? (reviewAnswered ? 'closed' : reviewRequested ? 'in review' : responded ? 'responded' : 'open');
  return {
    dueDate: base.date,
    ...(extendedDueDate ? { extendedDueDate } : {}),
    ...(reviewDueDate ? { reviewDueDate } : {}),
    ...(icoComplaintBy ? { icoComplaintBy } : {}),
    state,
    ...(workingDaysTaken !== undefined ? { workingDaysTaken } : {}),
    ...(workingDaysLeft !== undefined ? { workingDaysLeft } : {}),
    ...(onTime !== undefined ? { onTime } : {}),
    explanation
  };
}
