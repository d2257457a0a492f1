import { foiRequests, urgentCareReferrals } from '../../src/domain/registers';
import type { ItemOf } from '../../src/domain/lists/defineList';
import { messagesByField, schemasOf } from '../../src/domain/lists/registerSchemas';
import { sampleReferral } from '../support/sampleItems';

const context = { today: '2026-11-22' };

const referral = sampleReferral({ HomePostcode: 'm32 0th' });

function messages(result: { success: boolean; error?: unknown }): Record<string, string> {
  if (result.success) return {};
  return messagesByField(result.error as Parameters<typeof messagesByField>[0]);
}

describe('a register’s create schema', () => {
  it('normalises what people type and fills blanks with null', () => {
    const parsed = schemasOf(urgentCareReferrals).createSchema(context).parse(referral);
    const item: ItemOf<typeof urgentCareReferrals> = parsed;
    const required: string = item.NhsNumber;
    // @ts-expect-error an optional field may be null, so the item type says so
    const optional: string = item.DischargeDate;
    expect([required, optional]).toEqual(['9434765919', null]);
    expect(item.HomePostcode).toBe('M32 0TH');
    expect(item.DischargeDate).toBeNull();
    expect(item.Notes).toBeNull();
  });

  it('counts empty and whitespace-only values as missing, with GOV.UK-style messages', () => {
    const result = schemasOf(urgentCareReferrals).createSchema(context).safeParse({ ...referral, Title: '   ', NhsNumber: '', Hospital: undefined });
    expect(messages(result)).toMatchObject({
      Title: 'Enter the patient name',
      NhsNumber: 'Enter the NHS number',
      Hospital: 'Select the hospital'
    });
  });

  it('explains invalid values in plain English, never with zod’s defaults', () => {
    const result = schemasOf(urgentCareReferrals).createSchema(context).safeParse({
      ...referral,
      NhsNumber: '943 476 5918',
      Status: 'Gone home',
      WeeklyCareHours: 200,
      AdmissionDate: '2026-02-30',
      Ward: 'W'.repeat(61),
      HomePostcode: 'M32'
    });
    expect(messages(result)).toEqual({
      NhsNumber: 'Enter a valid NHS number: 943 476 5918 fails the NHS number check (its last digit does not match the others): check it was copied correctly',
      Status: 'Select the status from the list',
      WeeklyCareHours: 'The weekly care hours must be 168 or less',
      AdmissionDate: 'The admission date must be a real date, day first, like 20/11/2026',
      Ward: 'The ward must be 60 characters or fewer',
      HomePostcode: 'Enter a valid Home postcode: a UK postcode looks like M32 0TH'
    });
  });

  it('blocks a save that breaks a blocking rule, with the message on the rule’s field', () => {
    const result = schemasOf(urgentCareReferrals).createSchema(context).safeParse({ ...referral, Status: 'Discharged' });
    expect(messages(result)).toEqual({ DischargeDate: 'Enter the discharge date: the referral is marked Discharged.' });
  });

  it('checks rules about today against the date it is given', () => {
    const future = { ...referral, ReferralDate: '2026-11-23' };
    expect(messages(schemasOf(urgentCareReferrals).createSchema(context).safeParse(future))).toEqual({
      ReferralDate: 'The referral date cannot be in the future.'
    });
    expect(schemasOf(urgentCareReferrals).createSchema({ today: '2026-11-23' }).safeParse(future).success).toBe(true);
  });

  it('lets warnings through: they are counted, not blocking', () => {
    const discharged = { ...referral, Status: 'Discharged', DischargeDate: '2026-11-20' };
    expect(schemasOf(urgentCareReferrals).createSchema(context).safeParse(discharged).success).toBe(true);
  });

  it('keeps multi-choice values in the order of the choices, and refuses unknown ones', () => {
    const request = {
      Title: 'Spending on agency staff',
      Reference: 'FOI-2026-0001',
      Regime: 'FOI',
      ReceivedDate: '2026-11-02',
      RequestText: 'Please send…',
      Status: 'Responded',
      ResponseDate: '2026-11-20',
      Outcome: 'Granted in part'
    };
    const parsed = schemasOf(foiRequests).createSchema(context).parse({ ...request, Exemptions: ['s.43 Commercial interests', 's.40 Personal information'], PublicInterestTest: 'Weighed.' });
    expect(parsed.Exemptions).toEqual(['s.40 Personal information', 's.43 Commercial interests']);
    expect(messages(schemasOf(foiRequests).createSchema(context).safeParse({ ...request, Exemptions: ['s.99 Made up'] }))).toEqual({
      Exemptions: 'Select the exemptions applied from the list'
    });
    expect(messages(schemasOf(foiRequests).createSchema(context).safeParse({ ...request, Exemptions: [] }))).toEqual({
      Exemptions: 'Select the exemptions relied on: information was withheld.'
    });
    expect(messages(schemasOf(foiRequests).createSchema(context).safeParse({ ...request, Exemptions: ['s.43 Commercial interests'] }))).toEqual({
      PublicInterestTest: 'Record the public interest test: a qualified exemption or EIR exception is applied.'
    });
  });

  it('works out the computed fields on every parse: what was typed into them is ignored', () => {
    const request = { Title: 'Bins', Reference: 'FOI-2026-0002', Regime: 'FOI', ReceivedDate: '2026-11-02', RequestText: 'Please send…', Status: 'Received', DueDate: '2026-01-01' };
    expect(schemasOf(foiRequests).createSchema(context).parse(request)).toMatchObject({ DueDate: '2026-12-01', ExtendedDueDate: null }); // 30 November 2026 is St Andrew's Day
    expect(schemasOf(foiRequests).createSchema(context).parse({ ...request, PublicInterestExtension: true })).toMatchObject({ DueDate: '2026-12-01', ExtendedDueDate: '2026-12-31' });
    expect(schemasOf(foiRequests).createSchema(context).parse({ ...request, ClarificationRequestedDate: '2026-11-03' })).toMatchObject({ DueDate: null });
  });
});

describe('a register’s update schema', () => {
  it('checks only the fields sent, and will not blank a required field', () => {
    expect(schemasOf(urgentCareReferrals).updateSchema.parse({ Ward: ' Ward 4 ' })).toEqual({ Ward: 'Ward 4' });
    expect(messages(schemasOf(urgentCareReferrals).updateSchema.safeParse({ Status: '' }))).toEqual({ Status: 'Select the status' });
  });

  it('drops fields the register does not have', () => {
    expect(schemasOf(urgentCareReferrals).updateSchema.parse({ Ward: 'Ward 4', Secret: 'x' })).toEqual({ Ward: 'Ward 4' });
  });
});
