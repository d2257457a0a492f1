import { addDays, type IsoDate } from '../../src/domain/calendar/isoDate';

/** People by the emulator's demo user ids: 1 Priya Shah, 2 Sam Okafor, 3 Alex Morgan, 4 Jo Lee. */
const person = (id: number): { id: number } => ({ id });

interface DemoDataset {
  Title: string;
  Description: string;
  Directorate: string;
  SourceSystem: string;
  Location?: string;
  UpdateFrequency: string;
  Owner: number;
  Custodian?: number;
  Steward?: number;
  ContactEmail?: string;
  Classification: 'OFFICIAL' | 'OFFICIAL-SENSITIVE';
  PersonalData: 'No' | 'Yes' | 'Yes, including special category';
  LawfulBasis?: string;
  RetentionPeriod?: string;
  DisposalAction?: string;
  RelatedDatasets?: string;
  /** Days before today it was last reviewed; absent: never. */
  reviewedDaysAgo?: number;
}

const datasets: DemoDataset[] = [
  {
    Title: 'Urgent Care Referrals',
    Description: 'Admissions, referrals and discharges handled by the Urgent Care Control Room, kept in Custodian.',
    Directorate: 'Adults and Wellbeing',
    SourceSystem: 'Custodian (SharePoint list)',
    Location: 'Lists/UrgentCareReferrals',
    UpdateFrequency: 'Continuously',
    Owner: 1,
    Custodian: 3,
    Steward: 2,
    ContactEmail: 'urgentcare@council.example',
    Classification: 'OFFICIAL-SENSITIVE',
    PersonalData: 'Yes, including special category',
    LawfulBasis: 'Public task',
    RetentionPeriod: '8 years after the last contact',
    DisposalAction: 'Destroy',
    reviewedDaysAgo: 40
  },
  {
    Title: 'FOI Requests',
    Description: 'Freedom of Information requests, their deadlines and outcomes; who asked is kept apart in FOI Requesters.',
    Directorate: 'Legal and Governance',
    SourceSystem: 'Custodian (SharePoint list)',
    Location: 'Lists/FoiRequests',
    UpdateFrequency: 'Daily',
    Owner: 1,
    Custodian: 3,
    Steward: 3,
    ContactEmail: 'foi@council.example',
    Classification: 'OFFICIAL',
    PersonalData: 'Yes',
    LawfulBasis: 'Legal obligation',
    RetentionPeriod: '3 years after closure',
    DisposalAction: 'Destroy',
    RelatedDatasets: 'FOI Requesters',
    reviewedDaysAgo: 200
  },
  {
    Title: 'Adult social care assessments',
    Description: 'Care Act assessments and reviews of adults who may need care and support.',
    Directorate: 'Adults and Wellbeing',
    SourceSystem: 'Adult social care case management system',
    UpdateFrequency: 'Continuously',
    Owner: 1,
    Custodian: 3,
    Steward: 2,
    Classification: 'OFFICIAL-SENSITIVE',
    PersonalData: 'Yes, including special category',
    LawfulBasis: 'Public task',
    RetentionPeriod: '8 years after the case closes',
    DisposalAction: 'Destroy',
    RelatedDatasets: 'Urgent Care Referrals',
    reviewedDaysAgo: 500
  },
  {
    Title: 'Children looked after',
    Description: 'Children in the council’s care: placements, reviews and the statutory SSDA903 return.',
    Directorate: 'Children’s Services',
    SourceSystem: 'Children’s social care case management system',
    UpdateFrequency: 'Continuously',
    Owner: 1,
    Custodian: 3,
    Classification: 'OFFICIAL-SENSITIVE',
    PersonalData: 'Yes, including special category',
    LawfulBasis: 'Legal obligation',
    RetentionPeriod: '75 years from the child’s date of birth',
    DisposalAction: 'Review',
    reviewedDaysAgo: 100
  },
  {
    Title: 'School admissions',
    Description: 'Applications for school places, preferences and offers for the annual admissions rounds.',
    Directorate: 'Children’s Services',
    SourceSystem: 'Admissions system',
    UpdateFrequency: 'Annually',
    Owner: 4,
    Custodian: 3,
    Steward: 4,
    Classification: 'OFFICIAL',
    PersonalData: 'Yes',
    LawfulBasis: 'Public task',
    RetentionPeriod: '1 year after the admission round, or until any appeal ends',
    DisposalAction: 'Destroy',
    reviewedDaysAgo: 380
  },
  {
    Title: 'Council Tax accounts',
    Description: 'Properties liable for Council Tax, who pays, bands, discounts and payments.',
    Directorate: 'Finance and Systems',
    SourceSystem: 'Revenues and benefits system',
    UpdateFrequency: 'Daily',
    Owner: 1,
    Custodian: 3,
    Steward: 2,
    ContactEmail: 'counciltax@council.example',
    Classification: 'OFFICIAL',
    PersonalData: 'Yes',
    LawfulBasis: 'Legal obligation',
    RetentionPeriod: '6 years after the account closes',
    DisposalAction: 'Destroy',
    reviewedDaysAgo: 30
  },
  {
    Title: 'Supplier payments over £500',
    Description: 'Every payment to a supplier over £500, published under the Local Government Transparency Code.',
    Directorate: 'Finance and Systems',
    SourceSystem: 'Finance system',
    Location: 'https://www.council.example/transparency',
    UpdateFrequency: 'Monthly',
    Owner: 1,
    Steward: 2,
    Classification: 'OFFICIAL',
    PersonalData: 'No',
    RetentionPeriod: '7 years',
    DisposalAction: 'Transfer to archive',
    reviewedDaysAgo: 10
  },
  {
    Title: 'Street lighting assets',
    Description: 'Every street light and illuminated sign: location, lamp type, age and faults.',
    Directorate: 'Place',
    SourceSystem: 'Highways asset management system',
    UpdateFrequency: 'Weekly',
    Owner: 4,
    Custodian: 3,
    Classification: 'OFFICIAL',
    PersonalData: 'No',
    RetentionPeriod: 'For the life of the asset',
    DisposalAction: 'Review'
  },
  {
    Title: 'Planning applications',
    Description: 'Applications for planning permission, consultations and decisions, with the public register.',
    Directorate: 'Place',
    SourceSystem: 'Planning system',
    UpdateFrequency: 'Daily',
    Owner: 4,
    Custodian: 3,
    Steward: 4,
    Classification: 'OFFICIAL',
    PersonalData: 'Yes',
    LawfulBasis: 'Public task',
    RetentionPeriod: 'Permanent for decisions; 6 years for consultation responses',
    DisposalAction: 'Transfer to archive',
    reviewedDaysAgo: 250
  },
  {
    Title: 'Missed bin collections',
    Description: 'Reports of missed household waste and recycling collections, by street and round.',
    Directorate: 'Place',
    SourceSystem: 'Customer relationship management system',
    UpdateFrequency: 'Continuously',
    Owner: 4,
    Steward: 2,
    Classification: 'OFFICIAL',
    PersonalData: 'Yes',
    LawfulBasis: 'Public task',
    RetentionPeriod: '2 years',
    DisposalAction: 'Anonymise',
    reviewedDaysAgo: 420
  },
  {
    Title: 'Smoking cessation service',
    Description: 'People using the stop smoking service, their quit attempts and four-week outcomes.',
    Directorate: 'Public Health',
    SourceSystem: 'Commissioned provider’s system, monthly extract',
    UpdateFrequency: 'Monthly',
    Owner: 1,
    Custodian: 3,
    Classification: 'OFFICIAL-SENSITIVE',
    PersonalData: 'Yes, including special category',
    LawfulBasis: 'Public task',
    RetentionPeriod: '8 years',
    DisposalAction: 'Destroy',
    reviewedDaysAgo: 90
  },
  {
    Title: 'Staff establishment',
    Description: 'Posts, grades and vacancies across the council, for workforce planning.',
    Directorate: 'Strategy and Resources',
    SourceSystem: 'HR and payroll system',
    UpdateFrequency: 'Monthly',
    Owner: 1,
    Custodian: 3,
    Classification: 'OFFICIAL-SENSITIVE',
    PersonalData: 'Yes',
    LawfulBasis: 'Contract',
    RetentionPeriod: '6 years after employment ends',
    DisposalAction: 'Destroy'
  },
  {
    Title: 'Complaints and compliments',
    Description: 'Corporate complaints at each stage, Ombudsman referrals, and compliments.',
    Directorate: 'Legal and Governance',
    SourceSystem: 'Customer relationship management system',
    UpdateFrequency: 'Daily',
    Owner: 1,
    Steward: 3,
    Classification: 'OFFICIAL',
    PersonalData: 'Yes',
    LawfulBasis: 'Public task',
    RetentionPeriod: '6 years after closure',
    DisposalAction: 'Destroy',
    reviewedDaysAgo: 150
  },
  {
    Title: 'Libraries membership',
    Description: 'Library members, loans and visits, for service planning.',
    Directorate: 'Strategy and Resources',
    SourceSystem: 'Library management system',
    UpdateFrequency: 'Daily',
    Owner: 4,
    Classification: 'OFFICIAL',
    PersonalData: 'Yes',
    LawfulBasis: 'Public task',
    RetentionPeriod: '2 years after the last loan',
    DisposalAction: 'Anonymise',
    reviewedDaysAgo: 700
  }
];

