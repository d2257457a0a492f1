/** A referral as an officer would type it: valid for the Urgent Care register, with the changes a test needs. */
export function sampleReferral(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Title: 'Ada Lovelace',
    NhsNumber: '943 476 5919',
    Hospital: 'Trafford General Hospital',
    AdmissionDate: '2026-11-01',
    ReferralDate: '2026-11-03',
    Status: 'Assessing',
    ...overrides
  };
}
