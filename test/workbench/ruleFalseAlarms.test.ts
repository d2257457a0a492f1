import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { runQualityChecks } from '../../src/domain/quality/qualityRun';
import { urgentCareReferrals } from '../../src/domain/registers';
import type { AnyRegister } from '../../src/data/itemMapping';
import { demoReferrals } from '../../workbench/demoData/urgentCareDemo';
import { demoCount, demoSeed } from '../../workbench/demoData/seed';

const today = '2026-11-22';
const records = demoReferrals({ count: demoCount, seed: demoSeed, today }, [2, 3]).map((item, index) => ({ id: index + 1, item, modified: `${today}T09:00:00Z`, editorId: 2 }));
const result = runQualityChecks(qualityChecks(urgentCareReferrals as unknown as AnyRegister), records, { today }, []);
const flagged = (checkId: string) => {
  const ids = new Set(result.checks.find((check) => check.checkId === checkId)!.failingIds);
  return records.filter((record) => ids.has(record.id)).map((record) => record.item);
};

/**
 * Each rule flags only items its sentence describes, on the demo data that carries the Control Room's
 * real problems: a rule that cries wolf teaches stewards to ignore it.
 */
describe('the Urgent Care rules on the demo data', () => {
  it('asks for a delay reason only for patients still in hospital after their ready date', () => {
    const asked = flagged('delay-reason-when-ready-and-in-hospital');
    expect(asked.length).toBeGreaterThan(0);
    for (const item of asked) {
      expect(['Cancelled', 'Discharged']).not.toContain(item.Status);
      expect(item.DischargeReadyDate).not.toBeNull();
      expect(item.DischargeDate).toBeNull();
    }
  });

  it('asks for a discharge date only of referrals marked Discharged, and a status only of referrals with a discharge date', () => {
    expect(flagged('discharge-date-when-discharged').every((item) => item.Status === 'Discharged' && item.DischargeDate === null)).toBe(true);
    expect(flagged('discharged-status-when-discharge-date').every((item) => item.Status !== 'Discharged' && item.DischargeDate !== null)).toBe(true);
  });

  it('never asks a cancelled referral for what only a discharge needs', () => {
    const dischargeRules = ['delay-reason-when-ready-and-in-hospital', 'destination-when-discharged', 'pathway-when-discharged', 'discharge-date-when-discharged'];
    for (const rule of dischargeRules) expect(flagged(rule).filter((item) => item.Status === 'Cancelled')).toEqual([]);
  });
});
