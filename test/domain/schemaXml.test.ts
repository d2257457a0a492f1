import { XMLParser } from 'fast-xml-parser';
import { foiRequests, urgentCareReferrals } from '../../src/domain/registers';
import { fieldId, fieldSchemaXml, titleFieldId } from '../../src/domain/lists/schemaXml';
import { ruleSentence } from '../../src/domain/lists/ruleSentence';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const lookups = (name: string): string => `Lists/${name}`;
function parsed(register: typeof urgentCareReferrals | typeof foiRequests, name: string): Record<string, unknown> {
  const fields = register.fields as Record<string, Parameters<typeof fieldSchemaXml>[2]>;
  return parser.parse(fieldSchemaXml(register, name, fields[name], lookups)).Field;
}

describe('field SchemaXml', () => {
  it('renames SharePoint’s own Title column rather than adding one', () => {
    expect(parsed(urgentCareReferrals, 'Title')).toMatchObject({ ID: `{${titleFieldId}}`, Name: 'Title', DisplayName: 'Patient name', Required: 'TRUE' });
  });

  it('gives every other field a stable id of its own', () => {
    expect(fieldId(urgentCareReferrals, 'NhsNumber')).toBe(fieldId(urgentCareReferrals, 'NhsNumber'));
    expect(fieldId(urgentCareReferrals, 'Status')).not.toBe(fieldId(foiRequests, 'Status'));
  });

  it('declares an NHS number as indexed 10-character text with its check-digit validation', () => {
    const field = parsed(urgentCareReferrals, 'NhsNumber');
    expect(field).toMatchObject({ Type: 'Text', MaxLength: '10', Indexed: 'TRUE', Required: 'TRUE', StaticName: 'NhsNumber' });
    expect((field.Validation as Record<string, string>)['#text']).toMatch(/^=OR\(ISBLANK\(\[NHS number\]\),AND\(LEN\(\[NHS number\]\)=10/);
  });

  it('declares choices, their default and a validation that keeps to them', () => {
    const field = parsed(urgentCareReferrals, 'Status');
    expect(field).toMatchObject({ Type: 'Choice', FillInChoice: 'FALSE', Default: 'Referred' });
    expect((field.CHOICES as { CHOICE: string[] }).CHOICE).toEqual(urgentCareReferrals.fields.Status.choices);
  });

  it('marks unique columns indexed, as SharePoint requires', () => {
    expect(parsed(foiRequests, 'Reference')).toMatchObject({ EnforceUniqueValues: 'TRUE', Indexed: 'TRUE' });
  });

  it('declares people, dates and multi-choice columns as SharePoint types', () => {
    expect(parsed(urgentCareReferrals, 'LeadOfficer')).toMatchObject({ Type: 'User', List: 'UserInfo', UserSelectionMode: 'PeopleOnly' });
    expect(parsed(urgentCareReferrals, 'DischargeDate')).toMatchObject({ Type: 'DateTime', Format: 'DateOnly' });
    expect(parsed(foiRequests, 'Exemptions')).toMatchObject({ Type: 'MultiChoice' });
    expect(parsed(foiRequests, 'PublicInterestExtension')).toMatchObject({ Type: 'Boolean', Default: 0 });
  });
});

describe('rule sentences', () => {
  it('read as plain English', () => {
    const sentence = (id: string): string =>
      ruleSentence(urgentCareReferrals.rules.find((rule) => rule.id === id)!, urgentCareReferrals.fields);
    expect(sentence('discharge-date-when-discharged')).toBe('When the status is Discharged, the discharge date must be filled in.');
    expect(sentence('discharge-on-or-after-admission')).toBe('The discharge date must be on or after the admission date.');
    expect(sentence('referral-not-in-future')).toBe('The referral date must be on or before today.');
  });
});
