import { fakerEN_GB as faker } from '@faker-js/faker';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from '../../src/domain/calendar/isoDate';
import { addUkWorkingDays, isUkWorkingDay } from '../../src/domain/calendar/workingDays';
import { deadlinesOf } from '../../src/domain/foi/requestDeadlines';
import { nextRequestReference } from '../../src/domain/foi/references';
import { foiExemptions, qualifiedExemptions } from '../../src/domain/registers/foiRequests';
import { directorates } from '../../src/domain/registers/directorates';
import { ukFirstName, ukSurname } from './ukNames';

/**
 * Synthetic FOI and EIR requests, the same every time for the same seed: about 600 over eighteen months,
 * with the timelines a council's FOI team really sees (receipts at Christmas and Easter and at weekends,
 * clarifications, fees, extensions, a few late, internal reviews, ICO complaints) and a handful of the
 * gaps a spreadsheet leaves. Requesters are invented; request summaries never name them.
 */

export interface FoiDemoOptions {
  requests: number;
  requesters: number;
  seed: number;
  today: IsoDate;
}

export interface FoiDemo {
  requesters: Array<Record<string, unknown>>;
  /** Each request's requester is `Requester: { id }`, the requester's position in `requesters` plus one. */
  requests: Array<Record<string, unknown>>;
}

const topics: Record<(typeof directorates)[number], string[]> = {
  'Adults and Wellbeing': ['Delayed discharges from hospital', 'Spending on agency care workers', 'Care home placements by provider', 'Deprivation of Liberty Safeguards backlog', 'Home care hours commissioned', 'Carers’ assessments completed'],
  'Children’s Services': ['Children in care placed out of area', 'Agency social worker costs', 'EHCP assessments completed within 20 weeks', 'School transport contracts', 'Foster carer allowances'],
  Place: ['Potholes reported and repaired', 'Bin collections missed', 'Fly-tipping incidents and fines', 'Street lighting energy costs', 'Parking fines by street', 'Trees felled on highways', 'Planning enforcement cases', 'Flood defence maintenance', 'Air quality monitoring results'],
  'Finance and Systems': ['Council tax arrears', 'Business rates relief granted', 'Spending on IT contracts', 'Cyber security incidents', 'Purchase card spending'],
  'Strategy and Resources': ['Staff sickness absence', 'Use of consultants', 'Gender pay gap figures', 'Office building running costs', 'Grievances and disciplinaries'],
  'Legal and Governance': ['Councillors’ expenses', 'Legal costs of judicial reviews', 'Non-disclosure agreements', 'Complaints to the Ombudsman', 'Data breaches reported to the ICO'],
  'Public Health': ['Smoking cessation outcomes', 'Drug and alcohol service contracts', 'Sexual health clinic waiting times', 'Childhood obesity figures']
};

const environmental = ['Trees felled on highways', 'Planning enforcement cases', 'Flood defence maintenance', 'Air quality monitoring results', 'Fly-tipping incidents and fines'];

function weighted<T>(options: ReadonlyArray<readonly [T, number]>): T {
  return faker.helpers.weightedArrayElement(options.map(([value, weight]) => ({ value, weight })));
}

const requesterTypes = [
  ['Member of the public', 50],
  ['Journalist', 18],
  ['Business', 10],
  ['Campaign group', 8],
  ['Researcher', 6],
  ['Solicitor', 4],
  ['Councillor or MP', 3],
  ['Other public body', 1]
] as const;

