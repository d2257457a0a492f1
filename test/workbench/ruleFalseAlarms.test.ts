import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { runQualityChecks } from '../../src/domain/quality/qualityRun';
import { urgentCareReferrals } from '../../src/domain/registers';
import type { Register } from '../../src/domain/lists/defineList';
import { demoFlaws, demoReferrals } from '../../workbench/demoData/urgentCareDemo';
import { demoCount, demoSeed } from '../../workbench/demoData/seed';

type Referral = Record<string, unknown>;

const today = '2026-11-22';
const records = demoReferrals({ count: demoCount, seed: demoSeed, today }, [2, 3]).map((item, index) => ({ id: index + 1, item, modified: `${today}T09:00:00Z`, editorId: 2 }));
const result = runQualityChecks(qualityChecks(urgentCareReferrals as unknown as Register), records, { today }, []);
const flaggedIds = (checkId: string) => result.checks.find((check) => check.checkId === checkId)!.failingIds;

const filled = (value: unknown) => value !== null && value !== undefined && value !== '';
const stillInHospital = (item: Referral) => !filled(item.DischargeDate) && !['Cancelled', 'Discharged'].includes(String(item.Status));
const datesOutOfOrder = (earlier: unknown, later: unknown) => filled(earlier) && filled(later) && String(later) < String(earlier);

/**
 * Each rule's sentence, written out again by hand as the items it describes, without the rule DSL: a rule
 * that flags anything else cries wolf, and a rule that stewards learn to ignore is worse than none.
 */
const describedBy: Record<string, (item: Referral) => boolean> = {
  'discharge-date-when-discharged': (item) => item.Status === 'Discharged' && !filled(item.DischargeDate),
  'discharge-on-or-after-admission': (item) => datesOutOfOrder(item.AdmissionDate, item.DischargeDate),
  'ready-on-or-before-discharge': (item) => datesOutOfOrder(item.DischargeReadyDate, item.DischargeDate),
  'referral-on-or-after-admission': (item) => datesOutOfOrder(item.AdmissionDate, item.ReferralDate),
  'admission-not-in-future': (item) => datesOutOfOrder(item.AdmissionDate, today),
  'date-of-birth-not-in-future': (item) => datesOutOfOrder(item.DateOfBirth, today),
  'referral-not-in-future': (item) => datesOutOfOrder(item.ReferralDate, today),
  'cancellation-reason-when-cancelled': (item) => item.Status === 'Cancelled' && !filled(item.CancellationReason),
  'died-means-destination-79': (item) => item.DischargeMethod === '4 Died' && item.DischargeDestination !== '79 Not applicable – patient died',
  'destination-when-discharged': (item) => item.Status === 'Discharged' && !filled(item.DischargeDestination),
  'pathway-when-discharged': (item) => item.Status === 'Discharged' && !filled(item.Pathway),
  'discharged-status-when-discharge-date': (item) => filled(item.DischargeDate) && item.Status !== 'Discharged',
  'ready-date-when-discharged': (item) => item.Status === 'Discharged' && item.DischargeMethod !== '4 Died' && !filled(item.DischargeReadyDate),
  'delay-reason-when-ready-and-in-hospital': (item) =>
    stillInHospital(item) && filled(item.DischargeReadyDate) && String(item.DischargeReadyDate) < today && !filled(item.DelayReason),
  'package-starts-on-or-after-referral': (item) => datesOutOfOrder(item.ReferralDate, item.CarePackageStartDate)
};

describe('the Urgent Care rules on the demo data, which carries the Control Room’s real problems', () => {
  it('has a hand-written description for every rule, so no rule escapes this review', () => {
    expect(urgentCareReferrals.rules.map((rule) => rule.id).sort()).toEqual(Object.keys(describedBy).sort());
  });

  it.each(Object.keys(describedBy))('%s flags exactly the referrals its sentence describes', (ruleId) => {
    const described = records.filter((record) => describedBy[ruleId](record.item)).map((record) => record.id);
    expect([...flaggedIds(ruleId)].sort((a, b) => a - b)).toEqual(described);
  });

  it('asks for a delay reason only for the patients still in hospital after their ready day, not on the day itself', () => {
    const asked = new Set(flaggedIds('delay-reason-when-ready-and-in-hospital'));
    expect(asked.size).toBe(demoFlaws.stillInHospitalWithoutDelayReason);
    const readyToday = records.filter((record) => stillInHospital(record.item) && record.item.DischargeReadyDate === today && !filled(record.item.DelayReason));
    expect(readyToday.length).toBeGreaterThan(0);
    for (const record of readyToday) expect(asked.has(record.id)).toBe(false);
  });

  it('does not chase a discharge ready date for a patient who still meets the criteria to reside', () => {
    const notYetReady = records.filter((record) => stillInHospital(record.item) && !filled(record.item.DischargeReadyDate));
    expect(notYetReady.length).toBeGreaterThan(0);
    const flaggedAnywhere = new Set(result.checks.filter((check) => check.dimension === 'completeness').flatMap((check) => check.failingIds));
    expect(notYetReady.filter((record) => flaggedAnywhere.has(record.id))).toEqual([]);
  });

  it('never asks a cancelled referral for what only a discharge needs', () => {
    const cancelled = new Set(records.filter((record) => record.item.Status === 'Cancelled').map((record) => record.id));
    const dischargeRules = ['delay-reason-when-ready-and-in-hospital', 'destination-when-discharged', 'pathway-when-discharged', 'discharge-date-when-discharged', 'ready-date-when-discharged'];
    for (const rule of dischargeRules) expect(flaggedIds(rule).filter((id) => cancelled.has(id))).toEqual([]);
  });
});
