import { urgentCareReferrals } from '../../src/domain/registers';
import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { runQualityChecks } from '../../src/domain/quality/qualityRun';
import { fixQueue } from '../../src/domain/quality/fixQueue';
import { auditTrail, fixedThisWeek, type QualityException, type QualityFix } from '../../src/domain/quality/qualityAudit';
import { formatQualityLink, parseQualityLink } from '../../src/domain/quality/qualityLinks';
import { sampleReferral } from '../support/sampleItems';

const checks = qualityChecks(urgentCareReferrals);
const fieldOrder = Object.keys(urgentCareReferrals.fields);
const record = (id: number, values: Record<string, unknown>) => ({
  id,
    // A different admission for each, so none is a copy of another.
  item: sampleReferral({ AdmissionDate: `2026-10-${10 + id}`, Ward: 'Ward 4', DateOfBirth: '1950-02-03', Pathway: 'Pathway 1', DischargeReadyDate: '2026-11-05', DelayReason: 'Housing', ...values }),
  modified: '2026-11-20T09:00:00Z',
  editorId: 1
});
const result = runQualityChecks(
  checks,
  [
    record(7, { Status: 'Discharged', DischargeDate: null, Ward: null, DischargeDestination: '19 Usual place of residence' }),
    record(3, { Status: 'Discharged', DischargeDate: null, DischargeDestination: '19 Usual place of residence' }),
    record(5, { Ward: '' }),
    record(9, {})
  ],
  { today: '2026-11-22' }
);

describe('the fix queue', () => {
  it('holds each failing item once, in id order, with the checks it fails and only their fields', () => {
    const queue = fixQueue(result, () => true, fieldOrder);
    expect(queue.map((entry) => entry.itemId)).toEqual([3, 5, 7]);
    const seven = queue[2];
    expect(seven.failures.map((failure) => failure.checkId)).toEqual(['complete-ward', 'discharge-date-when-discharged']);
    expect(seven.fields).toEqual(['Ward', 'Status', 'DischargeDate']);
  });

  it('holds only items failing the checks chosen, each with everything it fails', () => {
    const queue = fixQueue(result, (check) => check.checkId === 'discharge-date-when-discharged', fieldOrder);
    expect(queue.map((entry) => [entry.itemId, entry.fields])).toEqual([
      [3, ['Status', 'DischargeDate']],
      [7, ['Ward', 'Status', 'DischargeDate']]
    ]);
  });

  it('leaves out items a steward has excepted', () => {
    const excepted = runQualityChecks(checks, [record(3, { Status: 'Discharged', DischargeDate: null })], { today: '2026-11-22' }, [
      { checkId: 'discharge-date-when-discharged', itemId: 3 }
    ]);
    expect(fixQueue(excepted, (check) => check.checkId === 'discharge-date-when-discharged', fieldOrder)).toEqual([]);
  });
});

const priya = { id: 1, title: 'Priya Shah' };
const sam = { id: 2, title: 'Sam Okafor' };
const fix = (id: number, FixedAt: string): { id: number; item: QualityFix; modified: string; editorId: number } => ({
  id,
  item: { Title: 'Fix', Register: 'urgentCareReferrals', CheckId: 'discharge-date-when-discharged', ItemId: 40 + id, FieldsChanged: 'Discharge date', FixedBy: priya, FixedAt },
  modified: FixedAt,
  editorId: 1
});
const exception: { id: number; item: QualityException; modified: string; editorId: number } = {
  id: 1,
  item: {
    Title: 'Exception',
    Register: 'urgentCareReferrals',
    RuleId: 'complete-ward',
    ItemId: 12,
    Reason: 'Not available at source',
    Explanation: 'Ward closed',
    Status: 'Reverted',
    ExceptedBy: sam,
    ExceptedOn: '2026-11-18',
    RevertedBy: priya,
    RevertedOn: '2026-11-20'
  },
  modified: '2026-11-20T10:00:00Z',
  editorId: 1
};

describe('the stewards’ audit', () => {
  it('lists fixes, exceptions and reverts, newest first, with who did each', () => {
    const trail = auditTrail([fix(1, '2026-11-19T10:00:00Z'), fix(2, '2026-11-21T08:00:00Z')], [exception]);
    expect(trail.map((entry) => [entry.action, entry.who, entry.itemId, entry.when])).toEqual([
      ['Fixed', 'Priya Shah', 42, '2026-11-21T08:00:00Z'],
      ['Reverted', 'Priya Shah', 12, '2026-11-20T10:00:00Z'],
      ['Fixed', 'Priya Shah', 41, '2026-11-19T10:00:00Z'],
      ['Excepted', 'Sam Okafor', 12, '2026-11-18']
    ]);
    expect(trail[1].detail).toBe('Counted again (was: Not available at source: Ward closed)');
    expect(trail[0].detail).toBe('Changed Discharge date');
  });

  it('puts an exception made after a fix on the same day first, with its time', () => {
    const active = { ...exception, item: { ...exception.item, Status: 'Active' as const, ExceptedOn: '2026-11-21', RevertedBy: null, RevertedOn: null }, modified: '2026-11-21T11:30:00Z' };
    const trail = auditTrail([fix(1, '2026-11-21T08:00:00Z')], [active]);
    expect(trail.map((entry) => [entry.action, entry.when])).toEqual([
      ['Excepted', '2026-11-21T11:30:00Z'],
      ['Fixed', '2026-11-21T08:00:00Z']
    ]);
  });

  it('counts the fixes made since Monday, in UK time', () => {
    // London is on GMT in November: 23:30 UTC on Sunday the 15th is still last week.
    const fixes = [fix(1, '2026-11-15T23:30:00Z'), fix(2, '2026-11-16T00:30:00Z'), fix(3, '2026-11-22T12:00:00Z')];
    expect(fixedThisWeek(fixes, '2026-11-22')).toBe(2);
    expect(fixedThisWeek(fixes, '2026-11-15')).toBe(1);
  });
});

describe('links to a check or an item', () => {
  it('round-trip, and anything else is not a link', () => {
    const link = { register: 'urgentCareReferrals', checkId: 'discharge-date-when-discharged', itemId: 123 };
    expect(formatQualityLink(link)).toBe('urgentCareReferrals/discharge-date-when-discharged/123');
    expect(parseQualityLink(formatQualityLink(link))).toEqual(link);
    expect(parseQualityLink('urgentCareReferrals')).toEqual({ register: 'urgentCareReferrals' });
    for (const bad of ['', '12', 'a/b/0', 'a/Bad Rule', 'a/b/1/2', "a/b/1' or 1=1"]) expect(parseQualityLink(bad)).toBeUndefined();
  });
});
