/**
 * One-off bank holidays proclaimed after the snapshot in ukBankHolidays.ts was taken (a royal event,
 * say). Add them here as [date, name, the parts of the UK that keep it] until the next refresh.
 */
export const proclaimedDays: ReadonlyArray<readonly [string, string, string]> = [];
