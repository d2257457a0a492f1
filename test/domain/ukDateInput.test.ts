import { readUkDate } from '../../src/domain/calendar/ukDateInput';

const today = '2026-11-22';
const read = (typed: string) => readUkDate(typed, today);

describe('reading a date as UK staff type it', () => {
  it.each([
    ['20/11/26', '2026-11-20'],
    ['20/11/2026', '2026-11-20'],
    ['2026-11-20', '2026-11-20'],
    ['3/4/2024', '2024-04-03'],
    ['03.04.24', '2024-04-03'],
    ['20-11-2026', '2026-11-20'],
    ['20 Nov 2026', '2026-11-20'],
    ['20 November 26', '2026-11-20'],
    ['12th Jan 2024', '2024-01-12'],
    ['1st Sept 2025', '2025-09-01'],
    ['20-Nov-26', '2026-11-20'],
    ['  29/02/2024 ', '2024-02-29'],
    ['1/1/45', '1945-01-01'],
    ['1/1/36', '2036-01-01'],
    ['1/1/37', '1937-01-01']
  ])('reads "%s" as %s', (typed, date) => {
    expect(read(typed)).toEqual({ ok: true, date });
  });

  it('names what is wrong when it cannot read the date', () => {
    expect(read('31/02/2026')).toEqual({ ok: false, reason: 'There is no 31 February 2026.' });
    expect(read('5/13/2026')).toEqual({ ok: false, reason: 'There is no month 13 in "5/13/2026". Dates here are day first: did you mean 13/05/2026?' });
    expect(read('29/02/2026')).toEqual({ ok: false, reason: 'There is no 29 February 2026.' });
    expect(read('11/20/2026')).toEqual({ ok: false, reason: 'There is no month 20 in "11/20/2026". Dates here are day first: did you mean 20/11/2026?' });
    expect(read('20 Novembr 2026')).toEqual({ ok: false, reason: '"Novembr" is not a month. Write the date day first, like 20/11/2026 or 20 Nov 2026.' });
    expect(read('tbc')).toEqual({ ok: false, reason: '"tbc" is not a date Custodian can read. Write the date day first, like 20/11/2026 or 20 Nov 2026.' });
    expect(read('')).toEqual({ ok: false, reason: 'No date was typed.' });
  });
});

describe('reading a date that is never after today, such as a date of birth', () => {
  const past = (typed: string) => readUkDate(typed, today, { past: true });

  it.each([
    ['3/3/33', '1933-03-03'],
    ['1/1/26', '2026-01-01'],
    ['22/11/26', '2026-11-22'],
    ['23/11/26', '1926-11-23'],
    ['1 Jan 36', '1936-01-01'],
    ['3/3/2033', '2033-03-03']
  ])('reads "%s" as %s: a two-digit year is the most recent past one, four digits are as typed', (typed, date) => {
    expect(past(typed)).toEqual({ ok: true, date });
  });
});
