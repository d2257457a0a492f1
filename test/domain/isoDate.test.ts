import { dateAtUtcMidnight, mondayOf, nearestIsoDate } from '../../src/domain/calendar/isoDate';

describe('calendar dates and the Dates libraries take', () => {
  it('hand a library UTC midnight, and read back the day of a Date at about midnight in any time zone', () => {
    expect(dateAtUtcMidnight('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    // A date picker in London in summer gives local midnight, an hour before UTC midnight.
    expect(nearestIsoDate(new Date('2026-07-14T23:00:00Z'))).toBe('2026-07-15');
    expect(nearestIsoDate(new Date('2026-07-15T05:00:00Z'))).toBe('2026-07-15');
  });

  it('start the UK week on Monday', () => {
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
  });
});
