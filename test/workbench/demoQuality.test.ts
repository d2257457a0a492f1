import { demoFlaws, demoReferrals } from '../../workbench/demoData/urgentCareDemo';
import { urgentCareReferrals } from '../../src/domain/registers';
import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { runQualityChecks } from '../../src/domain/quality/qualityRun';

const today = '2026-11-22';
const rows = demoReferrals({ count: 3500, seed: 2026, today }, [2, 3]);
const records = rows.map((item, index) => ({ id: index + 1, item, modified: `${today}T08:00:00Z`, editorId: 1 }));
const outcome = runQualityChecks(qualityChecks(urgentCareReferrals), records, { today });
const failingIds = (id: string): number[] => outcome.checks.find((check) => check.checkId === id)!.failingIds;

describe('the data-quality run over the demo referrals', () => {
  it('lists exactly the referrals marked Discharged with no discharge date', () => {
    const seeded = records.filter(({ item }) => item.Status === 'Discharged' && item.DischargeDate === null).map(({ id }) => id);
    expect(seeded.length).toBeGreaterThanOrEqual(demoFlaws.dischargedWithoutDate);
    expect(failingIds('discharge-date-when-discharged')).toEqual(seeded);
  });

  it('finds each seeded copy of a referral once, and every invalid NHS number', () => {
    expect(failingIds('unique-nhs-number-admission-date')).toHaveLength(demoFlaws.duplicateOfAnother);
    expect(failingIds('valid-nhs-number').length).toBeGreaterThanOrEqual(demoFlaws.invalidNhsNumber);
    expect(failingIds('discharge-on-or-after-admission').length).toBeGreaterThanOrEqual(demoFlaws.dischargeBeforeAdmission);
  });
});
