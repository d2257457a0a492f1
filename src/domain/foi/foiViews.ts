import type { IsoDate } from '../calendar/isoDate';
import type { ItemRecord } from '../lists/itemQuery';
import type { FieldName } from '../lists/defineList';
import type { RegisterScreenDeclaration } from '../lists/registerScreen';
import type { RegisterView, ViewContext } from '../lists/registerViews';
import { foiRequests } from '../registers/foiRequests';
import type { FoiDeadlines } from './foiClock';
import { date } from '../lists/fields';
import { dueInForce, isAnswered, isOpen, type FoiItem } from './requestDeadlines';
import { quarterOf } from './quarters';

/** What the FOI log's views may ask: the statutory clock, besides who is looking and today. */
export interface FoiViewContext extends ViewContext {
  /** The clock applied to a request (worked out once per item and shared by every view). */
  deadlines: (record: ItemRecord) => FoiDeadlines | undefined;
}

const values = (record: ItemRecord): FoiItem => record.item as FoiItem;
const personId = (value: unknown): number | undefined => (typeof value === 'object' && value !== null ? (value as { id: number }).id : undefined);

/**
 * The date that binds an open request now: the extended date when extended, else day 20. Shown, sorted and
 * exported in the log in place of the stored day-20 date, so a report never calls an extended request
 * overdue; blank once the request is answered or closed, and while the clock is stopped.
 */
export const dueByField = date({
  title: 'Due by',
  description: 'The date the answer is due by now: the extended date when the request was extended. Blank once answered or closed, and while the clock is stopped.'
});

export function dueByOf(item: FoiItem, deadlines: FoiDeadlines | undefined): IsoDate | null {
  if (!deadlines || !isOpen(item, deadlines)) return null;
  if (deadlines.state === 'awaiting clarification' || deadlines.state === 'awaiting fee') return null;
  return dueInForce(deadlines);
}

/** The log's records with their Due by date beside the stored values. */
export const withDueBy = <R extends ItemRecord>(records: readonly R[], deadlines: (record: R) => FoiDeadlines | undefined): R[] =>
  records.map((record) => ({ ...record, item: { ...record.item, DueBy: dueByOf(values(record), deadlines(record)) } }));

const everyday = ['Reference', 'Title', 'Regime', 'ReceivedDate', 'Status', 'DueBy', 'Directorate'] as const;
const dueSoonDays = 5;

function open(record: ItemRecord, context: FoiViewContext): boolean {
  return isOpen(values(record), context.deadlines(record));
}

/** The FOI officer's views, each a question they ask every morning. */
export const foiViews: ReadonlyArray<RegisterView<FoiViewContext, FieldName<typeof foiRequests> | 'DueBy'>> = [
  {
    id: 'open',
    title: 'Open',
    description: 'Requests not yet answered, withdrawn or closed, including those waiting for the requester.',
    includes: open,
    columns: [...everyday, 'DirectorateContact'],
    sort: { field: 'DueBy', descending: false }
  },
  {
    id: 'due-soon',
    title: 'Due in 5 working days',
    description: `Open requests whose answer is due today or in the next ${dueSoonDays} working days.`,
    includes: (record, context) => {
      const left = context.deadlines(record)?.workingDaysLeft;
      return open(record, context) && left !== undefined && left >= 0 && left <= dueSoonDays && context.deadlines(record)?.onTime !== false;
    },
    columns: [...everyday, 'DirectorateContact'],
    sort: { field: 'DueBy', descending: false }
  },
  {
    id: 'overdue',
    title: 'Overdue',
    description: 'Open requests past the due date in force (the extended date, when extended).',
    includes: (record, context) => open(record, context) && context.deadlines(record)?.onTime === false,
    columns: [...everyday, 'DirectorateContact'],
    sort: { field: 'DueBy', descending: false }
  },
  {
    id: 'paused',
    title: 'Paused',
    description: 'The clock is stopped: waiting for clarification or for a fee.',
    includes: (record, context) => {
      const state = context.deadlines(record)?.state;
      return !values(record).ResponseDate && (state === 'awaiting clarification' || state === 'awaiting fee');
    },
    columns: ['Reference', 'Title', 'ReceivedDate', 'ClarificationRequestedDate', 'FeeNoticeDate', 'Status'],
    sort: { field: 'ReceivedDate', descending: false }
  },
  {
    id: 'responded-quarter',
    title: 'Responded this quarter',
    description: 'Requests answered since the start of this quarter.',
    includes: (record, context) => isAnswered(values(record)) && quarterOf(String(values(record).ResponseDate)) === quarterOf(context.today),
    columns: ['Reference', 'Title', 'ReceivedDate', 'ResponseDate', 'Outcome', 'Directorate'],
    sort: { field: 'ResponseDate', descending: true }
  },
  {
    id: 'to-publish',
    title: 'To publish',
    description: 'Answered requests no FOI officer has yet published in the disclosure log: open one and choose Publish.',
    includes: (record) => isAnswered(values(record)) && !values(record).PublishedDate,
    columns: ['Reference', 'Title', 'ResponseDate', 'Outcome', 'Exemptions', 'Directorate'],
    sort: { field: 'ResponseDate', descending: false }
  },
  {
    id: 'reviews',
    title: 'Internal reviews',
    description: 'Requests whose requester asked for an internal review or complained to the ICO, not yet closed.',
    includes: (record) => {
      const item = values(record);
      return (Boolean(item.InternalReviewRequestedDate) && !item.InternalReviewResponseDate) || (Boolean(item.IcoComplaintDate) && !item.IcoDecision);
    },
    columns: ['Reference', 'Title', 'ResponseDate', 'InternalReviewRequestedDate', 'IcoComplaintDate', 'Status'],
    sort: { field: 'InternalReviewRequestedDate', descending: false }
  },
  {
    id: 'mine',
    title: 'My requests',
    description: 'Open requests you handle, or that are with you as the directorate contact.',
    includes: (record, context) =>
      open(record, context) && [values(record).HandlingOfficer, values(record).DirectorateContact].some((person) => personId(person) === context.userId),
    columns: [...everyday, 'InternalDeadline'],
    sort: { field: 'DueBy', descending: false }
  },
  {
    id: 'all',
    title: 'All',
    description: 'Every request.',
    includes: () => true,
    columns: [...everyday, 'ResponseDate', 'Outcome'],
    sort: { field: 'ReceivedDate', descending: true }
  }
];

/** The FOI log as the register screen shows it: its views on the clock, and the Due by column. */
export const foiScreen: RegisterScreenDeclaration<typeof foiRequests, FoiViewContext, 'DueBy'> = {
  register: foiRequests,
  views: foiViews,
  noun: 'request',
  nouns: 'requests',
  linkColumn: 'Reference',
  search: { fields: ['Reference', 'Title', 'RequestText'], label: 'Search by reference or words' },
  derivedFields: { DueBy: dueByField },
  // The clock, the statistics and the disclosure log read most of a request.
  readsWhole: true
};
