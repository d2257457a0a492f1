import { fakerEN_GB as faker } from '@faker-js/faker';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from '../../src/domain/calendar/isoDate';
import { urgentCareReferrals } from '../../src/domain/registers';
import { ukFullName } from './ukNames';

/**
 * Synthetic Urgent Care referrals, the same every time for the same seed: about 3,500 over eighteen
 * months, shaped like the Control Room's spreadsheet (seed case study), with the problems such a
 * spreadsheet really has. Nothing here is about a real person: NHS numbers come from the 999 range, which
 * passes the check digit but is never issued.
 */

export interface DemoOptions {
  count: number;
  seed: number;
  /** The last day referrals can have arrived. */
  today: IsoDate;
}

/** How many of 3,500 rows carry each problem (the rest are clean); fewer rows carry as large a share. */
export const demoFlaws = {
  dischargedWithoutDate: 270,
  invalidNhsNumber: 40,
  dischargeBeforeAdmission: 30,
  duplicateOfAnother: 25,
  stillInHospitalWithoutDelayReason: 8
} as const;
const flawsPer = 3_500;

export type DemoReferral = Record<string, unknown>;

type Choices<K extends keyof typeof urgentCareReferrals.fields> = (typeof urgentCareReferrals.fields)[K] extends { choices: readonly (infer C)[] }
  ? C
  : never;

const wards = ['AMU', 'Ward 4', 'Ward 7', 'Ward 12', 'Elm Ward', 'Oak Ward', 'Stroke Unit', 'Frailty Unit', 'Cardiology', 'Orthopaedics'];

const packageByPathway: Record<Choices<'Pathway'>, ReadonlyArray<Choices<'CarePackageType'>>> = {
  'Pathway 0': ['None', 'Equipment only'],
  'Pathway 1': ['Home care', 'Reablement', 'Night sitting', 'Live-in care'],
  'Pathway 2': ['Reablement', 'Residential care'],
  'Pathway 3': ['Residential care', 'Nursing care']
};

const destinationByPathway: Record<Choices<'Pathway'>, Choices<'DischargeDestination'>> = {
  'Pathway 0': '19 Usual place of residence',
  'Pathway 1': '19 Usual place of residence',
  'Pathway 2': '29 Temporary place of residence',
  'Pathway 3': '56 Care home without nursing'
};

