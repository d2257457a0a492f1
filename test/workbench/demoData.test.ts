import { demoFlaws, demoReferrals } from '../../workbench/demoData/urgentCareDemo';
import { urgentCareReferrals } from '../../src/domain/registers';
import { rulePasses } from '../../src/domain/lists/rulePredicate';
import { isValidNhsNumber } from '../../src/domain/validators/nhsNumber';

const options = { count: 3500, seed: 2026, today: '2026-11-22' };
const rows = demoReferrals(options, [2, 3]);
const rule = (id: string) => urgentCareReferrals.rules.find((candidate) => candidate.id === id)!;
const failing = (id: string) => rows.filter((row) => !rulePasses(rule(id), row, { today: options.today }));

describe('the Urgent Care demo data', () => {
  it('is the same for the same seed, and different for another', () => {
    expect(demoReferrals(options, [2, 3])).toEqual(rows);
    expect(demoReferrals({ ...options, seed: 7 }, [2, 3])).not.toEqual(rows);
  });

  it('has 3,500 referrals, from the last eighteen months, none after today', () => {
    expect(rows).toHaveLength(3500);
    const referralDates = rows.map((row) => String(row.ReferralDate)).sort();
    expect(referralDates[0] >= '2025-05-22').toBe(true);
    expect(referralDates.at(-1)! <= options.today).toBe(true);
    expect(failing('admission-not-in-future')).toEqual([]);
  });

  it('uses only never-issued NHS numbers, some entered wrongly before validation existed', () => {
    expect(rows.every((row) => String(row.NhsNumber).startsWith('999'))).toBe(true);
    const invalid = rows.filter((row) => !isValidNhsNumber(String(row.NhsNumber)));
    expect(invalid.length).toBeGreaterThanOrEqual(demoFlaws.invalidNhsNumber);
    expect(invalid.length).toBeLessThan(demoFlaws.invalidNhsNumber + demoFlaws.duplicateOfAnother);
  });

  it('has about 270 referrals discharged without a discharge date, and some dates out of order', () => {
    expect(failing('discharge-date-when-discharged').length).toBeGreaterThanOrEqual(demoFlaws.dischargedWithoutDate);
    expect(failing('discharge-date-when-discharged').length).toBeLessThan(demoFlaws.dischargedWithoutDate + demoFlaws.duplicateOfAnother);
    expect(failing('discharge-on-or-after-admission').length).toBeGreaterThanOrEqual(demoFlaws.dischargeBeforeAdmission);
  });

  it('has duplicates: the same patient and admission twice', () => {
    const keys = rows.map((row) => `${row.NhsNumber} ${row.AdmissionDate}`);
    expect(keys.length - new Set(keys).size).toBe(demoFlaws.duplicateOfAnother);
  });

  it('is otherwise as clean as the register’s blocking rules demand', () => {
    const flawed = new Set([...failing('discharge-date-when-discharged'), ...failing('discharge-on-or-after-admission'), ...failing('ready-on-or-before-discharge')]);
    const others = urgentCareReferrals.rules.filter(
      (candidate) => candidate.severity === 'block' && !['discharge-date-when-discharged', 'discharge-on-or-after-admission', 'ready-on-or-before-discharge'].includes(candidate.id)
    );
    const unexpected = rows.filter((row) => !flawed.has(row) && others.some((candidate) => !rulePasses(candidate, row, { today: options.today })));
    expect(unexpected).toEqual([]);
  });
});
