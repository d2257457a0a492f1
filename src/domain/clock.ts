/** The only way domain code learns the time: injected, so tests and reports can fix it. */
export type Clock = () => Date;

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
});

/** "14:05" in UK time, whatever the time zone of the computer. */
export function formatLondonTime(instant: Date): string {
  return londonTime.format(instant);
}

const londonDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
});

/** "21/11/2026, 14:30" in UK time. */
export function formatLondonDateTime(instant: Date): string {
  return londonDateTime.format(instant);
}

/** "2026-11-22T14:30:00Z": an instant to the second, as SharePoint keeps date-and-time columns. */
export function isoInstant(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