/** A valid NHS number from the never-issued 999 range. */
function testNhsNumber(): string {
  for (;;) {
    const nine = `999${faker.string.numeric(6)}`;
    const sum = [...nine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${nine}${check === 11 ? 0 : check}`;
  }
}

function weighted<T>(options: ReadonlyArray<readonly [T, number]>): T {
  return faker.helpers.weightedArrayElement(options.map(([value, weight]) => ({ value, weight })));
}

function cleanReferral(today: IsoDate, officers: readonly number[]): DemoReferral {
  const span = 548;
  // Referrals arrive evenly over the span, each up to five days after its admission.
  const referral = fromDayNumber(toDayNumber(today) - faker.number.int({ min: 0, max: span }));
  const admission = addDays(referral, -faker.number.int({ min: 0, max: 5 }));
  const age = toDayNumber(today) - toDayNumber(referral);
  const pathway = weighted<Choices<'Pathway'>>([
    ['Pathway 0', 45],
    ['Pathway 1', 35],
    ['Pathway 2', 15],
    ['Pathway 3', 5]
  ]);
  const optimised = addDays(referral, faker.number.int({ min: 1, max: 8 }));
  const ready = addDays(optimised, faker.number.int({ min: 0, max: 3 }));
  const delay = weighted([
    [0, 40],
    [faker.number.int({ min: 1, max: 3 }), 35],
    [faker.number.int({ min: 4, max: 21 }), 25]
  ]);
  const discharge = addDays(ready, delay);
  const settled = age > 30 || toDayNumber(discharge) < toDayNumber(today);
  const status: Choices<'Status'> = settled
    ? weighted([
        ['Discharged', 93],
        ['Cancelled', 7]
      ])
    : faker.helpers.arrayElement(['Referred', 'Assessing', 'Awaiting care package', 'Ready for discharge'] as const);
  const discharged = status === 'Discharged';
  const died = discharged && faker.number.int({ min: 1, max: 100 }) <= 2;
  const carePackage = faker.helpers.arrayElement(packageByPathway[pathway]);
  const inHospitalPastReady = !discharged && status !== 'Cancelled' && toDayNumber(ready) < toDayNumber(today);

  return {
    Title: ukFullName(),
    NhsNumber: testNhsNumber(),
    DateOfBirth: fromDayNumber(toDayNumber(admission) - faker.number.int({ min: 65 * 365, max: 98 * 365 })),
    HomePostcode: faker.helpers.arrayElement(['M32 0TH', 'M33 7ZF', 'M41 5SL', 'WA14 2QE', 'WA15 8DL', 'M16 0JG', 'M31 4BH']),
    Hospital: weighted<Choices<'Hospital'>>([
      ['Trafford General Hospital', 30],
      ['Wythenshawe Hospital', 30],
      ['Manchester Royal Infirmary', 20],
      ['Salford Royal Hospital', 12],
      ['North Manchester General Hospital', 5],
      ['Other hospital', 3]
    ]),
    Ward: faker.helpers.arrayElement(wards),
    AdmissionDate: admission,
    MedicallyOptimisedDate: toDayNumber(optimised) <= toDayNumber(today) ? optimised : null,
    DischargeReadyDate: toDayNumber(ready) <= toDayNumber(today) ? ready : null,
    ReferralDate: referral,
    ReferralSource: weighted<Choices<'ReferralSource'>>([
      ['Hospital discharge team', 60],
      ['Ward staff', 25],
      ['GP', 5],
      ['Community health', 5],
      ['Family or carer', 4],
      ['Self', 1]
    ]),
    Pathway: pathway,
    Status: status,
    CancellationReason: status === 'Cancelled' ? faker.helpers.arrayElement(['Patient moved out of area', 'Family arranged care', 'Readmitted under another referral', 'Declined support']) : null,
    LeadOfficer: { id: faker.helpers.arrayElement(officers) },
    CarePackageType: carePackage,
    CareProvider: carePackage === 'None' || carePackage === 'Equipment only' ? null : faker.helpers.arrayElement(['Trafford Homecare', 'Bluebird Care', 'Home Instead', 'Reablement Team', 'Oakwood Care Home']),
    CarePackageStartDate: discharged && carePackage !== 'None' ? discharge : null,
    WeeklyCareHours: pathway === 'Pathway 1' ? faker.number.int({ min: 3, max: 28 }) : null,
    DelayReason: (discharged && delay > 2) || inHospitalPastReady
      ? faker.helpers.arrayElement(urgentCareReferrals.fields.DelayReason.choices)
      : null,
    DischargeDate: discharged ? discharge : null,
    DischargeDestination: discharged ? (died ? '79 Not applicable – patient died' : destinationByPathway[pathway]) : null,
    DischargeMethod: discharged ? (died ? '4 Died' : '1 Clinical advice or consent') : null,
    Notes: faker.helpers.maybe(() => faker.helpers.arrayElement(['Family to collect.', 'Key safe installed.', 'Needs hoist at home.', 'Lives alone; neighbour has key.']), { probability: 0.2 }) ?? null
  };
}

/** The referrals, in the order a spreadsheet would have had them (by referral date), flaws included. */
export function demoReferrals({ count, seed, today }: DemoOptions, officers: readonly number[]): DemoReferral[] {
  faker.seed(seed);
  const share = (flaw: keyof typeof demoFlaws): number => Math.round((demoFlaws[flaw] * Math.min(count, flawsPer)) / flawsPer);
  const rows = Array.from({ length: count - share('duplicateOfAnother') }, () => cleanReferral(today, officers));
  const discharged = rows.filter((row) => row.Status === 'Discharged');
  const pick = <T>(from: T[], how: number): T[] => faker.helpers.arrayElements(from, how);

  for (const row of pick(discharged, share('dischargedWithoutDate'))) row.DischargeDate = null;
  for (const row of pick(rows, share('invalidNhsNumber'))) {
    const nhs = String(row.NhsNumber);
    row.NhsNumber = faker.datatype.boolean() ? nhs.slice(0, 9) : `${nhs.slice(0, 9)}${(Number(nhs[9]) + 1) % 10}`;
  }
  const withDischarge = discharged.filter((row) => row.DischargeDate !== null);
  for (const row of pick(withDischarge, share('dischargeBeforeAdmission'))) {
    row.DischargeDate = addDays(String(row.AdmissionDate), -faker.number.int({ min: 1, max: 5 }));
  }
  for (const row of pick(rows, share('duplicateOfAnother'))) rows.push({ ...row, LeadOfficer: { id: faker.helpers.arrayElement(officers) } });
  const delayed = rows.filter((row) => row.DelayReason !== null && row.DischargeDate === null && !['Discharged', 'Cancelled'].includes(String(row.Status)));
  for (const row of pick(delayed, share('stillInHospitalWithoutDelayReason'))) row.DelayReason = null;

  return rows.sort((a, b) => String(a.ReferralDate).localeCompare(String(b.ReferralDate)));
}