function requester(index: number): Record<string, unknown> {
  const [first, last] = [ukFirstName(), ukSurname()];
  const name = `${first} ${last}`;
  const byPost = faker.number.int({ min: 1, max: 100 }) <= 10;
  return {
    Title: `R-${String(index + 1).padStart(4, '0')}`,
    RequesterName: name,
    RequesterEmail: byPost ? null : faker.internet.email({ firstName: first, lastName: last.replace(/'/g, ''), provider: 'example.org' }).toLowerCase(),
    RequesterAddress: byPost ? `${faker.location.streetAddress()}\n${faker.location.city()}\n${faker.location.zipCode()}` : null,
    RequesterType: weighted(requesterTypes)
  };
}

/** Dates requests awkwardly arrive on: around Christmas and New Year, Easter, and weekends. */
function awkwardReceipt(today: IsoDate): IsoDate | undefined {
  const year = Number(today.slice(0, 4));
  const candidates = [`${year - 1}-12-19`, `${year - 1}-12-24`, `${year - 1}-12-31`, `${year}-04-02`, `${year}-04-03`, `${year}-04-05`, `${year - 1}-08-30`].filter((date) => date < today && toDayNumber(today) - toDayNumber(date) < 548);
  return candidates.length ? faker.helpers.arrayElement(candidates) : undefined;
}

function responseFor(item: Record<string, unknown>, received: IsoDate, today: IsoDate): void {
  const deadlines = deadlinesOf(item, today)!;
  const due = deadlines.extendedDueDate ?? deadlines.dueDate;
  const start = String(item.ClarificationReceivedDate ?? received);
  const late = faker.number.int({ min: 1, max: 100 }) <= 8;
  const answered = late
    ? addUkWorkingDays(due, faker.number.int({ min: 1, max: 15 }))
    : item.PublicInterestExtension
      ? addUkWorkingDays(deadlines.dueDate, faker.number.int({ min: 2, max: 19 }))
      : addUkWorkingDays(start, faker.number.int({ min: 4, max: 19 }));
  const answeredWithinPause = item.FeeNoticeDate && !item.FeePaidDate;
  if (answered > today || answeredWithinPause) return;
  item.ResponseDate = answered <= due || late ? answered : due;
  const outcome = weighted([
    ['Granted in full', 45],
    ['Granted in part', 20],
    ['Refused (exemption)', 8],
    ['Refused (s.12 cost limit)', 7],
    ['Refused (s.14 vexatious or repeated)', 1],
    ['Neither confirm nor deny', 2],
    ['Information not held', 15]
  ] as const);
  item.Outcome = outcome;
  item.Status = 'Responded';
  // Officers publish a week's answers in the disclosure log the week after.
  const published = addUkWorkingDays(String(item.ResponseDate), 5);
  if (published <= today) item.PublishedDate = published;
  if (outcome === 'Granted in part' || outcome === 'Refused (exemption)' || outcome === 'Neither confirm nor deny') {
    const pool = item.Regime === 'EIR' ? foiExemptions.filter((code) => code.startsWith('EIR')) : foiExemptions.filter((code) => code.startsWith('s.'));
    const common = item.Regime === 'EIR' ? ['EIR 13 Personal data', 'EIR 12(5)(e) Commercial confidentiality'] : ['s.40 Personal information', 's.43 Commercial interests', 's.31 Law enforcement', 's.21 Accessible by other means'];
    const chosen = new Set([faker.helpers.arrayElement(common), ...faker.helpers.maybe(() => [faker.helpers.arrayElement(pool)], { probability: 0.3 }) ?? []]);
    item.Exemptions = foiExemptions.filter((code) => chosen.has(code));
    if ((item.Exemptions as string[]).some((code) => (qualifiedExemptions as readonly string[]).includes(code))) {
      item.PublicInterestTest = 'Disclosure would add to transparency about public spending; withholding protects the council’s and suppliers’ commercial position in a live procurement. On balance the public interest favours withholding.';
    }
  }
  const withheld = outcome !== 'Granted in full' && outcome !== 'Information not held';
  if (withheld && faker.number.int({ min: 1, max: 100 }) <= 25) {
    const asked = addDays(String(item.ResponseDate), faker.number.int({ min: 3, max: 35 }));
    if (asked > today) return;
    item.InternalReviewRequestedDate = asked;
    item.Status = 'Internal review';
    const answeredReview = addUkWorkingDays(asked, faker.number.int({ min: 8, max: item.Regime === 'EIR' ? 38 : 24 }));
    if (answeredReview > today) return;
    item.InternalReviewResponseDate = answeredReview;
    item.InternalReviewOutcome = weighted([
      ['Upheld', 60],
      ['Partly upheld', 25],
      ['Overturned', 15]
    ] as const);
    item.Status = 'Closed';
    if (item.InternalReviewOutcome !== 'Overturned' && faker.number.int({ min: 1, max: 100 }) <= 20) {
      const complained = addDays(answeredReview, faker.number.int({ min: 7, max: 40 }));
      if (complained > today) return;
      item.IcoComplaintDate = complained;
      item.IcoReference = `IC-${faker.string.numeric(6)}-${faker.string.alphanumeric({ length: 4, casing: 'upper' })}`;
      item.Status = 'ICO complaint';
      const decided = addDays(complained, faker.number.int({ min: 60, max: 200 }));
      if (decided > today) return;
      item.IcoDecisionDate = decided;
      item.IcoDecision = weighted([
        ['Not upheld', 55],
        ['Partly upheld', 15],
        ['Upheld', 10],
        ['Informally resolved', 20]
      ] as const);
      item.Status = 'Closed';
    }
  }
}

function request(today: IsoDate, requesterCount: number, officers: readonly number[], contacts: readonly number[]): Record<string, unknown> {
  const received = faker.helpers.maybe(() => awkwardReceipt(today), { probability: 0.04 }) ?? fromDayNumber(toDayNumber(today) - faker.number.int({ min: 0, max: 540 }));
  const directorate = faker.helpers.arrayElement(directorates);
  const topic = faker.helpers.arrayElement(topics[directorate]);
  const eir = environmental.includes(topic) && faker.datatype.boolean({ probability: 0.7 });
  const item: Record<string, unknown> = {
    Title: `${topic}, ${faker.helpers.arrayElement(['2023 to 2025', 'last three years', 'this financial year', 'by ward', 'by month since 2022'])}`,
    Regime: eir ? 'EIR' : 'FOI',
    ReceivedDate: received,
    Channel: eir && faker.datatype.boolean({ probability: 0.1 }) ? 'Phone (EIR only)' : weighted([['Email', 55], ['Web form', 33], ['Letter', 9], ['Social media', 3]] as const),
    RequestText: `Please provide the following information about ${topic.toLowerCase()}: the figures for each year, broken down by month where held, and any reports prepared on this.`,
    Requester: { id: faker.number.int({ min: 1, max: requesterCount }) },
    Directorate: directorate,
    Status: 'Received',
    HandlingOfficer: { id: faker.helpers.arrayElement(officers) },
    PublicInterestExtension: false,
    Exemptions: []
  };
  const roll = faker.number.int({ min: 1, max: 100 });
  if (roll <= 8) {
    item.ClarificationRequestedDate = addUkWorkingDays(received, faker.number.int({ min: 1, max: 4 }));
    const back = addDays(String(item.ClarificationRequestedDate), faker.number.int({ min: 2, max: 20 }));
    if (back <= today && faker.datatype.boolean({ probability: 0.8 })) item.ClarificationReceivedDate = back;
  } else if (roll <= 10 && !eir) {
    item.FeeNoticeDate = addUkWorkingDays(received, faker.number.int({ min: 3, max: 10 }));
    item.FeeAmount = faker.helpers.arrayElement([25, 42.5, 60, 112.5]);
    const paid = addDays(String(item.FeeNoticeDate), faker.number.int({ min: 3, max: 25 }));
    if (paid <= today && faker.datatype.boolean({ probability: 0.7 })) item.FeePaidDate = paid;
  } else if (roll <= 16) {
    item.PublicInterestExtension = true;
    const told = addUkWorkingDays(received, faker.number.int({ min: 10, max: 20 }));
    if (told <= today) item.ExtendedDate = told;
    else item.PublicInterestExtension = false;
  }
  const start = String(item.ClarificationReceivedDate ?? received);
  const assigned = addUkWorkingDays(isUkWorkingDay(start) ? start : addUkWorkingDays(start, 1), faker.number.int({ min: 0, max: 2 }));
  if (assigned <= today && (!item.ClarificationRequestedDate || item.ClarificationReceivedDate)) {
    item.AssignedDate = assigned;
    item.InternalDeadline = addUkWorkingDays(assigned, 10);
    item.DirectorateContact = { id: faker.helpers.arrayElement(contacts) };
    item.Status = 'With directorate';
  }
  if (item.ClarificationRequestedDate && !item.ClarificationReceivedDate) item.Status = 'Awaiting clarification';
  if (item.FeeNoticeDate && !item.FeePaidDate) item.Status = 'Awaiting fee';

  const paused = item.Status === 'Awaiting clarification' || item.Status === 'Awaiting fee';
  const stale = toDayNumber(today) - toDayNumber(received) > 100;
  if (paused && stale) {
    item.Outcome = 'Withdrawn or lapsed';
    item.Status = 'Closed';
    item.WithdrawalReason = item.FeeNoticeDate ? 'Fee not paid within three months.' : 'No clarification received.';
  } else if (!paused) {
    responseFor(item, received, today);
    if (!item.ResponseDate && item.Status === 'With directorate' && String(item.InternalDeadline) < today) item.Status = 'Drafting response';
  }
  return item;
}

/** The requesters and the requests, in the order a log would have them (by date received), with references. */
export function demoFoi({ requests, requesters, seed, today }: FoiDemoOptions, officers: readonly number[], contacts: readonly number[]): FoiDemo {
  faker.seed(seed);
  const people = Array.from({ length: requesters }, (_, index) => requester(index));
  const rows = Array.from({ length: requests }, () => request(today, requesters, officers, contacts)).sort((a, b) =>
    String(a.ReceivedDate).localeCompare(String(b.ReceivedDate))
  );
  const used = new Set<string>();
  for (const row of rows) {
    const reference = nextRequestReference(used, String(row.ReceivedDate).slice(0, 4));
    used.add(reference);
    row.Reference = reference;
  }
  // What a spreadsheet leaves behind, for the data-quality tab: a few rows without a directorate or a requester.
  for (const row of faker.helpers.arrayElements(rows, 9)) row.Directorate = null;
  for (const row of faker.helpers.arrayElements(rows, 6)) row.Requester = null;
  return { requesters: people, requests: rows };
}
