import fc from 'fast-check';
import { foiDeadlines } from '../../src/domain/foi/foiClock';
import { addDays } from '../../src/domain/calendar/isoDate';
import { isUkWorkingDay } from '../../src/domain/calendar/workingDays';

describe('the FOI clock', () => {
  it('counts 20 working days from the day after receipt, across Christmas and New Year, and explains it', () => {
    const deadlines = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2025-12-19' }, '2025-12-19');
    expect(deadlines).toMatchObject({ dueDate: '2026-01-22', state: 'open', workingDaysLeft: 20 });
    expect(deadlines.explanation).toEqual([
      'Received Friday 19 December 2025.',
      'Day 1 is Monday 22 December 2025.',
      "Skipped, weekends aside: 25 December (Christmas Day), 26 December (Boxing Day), 1 January (New Year's Day), 2 January (January 2nd, Scotland).",
      'Due Thursday 22 January 2026 (working day 20, FOIA s.10(1)).'
    ]);
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-03-20' }, '2026-03-20').dueDate).toBe('2026-04-21');
  });

  it('counts the bank holidays of Scotland and Northern Ireland too', () => {
    // St Patrick's Day (NI) on Tuesday 17 March 2026 is not a working day: the due date moves a day.
    expect(foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-03-02' }, '2026-03-02').dueDate).toBe('2026-03-31');
    // St Andrew's Day (Scotland), Monday 30 November 2026.
    expect(foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02' }, '2026-11-02').explanation.join(' ')).toMatch(/30 November \(St Andrew’s Day, Scotland\)/);
  });

  it('starts day 1 on the first working day after a receipt on a weekend or bank holiday', () => {
    const saturday = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-07' }, '2026-11-07');
    expect(saturday.explanation[1]).toBe('Day 1 is Monday 9 November 2026.');
    expect(saturday.dueDate).toBe(foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-06' }, '2026-11-06').dueDate);
    expect(foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-12-25' }, '2026-12-25').explanation[1]).toBe('Day 1 is Tuesday 29 December 2026.');
  });

  it('stops while clarification is awaited, and starts afresh when it arrives', () => {
    const waiting = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', ClarificationRequestedDate: '2026-11-04' }, '2026-11-10');
    expect(waiting).toMatchObject({ state: 'awaiting clarification', dueDate: '2026-12-09' });
    expect(waiting.workingDaysLeft).toBeUndefined();
    const clarified = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', ClarificationRequestedDate: '2026-11-04', ClarificationReceivedDate: '2026-11-16' }, '2026-11-16');
    expect(clarified).toMatchObject({ state: 'open', dueDate: '2026-12-15' });
    expect(clarified.explanation[1]).toMatch(/treated as new \(FOIA s\.1\(3\)\)/);
  });

  it('disregards the working days from a fees notice to the payment, both included', () => {
    const plain = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02' }, '2026-11-02').dueDate;
    expect(plain).toBe('2026-12-01');
    // Notice Wednesday 4 November, paid Friday 6 November: three working days do not count.
    const paid = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', FeeNoticeDate: '2026-11-04', FeePaidDate: '2026-11-06' }, '2026-11-06');
    expect(paid.dueDate).toBe('2026-12-04');
    const waiting = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', FeeNoticeDate: '2026-11-04' }, '2026-11-20');
    expect(waiting.state).toBe('awaiting fee');
    const lapsed = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', FeeNoticeDate: '2026-11-04' }, '2027-02-04');
    expect(lapsed.state).toBe('closed');
    expect(foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', FeeNoticeDate: '2026-11-04' }, '2027-02-03').state).toBe('awaiting fee');
  });

  it('keeps day 20 for the refusal notice and allows 40 with a public interest extension', () => {
    const extended = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', PublicInterestExtension: true, ResponseDate: '2026-12-20' }, '2026-12-21');
    // Day 40 passes over Christmas Day and the Boxing Day substitute (Monday 28 December 2026).
    expect(extended).toMatchObject({ dueDate: '2026-12-01', extendedDueDate: '2026-12-31', onTime: true, state: 'responded' });
    expect(extended.explanation.join(' ')).toMatch(/refusal notice was still due Tuesday 1 December 2026/);
  });

  it('gives EIR requests 40 working days when complex and voluminous, and 40 for the review', () => {
    const eir = foiDeadlines({ Regime: 'EIR', ReceivedDate: '2026-11-02', PublicInterestExtension: true, ResponseDate: '2027-01-05', InternalReviewRequestedDate: '2027-01-11' }, '2027-01-12');
    expect(eir).toMatchObject({ dueDate: '2026-12-01', extendedDueDate: '2026-12-31', onTime: false, state: 'in review', reviewDueDate: '2027-03-08' });
    expect(eir.explanation.join(' ')).toMatch(/EIR reg 7\(1\)/);
  });

  it('marks a late answer and an overdue request, and counts the days', () => {
    const late = foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', ResponseDate: '2026-12-03' }, '2026-12-10');
    expect(late).toMatchObject({ onTime: false, workingDaysTaken: 22 });
    expect(late.explanation.join(' ')).toMatch(/2 working days late/);
    expect(foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02' }, '2026-12-03')).toMatchObject({ onTime: false, workingDaysLeft: -2 });
  });

  it('dates the internal review and the ICO window from the final response', () => {
    const reviewed = foiDeadlines(
      { Regime: 'FOI', ReceivedDate: '2026-11-02', ResponseDate: '2026-11-20', InternalReviewRequestedDate: '2026-11-25', InternalReviewResponseDate: '2026-12-10' },
      '2026-12-11'
    );
    // St Andrew's Day (Monday 30 November, Scotland) is passed over.
    expect(reviewed).toMatchObject({ reviewDueDate: '2026-12-24', icoComplaintBy: '2027-01-21', state: 'closed' });
    expect(foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-02', ResponseDate: '2026-11-20' }, '2026-11-21').icoComplaintBy).toBe('2027-01-01');
  });

  it('never falls due on a non-working day, and a pause never brings the due date earlier', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((offset) => addDays('2021-01-01', offset));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.constantFrom('FOI' as const, 'EIR' as const), (received, noticeAfter, pausedFor, extended, regime) => {
        const plain = foiDeadlines({ Regime: regime, ReceivedDate: received, PublicInterestExtension: extended }, received);
        const notice = addDays(received, noticeAfter);
        const paused = foiDeadlines({ Regime: regime, ReceivedDate: received, PublicInterestExtension: extended, FeeNoticeDate: notice, FeePaidDate: addDays(notice, pausedFor) }, received);
        const clarified = foiDeadlines({ Regime: regime, ReceivedDate: received, ClarificationRequestedDate: notice, ClarificationReceivedDate: addDays(notice, pausedFor) }, received);
        for (const deadlines of [plain, paused, clarified]) {
          expect(isUkWorkingDay(deadlines.dueDate)).toBe(true);
          if (deadlines.extendedDueDate) expect(isUkWorkingDay(deadlines.extendedDueDate)).toBe(true);
        }
        expect(paused.dueDate >= plain.dueDate).toBe(true);
        expect(clarified.dueDate >= plain.dueDate).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
});
