import { cleanCell, type CleaningContext } from '../../../src/domain/import/cleanCell';
import { foiRequests, urgentCareReferrals } from '../../../src/domain/registers';
import { dateTime, type FieldDefinition } from '../../../src/domain/lists/fields';

const context: CleaningContext = {
  today: '2026-11-22',
  valueMap: { Status: { Active: 'Assessing', Gone: null } },
  people: [
    { id: 2, title: 'Sam Okafor', email: 'sam.okafor@council.example' },
    { id: 3, title: 'Alex Morgan', email: 'alex.morgan@council.example' },
    { id: 4, title: 'Alex Morgan', email: 'alex.morgan2@council.example' }
  ],
  lookups: {}
};
const fields: Readonly<Record<string, FieldDefinition>> = urgentCareReferrals.fields;
const clean = (name: string, cell: string | number | boolean | null) => cleanCell(name, fields[name], cell, context);

describe('cleaning one cell of a legacy spreadsheet', () => {
  it('reads a date and time as UK clock time, and keeps only the day of a workbook date-and-time in a column of dates', () => {
    const when = dateTime({ title: 'Became aware', description: 'When.' });
    expect(cleanCell('AwareAt', when, '04/07/2026 14:30', context)).toMatchObject({ ok: true, value: '2026-07-04T13:30:00Z' });
    expect(cleanCell('AwareAt', when, '2026-12-04 09:05', context)).toMatchObject({ ok: true, value: '2026-12-04T09:05:00Z' });
    expect(cleanCell('AwareAt', when, '04/12/2026', context)).toMatchObject({ ok: false, reason: expect.stringMatching(/needs a date and a time/) });
    expect(clean('AdmissionDate', '2024-01-12 14:30')).toMatchObject({ ok: true, value: '2024-01-12', reason: 'the time of day left out' });
  });

  it.each([
    ['03/04/2024', '2024-04-03'],
    ['3/4/24', '2024-04-03'],
    ['3-Apr-24', '2024-04-03'],
    ['12th Jan 2024', '2024-01-12'],
    ['2024-01-12', '2024-01-12'],
    [45303, '2024-01-12'],
    ['45303', '2024-01-12']
  ])('reads the date %p day first as %s', (cell, date) => {
    expect(clean('AdmissionDate', cell)).toMatchObject({ ok: true, value: date });
  });

  it('says why a date cannot be read', () => {
    expect(clean('AdmissionDate', '31/09/2025')).toEqual({ ok: false, reason: 'There is no 31 September 2025.' });
    expect(clean('AdmissionDate', 'last Tuesday')).toMatchObject({ ok: false, reason: expect.stringContaining('"last Tuesday" is not a date') });
  });

  it.each(['n/a', 'N/A', '-', 'tbc', 'Unknown', '  '])('takes %p as blank, and says so', (cell) => {
    expect(clean('DischargeDate', cell)).toMatchObject({ ok: true, value: null, reason: expect.any(String) });
  });

  it('takes the spaces and dashes out of NHS numbers, and refuses a wrong check digit with the reason', () => {
    expect(clean('NhsNumber', '943 476 5919')).toEqual({ ok: true, value: '9434765919', reason: 'spaces and dashes taken out' });
    expect(clean('NhsNumber', '943-476-5919')).toMatchObject({ ok: true, value: '9434765919' });
    expect(clean('NhsNumber', 9434765919)).toEqual({ ok: true, value: '9434765919' });
    expect(clean('NhsNumber', '9434765918')).toMatchObject({ ok: false, reason: expect.stringMatching(/fails the NHS number check .*correctly\.$/) });
  });

  it('matches choices by case and spacing, declared variants, codes, and the person’s own answers', () => {
    expect(clean('Pathway', 'P1')).toEqual({ ok: true, value: 'Pathway 1', reason: 'a known way of writing this choice' });
    expect(clean('Pathway', 'path 2')).toMatchObject({ ok: true, value: 'Pathway 2' });
    expect(clean('Pathway', 'pathway3')).toMatchObject({ ok: true, value: 'Pathway 3' });
    expect(clean('Status', 'DISCHARGED')).toMatchObject({ ok: true, value: 'Discharged' });
    expect(clean('DischargeDestination', '19')).toMatchObject({ ok: true, value: '19 Usual place of residence' });
    expect(clean('DischargeMethod', 'Died')).toMatchObject({ ok: true, value: '4 Died' });
    expect(clean('Status', 'Active')).toEqual({ ok: true, value: 'Assessing', reason: 'mapped by you' });
    expect(clean('Status', 'Gone')).toMatchObject({ ok: true, value: null });
    expect(clean('Status', 'On hold')).toEqual({ ok: false, unmatched: true, reason: '"On hold" is not one of the choices for Status.' });
  });

  it('finds people by name or email, and asks for an email when a name is shared', () => {
    expect(clean('LeadOfficer', 'sam okafor')).toMatchObject({ ok: true, value: { id: 2 } });
    expect(clean('LeadOfficer', 'alex.morgan2@council.example')).toMatchObject({ ok: true, value: { id: 4 } });
    expect(clean('LeadOfficer', 'Alex Morgan')).toMatchObject({ ok: false, reason: expect.stringContaining('use an email address') });
  });

  it('reads numbers with commas and pound signs, and yes/no as people write them', () => {
    expect(clean('WeeklyCareHours', '1,2')).toMatchObject({ ok: true, value: 12 });
    expect(clean('WeeklyCareHours', 14)).toEqual({ ok: true, value: 14 });
    const foi = foiRequests.fields as unknown as Record<string, FieldDefinition>;
    expect(cleanCell('PublicInterestExtension', foi.PublicInterestExtension, 'Y', context)).toMatchObject({ ok: true, value: true });
    expect(cleanCell('PublicInterestExtension', foi.PublicInterestExtension, 'no', context)).toMatchObject({ ok: true, value: false });
  });

  it('keeps a formula-like cell as the text it is', () => {
    expect(clean('Notes', "=cmd|' /C calc'!A0")).toEqual({ ok: true, value: "=cmd|' /C calc'!A0" });
  });
});
