import { registers } from '../../src/domain/registers';
import { ruleContextAt, rulePasses } from '../../src/domain/lists/rulePredicate';
import type { Register } from '../../src/domain/lists/defineList';

const today = '2026-11-22';
// Noon on the 22nd: 72 hours before is noon on the 19th.
const context = ruleContextAt(new Date(`${today}T12:00:00Z`));
type Case = { passes: Record<string, unknown>; fails: Record<string, unknown> };

/** For every rule of every register: an item that keeps it and one that breaks it. */
const cases: Record<string, Record<string, Case>> = {
  urgentCareReferrals: {
    'discharge-date-when-discharged': {
      passes: { Status: 'Discharged', DischargeDate: '2026-11-20' },
      fails: { Status: 'Discharged', DischargeDate: '  ' }
    },
    'discharge-on-or-after-admission': {
      passes: { AdmissionDate: '2026-11-01', DischargeDate: '2026-11-01' },
      fails: { AdmissionDate: '2026-11-02', DischargeDate: '2026-11-01' }
    },
    'ready-on-or-before-discharge': {
      passes: { DischargeReadyDate: '2026-11-05', DischargeDate: null },
      fails: { DischargeReadyDate: '2026-11-06', DischargeDate: '2026-11-05' }
    },
    'referral-on-or-after-admission': {
      passes: { AdmissionDate: '2026-11-01', ReferralDate: '2026-11-03' },
      fails: { AdmissionDate: '2026-11-04', ReferralDate: '2026-11-03' }
    },
    'admission-not-in-future': { passes: { AdmissionDate: today }, fails: { AdmissionDate: '2026-11-23' } },
    'date-of-birth-not-in-future': { passes: { DateOfBirth: '1933-03-03' }, fails: { DateOfBirth: '2033-03-03' } },
    'referral-not-in-future': { passes: { ReferralDate: '2026-01-01' }, fails: { ReferralDate: '2027-01-01' } },
    'cancellation-reason-when-cancelled': {
      passes: { Status: 'Cancelled', CancellationReason: 'Patient moved out of area' },
      fails: { Status: 'Cancelled', CancellationReason: '' }
    },
    'died-means-destination-79': {
      passes: { DischargeMethod: '4 Died', DischargeDestination: '79 Not applicable – patient died' },
      fails: { DischargeMethod: '4 Died', DischargeDestination: '19 Usual place of residence' }
    },
    'destination-when-discharged': {
      passes: { Status: 'Assessing', DischargeDestination: null },
      fails: { Status: 'Discharged', DischargeDestination: null }
    },
    'pathway-when-discharged': {
      passes: { Status: 'Discharged', Pathway: 'Pathway 1' },
      fails: { Status: 'Discharged', Pathway: null }
    },
    'discharged-status-when-discharge-date': {
      passes: { DischargeDate: '2026-11-20', Status: 'Discharged' },
      fails: { DischargeDate: '2026-11-20', Status: 'Ready for discharge' }
    },
    'ready-date-when-discharged': {
      passes: { Status: 'Discharged', DischargeMethod: '4 Died', DischargeReadyDate: null },
      fails: { Status: 'Discharged', DischargeMethod: '1 Clinical advice or consent', DischargeReadyDate: null }
    },
    'delay-reason-when-ready-and-in-hospital': {
      passes: { DischargeReadyDate: '2026-11-10', DischargeDate: '2026-11-12', DelayReason: null },
      fails: { DischargeReadyDate: '2026-11-10', DischargeDate: null, DelayReason: null }
    },
    'package-starts-on-or-after-referral': {
      passes: { ReferralDate: '2026-11-10', CarePackageStartDate: '2026-11-12' },
      fails: { ReferralDate: '2026-11-10', CarePackageStartDate: '2026-11-09' }
    }
  },
  foiRequests: {
    'received-not-in-future': { passes: { ReceivedDate: today }, fails: { ReceivedDate: '2026-12-01' } },
    'foi-exemptions-for-foi': {
      passes: { Regime: 'FOI', Exemptions: ['s.43 Commercial interests'] },
      fails: { Regime: 'FOI', Exemptions: ['s.43 Commercial interests', 'EIR 13 Personal data'] }
    },
    'eir-exceptions-for-eir': {
      passes: { Regime: 'EIR', Exemptions: ['EIR 13 Personal data'] },
      fails: { Regime: 'EIR', Exemptions: ['s.40 Personal information'] }
    },
    'published-after-response': {
      passes: { ResponseDate: '2026-10-20', PublishedDate: '2026-10-27' },
      fails: { ResponseDate: '2026-10-20', PublishedDate: '2026-10-19' }
    },
    'response-on-or-after-receipt': {
      passes: { ReceivedDate: '2026-10-01', ResponseDate: '2026-10-20' },
      fails: { ReceivedDate: '2026-10-01', ResponseDate: '2026-09-30' }
    },
    'response-date-when-responded': {
      passes: { Status: 'Responded', ResponseDate: '2026-10-20' },
      fails: { Status: 'Responded', ResponseDate: null }
    },
    'outcome-when-responded': {
      passes: { ResponseDate: null, Outcome: null },
      fails: { ResponseDate: '2026-10-20', Outcome: null }
    },
    'exemptions-when-withheld': {
      passes: { Outcome: 'Granted in part', Exemptions: ['s.40 Personal information'] },
      fails: { Outcome: 'Neither confirm nor deny', Exemptions: [] }
    },
    'extension-dated': {
      passes: { PublicInterestExtension: true, ExtendedDate: '2026-10-20' },
      fails: { PublicInterestExtension: true, ExtendedDate: null }
    },
    'public-interest-test-recorded': {
      passes: { Exemptions: ['s.40 Personal information'], PublicInterestTest: null },
      fails: { Exemptions: ['s.40 Personal information', 's.43 Commercial interests'], PublicInterestTest: ' ' }
    },
    'contact-when-with-directorate': {
      passes: { Status: 'With directorate', DirectorateContact: { id: 2 } },
      fails: { Status: 'With directorate', DirectorateContact: null }
    },
    'ico-decision-after-complaint': {
      passes: { IcoComplaintDate: '2026-10-02', IcoDecisionDate: '2026-11-30' },
      fails: { IcoComplaintDate: '2026-10-02', IcoDecisionDate: '2026-09-30' }
    },
    'clarification-after-request': {
      passes: { ClarificationRequestedDate: '2026-10-02', ClarificationReceivedDate: '2026-10-05' },
      fails: { ClarificationRequestedDate: '2026-10-02', ClarificationReceivedDate: '2026-10-01' }
    },
    'fee-paid-after-notice': {
      passes: { FeeNoticeDate: '2026-10-02', FeePaidDate: '2026-10-02' },
      fails: { FeeNoticeDate: '2026-10-02', FeePaidDate: '2026-09-01' }
    },
    'review-answered-after-requested': {
      passes: { InternalReviewRequestedDate: '2026-10-02', InternalReviewResponseDate: '2026-10-30' },
      fails: { InternalReviewRequestedDate: '2026-10-02', InternalReviewResponseDate: '2026-10-01' }
    },
    'spoken-requests-are-eir': {
      passes: { Channel: 'Phone (EIR only)', Regime: 'EIR' },
      fails: { Channel: 'In person (EIR only)', Regime: 'FOI' }
    },
  },
  dataCatalogue: {
    'lawful-basis-for-personal-data': {
      passes: { PersonalData: 'No', LawfulBasis: null },
      fails: { PersonalData: 'Yes', LawfulBasis: null }
    },
    'special-category-is-sensitive': {
      passes: { PersonalData: 'Yes, including special category', Classification: 'OFFICIAL-SENSITIVE' },
      fails: { PersonalData: 'Yes, including special category', Classification: 'OFFICIAL' }
    },
    'retention-for-personal-data': {
      passes: { PersonalData: 'Yes', RetentionPeriod: '6 years after closure' },
      fails: { PersonalData: 'Yes, including special category', RetentionPeriod: ' ' }
    },
    'reviewed-not-in-future': { passes: { LastReviewed: '2026-06-01' }, fails: { LastReviewed: '2026-11-23' } }
  },
  dataBreaches: {
    'reason-when-not-reportable': {
      passes: { IcoDecision: 'Not reportable', NotReportableReason: 'Sent to the wrong team inside the council and deleted unread.' },
      fails: { IcoDecision: 'Not reportable', NotReportableReason: ' ' }
    },
    'ico-report-after-awareness': {
      passes: { AwareAt: '2026-11-18T09:00:00Z', IcoReportedAt: '2026-11-18T09:00:00Z' },
      fails: { AwareAt: '2026-11-18T09:00:00Z', IcoReportedAt: '2026-11-18T08:59:00Z' }
    },
    'ico-within-72-hours': {
      passes: { IcoDecision: 'Reportable', AwareAt: '2026-11-18T09:00:00Z', IcoReportedAt: '2026-11-21T09:00:00Z' },
      fails: { IcoDecision: 'Reportable', AwareAt: '2026-11-18T09:00:00Z', IcoReportedAt: '2026-11-21T09:01:00Z', DelayReason: null }
    },
    'ico-told-in-time': {
      passes: { IcoDecision: 'Reportable', AwareAt: '2026-11-19T12:00:00Z', IcoReportedAt: null },
      fails: { IcoDecision: 'Reportable', AwareAt: '2026-11-19T11:59:00Z', IcoReportedAt: null }
    }
  },
  qualityExceptions: {
    'explanation-for-other': {
      passes: { Reason: 'Other', Explanation: 'Recorded on paper at the ward; scanned copy held by the team.' },
      fails: { Reason: 'Other', Explanation: null }
    },
    'reverted-date-when-reverted': {
      passes: { Status: 'Active', RevertedOn: null },
      fails: { Status: 'Reverted', RevertedOn: null }
    },
    'reverted-after-excepted': {
      passes: { ExceptedOn: '2026-11-01', RevertedOn: '2026-11-02' },
      fails: { ExceptedOn: '2026-11-01', RevertedOn: '2026-10-31' }
    }
  }
};

const withRules = (registers as unknown as Register[]).filter((register) => register.rules.length > 0);

describe.each(withRules.map((register) => [register.name, register] as const))('rules of %s', (name, register) => {
  it('each have a pair of examples here', () => {
    expect(Object.keys(cases[name]).sort()).toEqual(register.rules.map((rule) => rule.id).sort());
  });

  it.each(register.rules.map((rule) => [rule.id, rule] as const))('%s: keeps and breaks as expected', (id, rule) => {
    expect(rulePasses(rule, cases[name][id].passes, context)).toBe(true);
    expect(rulePasses(rule, cases[name][id].fails, context)).toBe(false);
  });
});
