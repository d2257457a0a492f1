import type { IsoDate } from '../calendar/isoDate';
import type { FoiDeadlines } from './foiClock';
import { quarterOf, type Quarter } from './quarters';
import { deadlinesOf, isAnswered, isOpen, isWithdrawn, type FoiItem } from './requestDeadlines';

/**
 * The s.45 Code of Practice (2018, paras 8.5–8.6) quarterly figures, counted over the requests received
 * in the quarter (the cohort method of the Cabinet Office's FOI statistics), straight from the register.
 */
export interface FoiFigures {
  received: number;
  answered: number;
  /** Answered by working day 20, without an extension. */
  onTime: number;
  /** Extended (public interest or EIR reg 7) and answered by the extended date. */
  withinExtension: number;
  late: number;
  /** Still open; of these, `overdue` are past the date in force. */
  outstanding: number;
  overdue: number;
  /** Withdrawn by the requester, or lapsed unclarified or unpaid. */
  withdrawn: number;
  /** (on time + within extension) / answered, as a percentage; undefined when nothing was answered. */
  percentInTime?: number;
  outcomes: Record<string, number>;
  exemptions: Record<string, number>;
  internalReviews: { requested: number; answered: number; results: Record<string, number> };
  icoComplaints: { received: number; decided: number; decisions: Record<string, number> };
}

export interface QuarterStatistics {
  quarter: Quarter;
  all: FoiFigures;
  byDirectorate: Record<string, FoiFigures>;
}

/** The ICO monitors authorities that answer fewer than this percentage of requests in time. */
export const icoTimelinessLine = 90;

function emptyFigures(): FoiFigures {
  return {
    received: 0,
    answered: 0,
    onTime: 0,
    withinExtension: 0,
    late: 0,
    outstanding: 0,
    overdue: 0,
    withdrawn: 0,
    outcomes: {},
    exemptions: {},
    internalReviews: { requested: 0, answered: 0, results: {} },
    icoComplaints: { received: 0, decided: 0, decisions: {} }
  };
}

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function count(figures: FoiFigures, item: FoiItem, deadlines: FoiDeadlines): void {
  figures.received++;
  if (isWithdrawn(item)) figures.withdrawn++;
  if (isAnswered(item)) {
    figures.answered++;
    if (!deadlines.onTime) figures.late++;
    else if (deadlines.extendedDueDate && String(item.ResponseDate) > deadlines.dueDate) figures.withinExtension++;
    else figures.onTime++;
    if (item.Outcome) bump(figures.outcomes, String(item.Outcome));
    for (const exemption of (item.Exemptions as string[] | undefined) ?? []) bump(figures.exemptions, exemption);
  } else if (isOpen(item, deadlines)) {
    figures.outstanding++;
    if (deadlines.onTime === false) figures.overdue++;
  }
  if (item.InternalReviewRequestedDate) {
    figures.internalReviews.requested++;
    if (item.InternalReviewResponseDate) {
      figures.internalReviews.answered++;
      if (item.InternalReviewOutcome) bump(figures.internalReviews.results, String(item.InternalReviewOutcome));
    }
  }
  if (item.IcoComplaintDate) {
    figures.icoComplaints.received++;
    if (item.IcoDecision) {
      figures.icoComplaints.decided++;
      bump(figures.icoComplaints.decisions, String(item.IcoDecision));
    }
  }
}

function withPercentage(figures: FoiFigures): FoiFigures {
  return figures.answered ? { ...figures, percentInTime: (100 * (figures.onTime + figures.withinExtension)) / figures.answered } : figures;
}

/** The quarter's figures, for the whole council and for each directorate, as of `today`. */
export function quarterStatistics(items: Iterable<FoiItem>, quarter: Quarter, today: IsoDate): QuarterStatistics {
  const all = emptyFigures();
  const byDirectorate: Record<string, FoiFigures> = {};
  for (const item of items) {
    if (typeof item.ReceivedDate !== 'string' || quarterOf(item.ReceivedDate) !== quarter) continue;
    const deadlines = deadlinesOf(item, today)!;
    count(all, item, deadlines);
    count((byDirectorate[String(item.Directorate ?? 'No directorate recorded')] ??= emptyFigures()), item, deadlines);
  }
  return {
    quarter,
    all: withPercentage(all),
    byDirectorate: Object.fromEntries(Object.entries(byDirectorate).map(([name, figures]) => [name, withPercentage(figures)]))
  };
}
