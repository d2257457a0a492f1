import { formatLondonTime } from '../../src/domain/clock';

describe('formatLondonTime', () => {
  it('shows British Summer Time in summer', () => {
    expect(formatLondonTime(new Date('2026-07-01T13:05:00Z'))).toBe('14:05');
  });

  it('shows Greenwich Mean Time in winter', () => {
    expect(formatLondonTime(new Date('2026-12-01T13:05:00Z'))).toBe('13:05');
  });

  it('uses the 24-hour clock just after midnight', () => {
    expect(formatLondonTime(new Date('2026-12-02T00:30:00Z'))).toBe('00:30');
  });

  it('shows 01:30 twice on the night the clocks go back', () => {
    expect(formatLondonTime(new Date('2026-10-25T00:30:00Z'))).toBe('01:30');
    expect(formatLondonTime(new Date('2026-10-25T01:30:00Z'))).toBe('01:30');
  });
});
