import { registers } from '../../src/domain/registers';
import * as domain from '../../src/domain';

describe('the public domain module', () => {
  it('exports the validators and the FOI calendar with the agreed names and shapes', () => {
    expect(domain.isValidNhsNumber('943 476 5919')).toBe(true);
    expect(domain.normaliseNhsNumber('943-476-5919')).toBe('9434765919');
    expect(domain.normaliseNhsNumber('943 476 5918')).toBeUndefined();
    // Received Friday 20 November 2026; St Andrew's Day (Monday 30th, Scotland) is not a working day.
    expect(domain.addUkWorkingDays('2026-11-20', 20)).toBe('2026-12-21');
    expect(domain.ukWorkingDaysBetween('2026-11-20', '2026-12-21')).toBe(20);
    expect(domain.foiDeadlines({ Regime: 'FOI', ReceivedDate: '2026-11-20' }, '2026-11-20').dueDate).toBe('2026-12-21');
  });

  it('exports every register, in the order they are provisioned', () => {
    expect(domain.registers).toEqual(registers);
    expect(domain.registers.map((register) => register.title)).toEqual(expect.arrayContaining(['Urgent Care Referrals', 'FOI Requests', 'Data Catalogue']));
  });
});
