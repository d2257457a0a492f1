import { availableActions, foiActions, missingForAction } from '../../src/domain/foi/foiActions';
import { disclosureColumns, disclosureLog } from '../../src/domain/foi/disclosureLog';
import { quarterStatistics } from '../../src/domain/foi/foiStatistics';
import { foiTimeline } from '../../src/domain/foi/foiTimeline';
import { foiViews, withDueBy, type FoiViewContext } from '../../src/domain/foi/foiViews';
import { isInView } from '../../src/domain/lists/registerViews';
import { sortRecords } from '../../src/domain/lists/itemQuery';
import { matchesRequest } from '../../src/domain/foi/foiSearch';
import { quarterDays, quarterOf, quartersBetween, quarterTitle } from '../../src/domain/foi/quarters';
import { nextRequesterReference, nextRequestReference } from '../../src/domain/foi/references';
import { deadlinesOf } from '../../src/domain/foi/requestDeadlines';
import { foiRequests } from '../../src/domain/registers';
import type { FieldDefinition } from '../../src/domain/lists/fields';

const today = '2026-11-20';
const fields = foiRequests.fields as unknown as Record<string, FieldDefinition>;
const base = { Regime: 'FOI', Status: 'Received', Exemptions: [], PublicInterestExtension: false };
const record = (id: number, item: Record<string, unknown>) => ({ id, item: { ...base, ...item }, modified: '', editorId: 1 });
const context = (records: ReturnType<typeof record>[]): FoiViewContext => {
  const byId = new Map(records.map((each) => [each.id, deadlinesOf(each.item, today)]));
  return { today, userId: 7, deadlines: (each) => byId.get(each.id) };
};
const inView = (id: string, records: ReturnType<typeof record>[]): number[] =>
  records.filter((each) => isInView(foiViews.find((view) => view.id === id)!, each, context(records))).map((each) => each.id);

describe('the FOI log’s views', () => {
  // Received 23 October 2026: due Friday 20 November (30 November is St Andrew's Day, after it).
  const records = [
    record(1, { ReceivedDate: '2026-10-23' }),
    record(2, { ReceivedDate: '2026-10-01' }),
    record(3, { ReceivedDate: '2026-11-16', ClarificationRequestedDate: '2026-11-17', HandlingOfficer: { id: 7 } }),
    record(4, { ReceivedDate: '2026-10-01', ResponseDate: '2026-10-20', Outcome: 'Granted in full' }),
    record(5, { ReceivedDate: '2026-06-01', ResponseDate: '2026-06-20', Outcome: 'Refused (exemption)', InternalReviewRequestedDate: '2026-07-01' }),
    record(6, { ReceivedDate: '2026-11-02', Outcome: 'Withdrawn or lapsed', Status: 'Closed' }),
    record(7, { ReceivedDate: '2026-11-18', DirectorateContact: { id: 7 } })
  ];
  it('puts each request where an FOI officer would look for it', () => {
    expect(inView('open', records)).toEqual([1, 2, 3, 7]);
    expect(inView('due-soon', records)).toEqual([1]);
    expect(inView('overdue', records)).toEqual([2]);
    expect(inView('paused', records)).toEqual([3]);
    expect(inView('responded-quarter', records)).toEqual([4]);
    expect(inView('reviews', records)).toEqual([5]);
    expect(inView('mine', records)).toEqual([3, 7]);
    expect(inView('all', records)).toHaveLength(records.length);
  });

  it('shows, sorts and exports the date that binds: the extended date when extended, nothing once answered or paused', () => {
    // Received 1 October: day 20 is 29 October, so an extension's day 40 is in late November.
    const extended = record(8, { ReceivedDate: '2026-10-01', PublicInterestExtension: true });
    const all = [...records, extended];
    const dueBy = new Map(withDueBy(all, (each) => context(all).deadlines(each)).map((each) => [each.id, (each.item as Record<string, unknown>).DueBy]));
    const extendedDeadlines = deadlinesOf(extended.item, today)!;
    expect(extendedDeadlines.extendedDueDate).toBeDefined();
    expect(dueBy.get(8)).toBe(extendedDeadlines.extendedDueDate);
    expect(dueBy.get(1)).toBe('2026-11-20');
    expect([dueBy.get(3), dueBy.get(4), dueBy.get(5), dueBy.get(6)]).toEqual([null, null, null, null]);
    // Day 20 of the extended request is long past; its binding date sorts it after one due today.
    const open = foiViews.find((view) => view.id === 'open')!;
    const sorted = sortRecords(withDueBy([extended, records[0]], (each) => context(all).deadlines(each)), open.sort).map((each) => each.id);
    expect(sorted).toEqual([1, 8]);
    expect(inView('overdue', all)).toEqual([2]);
    expect(open.columns).toContain('DueBy');
    expect(open.columns).not.toContain('DueDate');
  });

  it('searches reference, summary and words of the request, and the requester only when given', () => {
    const item = { Reference: 'FOI-2026-0042', Title: 'Pothole repairs', RequestText: 'Please send the budget for Elm Road.' };
    expect(matchesRequest(item, 'fOI-2026-0042')).toBe(true);
    expect(matchesRequest(item, 'elm budget')).toBe(true);
    expect(matchesRequest(item, 'Smith')).toBe(false);
    expect(matchesRequest(item, 'smith', 'R-0001 Jane Smith')).toBe(true);
  });
});