/** The catalogue's demo entries, as item values (people by id), reviewed relative to `today`. */
export function demoCatalogue(today: IsoDate): Array<Record<string, unknown>> {
  return datasets.map(({ reviewedDaysAgo, Owner, Custodian, Steward, ...rest }) => ({
    ...rest,
    Owner: person(Owner),
    Custodian: Custodian === undefined ? null : person(Custodian),
    Steward: Steward === undefined ? null : person(Steward),
    LastReviewed: reviewedDaysAgo === undefined ? null : addDays(today, -reviewedDaysAgo)
  }));
}

export const demoArticles: Array<{ Title: string; Summary: string; Body: string }> = [
  {
    Title: 'How to log a discharge',
    Summary: 'What to fill in when a patient leaves hospital, and why each field matters.',
    Body: `When a patient leaves hospital, open their referral in the [[Urgent Care Referrals]] tracker and record:

1. The [[Urgent Care Referrals.DischargeDate|discharge date]]: the day they left, not the day it was planned.
2. The [[Urgent Care Referrals.Pathway|discharge pathway]]: 0 to 3, see [[Pathway]].
3. The [[Urgent Care Referrals.DischargeDestination|destination]].

If the patient stayed after their [[Discharge ready date]], give the [[Urgent Care Referrals.DelayReason|delay reason]].

> The Control Room once had 269 referrals marked *discharged* with no date. Every one of them had to be
> traced and filled in by hand. Fill the date in when you change the status.

Questions: urgentcare@council.example.`
  },
  {
    Title: 'FOI exemptions quick reference',
    Summary: 'The Freedom of Information Act exemptions officers use most, in plain English.',
    Body: `A quick reference for officers logging an outcome in [[FOI Requests]]. Always read the full guidance from the
[Information Commissioner's Office](https://ico.org.uk/for-organisations/foi/) before relying on an exemption.

| Section | Exemption | Public interest test |
| --- | --- | --- |
| 21 | Information reasonably accessible by other means | No |
| 22 | Information intended for future publication | Yes |
| 31 | Law enforcement | Yes |
| 40 | Personal information | Mostly no |
| 41 | Information provided in confidence | No |
| 43 | Commercial interests | Yes |

The 20 working day clock is explained in [[FOI clock]]; a request that needs a public interest extension
records it in [[FOI Requests.PublicInterestExtension]].`
  },
  {
    Title: 'Data-quality dimensions',
    Summary: 'The six dimensions of the Government Data Quality Framework, and what Custodian checks for each.',
    Body: `Custodian scores every register on the six dimensions of the Government Data Quality Framework (2020):

- **Completeness**: the critical fields are filled in (see each field's *Critical* mark in the dictionary).
- **Uniqueness**: nothing is recorded twice, such as the same [[NHS number]] and admission date.
- **Consistency**: fields agree with each other, such as a discharge date on or after the admission date.
- **Timeliness**: records are kept up to date while they are open.
- **Validity**: values are of the right form, such as an NHS number whose check digit is right.
- **Accuracy**: values are true to the real world; only people can confirm this one.

Stewards fix what the checks find in the Data Quality tab.`
  }
];

