import {
  addUkWorkingDays,
  addUkWorkingDaysExplained,
  isUkWorkingDay,
  nonWorkingReason,
  ukWorkingDaysBetween,
  ukWorkingDaysBetweenExplained
} from '../../src/domain/calendar/workingDays';

describe('UK working days (FOIA s.10(6))', () => {
  it('counts day 1 as the first working day after receipt', () => {
    expect(addUkWorkingDays('2026-11-02', 1)).toBe('2026-11-03'); // Monday → Tuesday
    expect(addUkWorkingDays('2026-11-06', 1)).toBe('2026-11-09'); // Friday → Monday
    expect(addUkWorkingDays('2026-11-07', 1)).toBe('2026-11-09'); // received on a Saturday
  });

  it('gives 20 working days across Easter, skipping Good Friday and Easter Monday', () => {
    const result = addUkWorkingDaysExplained('2026-03-20', 20);
    expect(result.date).toBe('2026-04-21');
    expect(result.skipped.filter((day) => !['Saturday', 'Sunday'].includes(day.reason))).toEqual([
      { date: '2026-04-03', reason: 'Good Friday' },
      { date: '2026-04-06', reason: 'Easter Monday (England and Wales, Northern Ireland)' }
    ]);
  });

  it('skips Christmas Day, Boxing Day and the substitute days at Christmas', () => {
    // 2027: Christmas on a Saturday, Boxing Day on a Sunday: substitutes on Monday 27 and Tuesday 28.
    const result = addUkWorkingDaysExplained('2027-12-23', 2);
    expect(result.date).toBe('2027-12-29');
    expect(result.skipped.map((day) => day.date)).toEqual(['2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28']);
    expect(nonWorkingReason('2027-12-25')).toBe('Saturday');
    expect(nonWorkingReason('2026-12-25')).toBe('Christmas Day');
  });

  it('counts bank holidays of Scotland and Northern Ireland, not only England’s', () => {
    expect(nonWorkingReason('2026-03-17')).toBe('St Patrick’s Day (Northern Ireland)');
    expect(nonWorkingReason('2026-07-13')).toMatch(/Battle of the Boyne.*\(Northern Ireland\)/);
    expect(nonWorkingReason('2026-11-30')).toBe('St Andrew’s Day (Scotland)');
    expect(nonWorkingReason('2026-08-03')).toBe('Summer bank holiday (Scotland)');
    expect(nonWorkingReason('2027-01-04')).toMatch(/Scotland/);
    expect(isUkWorkingDay('2026-03-18')).toBe(true);
  });

  it('includes the proclaimed one-off days', () => {
    expect(nonWorkingReason('2022-09-19')).toBe('Queen Elizabeth\'s Funeral Day');
    expect(nonWorkingReason('2023-05-08')).toBe('King Charles III\'s Coronation');
  });

  it('counts working days after one date up to and including another', () => {
    expect(ukWorkingDaysBetween('2026-11-02', '2026-11-02')).toBe(0);
    expect(ukWorkingDaysBetween('2026-11-02', '2026-11-09')).toBe(5);
    expect(ukWorkingDaysBetween('2026-11-09', '2026-11-02')).toBe(0);
    const span = ukWorkingDaysBetweenExplained('2026-03-20', '2026-04-21');
    expect(span.days).toBe(20);
    expect(span.skipped).toEqual(addUkWorkingDaysExplained('2026-03-20', 20).skipped);
  });

  it('refuses dates it has no bank-holiday data for, and dates that do not exist', () => {
    expect(() => addUkWorkingDays('2035-12-20', 20)).toThrow(/No UK bank-holiday data for 2036/);
    expect(() => addUkWorkingDays('2026-02-30', 1)).toThrow(/not a real calendar date/);
    expect(() => addUkWorkingDays('30/01/2026', 1)).toThrow(/yyyy-mm-dd/);
    expect(() => addUkWorkingDays('2026-01-30', -1)).toThrow(/whole number/);
  });
});
