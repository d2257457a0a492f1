import { londonInstant } from '../../src/domain/calendar/londonTime';
import { readUkDateTime } from '../../src/domain/calendar/ukDateTimeInput';

const today = '2026-12-07';
const read = (typed: string) => readUkDateTime(typed, today);

describe('a date and time as UK staff type it', () => {
  it.each([
    ['04/12/2026 14:30', '2026-12-04T14:30:00Z'],
    ['4/12/26, 2.30pm', '2026-12-04T14:30:00Z'],
    ['4 Dec 2026 at 9:05', '2026-12-04T09:05:00Z'],
    ['2026-12-04T14:30', '2026-12-04T14:30:00Z'],
    // In summer the UK clock is an hour ahead of UTC.
    ['01/07/2026 14:30', '2026-07-01T13:30:00Z'],
    ['01/07/2026 12:15am', '2026-06-30T23:15:00Z'],
    ['2026-07-01T13:30:00.000Z', '2026-07-01T13:30:00Z']
  ])('reads "%s" as %s', (typed, instant) => {
    expect(read(typed)).toEqual({ ok: true, instant });
  });

  it.each([
    ['04/12/2026', /needs a date and a time/],
    ['31/02/2026 10:00', /no 31 February/],
    ['04/12/2026 25:00', /not a time/],
    ['04/12/2026 13:00pm', /not a time/],
    // 01:30 on 29 March 2026 never happened in the UK: the clocks went from 01:00 to 02:00.
    ['29/03/2026 01:30', /clocks went forward/]
  ])('refuses "%s", saying why', (typed, reason) => {
    const result = read(typed);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('reads the hour the clocks repeat (25 October 2026, 01:30) as its first, in summer time', () => {
    expect(londonInstant('2026-10-25', 5400)).toBe('2026-10-25T00:30:00Z');
  });
});