describe('quarters and references', () => {
  it('names calendar quarters and walks between them', () => {
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterDays('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterTitle('2025-Q3')).toBe('July to September 2025');
    expect(quartersBetween('2025-11-30', '2026-07-01')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
  });

  it('gives the next reference in each year’s series, ignoring other years and other shapes', () => {
    expect(nextRequestReference(['FOI-2026-0009', 'FOI-2026-0123', 'FOI-2025-0999', 'legacy 77'], '2026')).toBe('FOI-2026-0124');
    expect(nextRequestReference([], '2027')).toBe('FOI-2027-0001');
    expect(nextRequesterReference(['R-0041', 'R-0002'])).toBe('R-0042');
  });
});

describe('quarterly statistics', () => {
  it('counts the quarter’s received requests by timeliness, outcome, exemption, review and complaint', () => {
    const items = [
      // Due 27 February 2026; answered on day 10.
      { ...base, ReceivedDate: '2026-01-30', ResponseDate: '2026-02-13', Outcome: 'Granted in full', Directorate: 'Place' },
      // Extended: due 2 March, extended to 30 March; answered 20 March.
      { ...base, ReceivedDate: '2026-02-02', PublicInterestExtension: true, ResponseDate: '2026-03-20', Outcome: 'Granted in part', Exemptions: ['s.43 Commercial interests', 's.40 Personal information'], Directorate: 'Place' },
      // Due 2 March; answered 10 March: late.
      { ...base, ReceivedDate: '2026-02-02', ResponseDate: '2026-03-10', Outcome: 'Refused (exemption)', Exemptions: ['s.43 Commercial interests'], InternalReviewRequestedDate: '2026-03-20', InternalReviewResponseDate: '2026-04-10', InternalReviewOutcome: 'Upheld', IcoComplaintDate: '2026-05-01', Directorate: 'Public Health' },
      { ...base, ReceivedDate: '2026-03-30', Outcome: 'Withdrawn or lapsed', Status: 'Closed', Directorate: 'Place' },
      // Still open and overdue on 20 November.
      { ...base, ReceivedDate: '2026-03-02' },
      // Another quarter.
      { ...base, ReceivedDate: '2026-04-01', ResponseDate: '2026-04-10', Outcome: 'Granted in full' }
    ];
    const { all, byDirectorate } = quarterStatistics(items, '2026-Q1', today);
    expect(all).toMatchObject({ received: 5, answered: 3, onTime: 1, withinExtension: 1, late: 1, outstanding: 1, overdue: 1, withdrawn: 1 });
    expect(all.percentInTime).toBeCloseTo(66.67, 1);
    expect(all.outcomes).toEqual({ 'Granted in full': 1, 'Granted in part': 1, 'Refused (exemption)': 1 });
    expect(all.exemptions).toEqual({ 's.43 Commercial interests': 2, 's.40 Personal information': 1 });
    expect(all.internalReviews).toEqual({ requested: 1, answered: 1, results: { Upheld: 1 } });
    expect(all.icoComplaints).toEqual({ received: 1, decided: 0, decisions: {} });
    expect(byDirectorate.Place).toMatchObject({ received: 3, answered: 2, percentInTime: 100 });
    expect(byDirectorate['No directorate recorded']).toMatchObject({ received: 1, outstanding: 1 });
  });
});

describe('the disclosure log', () => {
  it('publishes what an FOI officer published, newest first, with no personal field and no item id; answered alone is not published', () => {
    const records = [
      record(1, { Reference: 'FOI-2026-0001', Title: 'Bins', ReceivedDate: '2026-10-01', ResponseDate: '2026-10-10', PublishedDate: '2026-10-17', Outcome: 'Granted in full', RequestText: 'From Jane at 1 High St', Notes: 'Jane rang' }),
      record(2, { Reference: 'FOI-2026-0002', Title: 'Parks', ReceivedDate: '2026-10-02', ResponseDate: '2026-10-20', PublishedDate: '2026-10-27', Outcome: 'Granted in part', Exemptions: ['s.40 Personal information'] }),
      record(3, { Reference: 'FOI-2026-0003', Title: 'Roads', ReceivedDate: '2026-10-03', Outcome: 'Withdrawn or lapsed', ResponseDate: '2026-10-05', PublishedDate: '2026-10-06' }),
      record(4, { Reference: 'FOI-2026-0004', Title: 'Open', ReceivedDate: '2026-11-03' }),
      record(5, { Reference: 'FOI-2026-0005', Title: 'Answered, not yet published', ReceivedDate: '2026-10-03', ResponseDate: '2026-10-25', Outcome: 'Granted in full' })
    ];
    const { table } = disclosureLog(fields, records);
    expect(table.headers).toEqual(['Reference', 'Regime', 'Date received', 'Date responded', 'Published in the disclosure log', 'Request summary', 'Directorate', 'Outcome', 'Exemptions applied']);
    expect(table.rows.map((row) => row[0])).toEqual(['FOI-2026-0002', 'FOI-2026-0001']);
    expect(inView('to-publish', records)).toEqual([5]);
    expect(JSON.stringify(table)).not.toMatch(/Jane|High St/);
    expect(disclosureColumns.every((name) => !fields[name].personal)).toBe(true);
    expect(() => disclosureLog({ ...fields, Title: { ...fields.Title, personal: true } }, records)).toThrow('would publish personal data: Title');
  });
});

describe('a request’s timeline and next steps', () => {
  const item = {
    ...base,
    Reference: 'FOI-2026-0100',
    ReceivedDate: '2026-10-01',
    Channel: 'Email',
    ClarificationRequestedDate: '2026-10-02',
    ClarificationReceivedDate: '2026-10-06',
    AssignedDate: '2026-10-07',
    Directorate: 'Place',
    DirectorateContact: { id: 2, title: 'Sam Okafor' },
    InternalDeadline: '2026-10-21',
    ResponseDate: '2026-10-30',
    Outcome: 'Granted in part',
    Exemptions: ['s.40 Personal information']
  };
  it('lists what happened and what was due, oldest first', () => {
    expect(foiTimeline(item, deadlinesOf(item, today), fields).map((event) => `${event.date} ${event.kind} ${event.text}`)).toEqual([
      '2026-10-01 event FOI request received by email.',
      '2026-10-02 event Clarification asked for: the clock stopped.',
      '2026-10-06 event Clarification received: the clock started again.',
      '2026-10-07 event Sent to Place (Sam Okafor).',
      '2026-10-21 deadline Directorate to send the information back.',
      '2026-10-30 event Responded: Granted in part (s.40 Personal information).',
      '2026-11-03 deadline Response due (working day 20).',
      '2026-12-11 deadline Last day for a complaint to the ICO.'
    ]);
  });

  it('offers the steps that make sense now, setting the status and today’s date, and says what a step still needs', () => {
    const open = { ...base, ReceivedDate: '2026-11-16' };
    expect(availableActions(open, deadlinesOf(open, today)).map((action) => action.id)).toEqual(['assign', 'clarify', 'fee-notice', 'extend', 'draft', 'respond', 'withdraw']);
    expect(availableActions({ ...open, Regime: 'EIR' }, deadlinesOf({ ...open, Regime: 'EIR' }, today)).map((action) => action.id)).not.toContain('fee-notice');
    expect(availableActions(item, deadlinesOf(item, today)).map((action) => action.id)).toEqual(['publish', 'review', 'ico-complaint']);
    expect(availableActions({ ...item, PublishedDate: today }, deadlinesOf(item, today)).map((action) => action.id)).toEqual(['review', 'ico-complaint']);
    const assign = foiActions.find((action) => action.id === 'assign')!;
    // Ten working days from Friday 20 November 2026, St Andrew's Day (Monday 30 November) skipped.
    expect(assign.sets(open, { today, directorateDays: 10 })).toEqual({ AssignedDate: today, InternalDeadline: '2026-12-07', Status: 'With directorate' });
    const clarified = foiActions.find((action) => action.id === 'clarified')!;
    expect(clarified.sets({ ...open, DirectorateContact: { id: 2 } }, { today, directorateDays: 10 })).toMatchObject({ Status: 'With directorate' });
    const respond = foiActions.find((action) => action.id === 'respond')!;
    expect(missingForAction(respond, { ...open, ResponseDate: today }, fields)).toEqual({ Outcome: 'Enter the outcome: respond needs it.' });
  });
});