export const demoTerms: Array<{ Title: string; Definition: string; Synonyms?: string; Owner?: { id: number } }> = [
  { Title: 'Discharge ready date', Definition: 'The day a patient no longer meets the criteria to reside in hospital and could leave with the right support.', Synonyms: 'DRD, medically fit date, medically optimised date', Owner: person(1) },
  { Title: 'Pathway', Definition: 'The kind of support a patient leaves hospital with, from 0 (home with no new support) to 3 (a care home bed).', Synonyms: 'Discharge pathway', Owner: person(1) },
  { Title: 'Criteria to reside', Definition: 'The national checklist of reasons a patient needs to stay in an acute hospital bed.', Synonyms: 'CTR' },
  { Title: 'NHS number', Definition: 'The 10-digit number that identifies a patient across the NHS in England and Wales; its last digit is a check digit.', Owner: person(3) },
  { Title: 'FOI clock', Definition: 'The 20 working days an authority has to answer a Freedom of Information request, from the day after it is received.', Synonyms: 'statutory deadline', Owner: person(3) },
  { Title: 'Data owner', Definition: 'The business lead accountable for a dataset: what it is for, who may use it, and how long it is kept.', Synonyms: 'Information asset owner, IAO' },
  { Title: 'Data custodian', Definition: 'The person who looks after a dataset’s storage, access and backups.' },
  { Title: 'Data steward', Definition: 'The person who looks after a dataset’s quality day to day and fixes what the checks find.' },
  { Title: 'Special category data', Definition: 'Personal data about health, ethnicity, religion, sexuality and the other kinds UK GDPR Article 9 protects more strictly.', Synonyms: 'sensitive personal data' },
  { Title: 'OFFICIAL-SENSITIVE', Definition: 'Information whose loss or misuse would do real harm, handled with extra care under the Government Security Classifications.' }
];
