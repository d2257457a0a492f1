import { proposeMapping } from '../../../src/domain/import/columnMapping';
import { findHeaderRow } from '../../../src/domain/import/headerRow';
import { planImport, type ImportPlan, type PlanOptions } from '../../../src/domain/import/importRows';
import { rejectReport } from '../../../src/domain/import/rejectReport';
import { readXlsx } from '../../../src/domain/import/readXlsx';
import type { Sheet } from '../../../src/domain/import/sheet';
import { uniquenessKey } from '../../../src/domain/quality/qualityRun';
import type { Register } from '../../../src/domain/lists/defineList';
import { urgentCareReferrals } from '../../../src/domain/registers';
import { messyWorkbook, type MessyWorkbook } from '../../../workbench/demoData/messyWorkbook';

const register = urgentCareReferrals as unknown as Register;
const today = '2026-11-22';
const officers = new Map([
  [2, 'Sam Okafor'],
  [3, 'Alex Morgan']
]);
const options: PlanOptions = {
  today,
  valueMap: {},
  people: [...officers].map(([id, title]) => ({ id, title })),
  lookups: {},
  existingKeys: new Set()
};

let workbook: MessyWorkbook;
let sheet: Sheet;

beforeAll(async () => {
  workbook = await messyWorkbook({ rows: 3500, seed: 4242, today, officers });
  sheet = await readXlsx(workbook.bytes, 'tracker.xlsx');
}, 60_000);

function plan(extra: Partial<PlanOptions> = {}): ImportPlan {
  const header = findHeaderRow(sheet, register.fields)!;
  return planImport(register, sheet, header, proposeMapping(register.fields, header.columns), { ...options, ...extra });
}

describe('planning the import of a messy tracker workbook', () => {
  it('finds the header below the banner and notes, leaving out the hidden and the empty column', () => {
    const header = findHeaderRow(sheet, register.fields)!;
    expect(header.index + 1).toBe(workbook.headerRow);
    expect(header.ignored).toEqual([
      { column: 1, header: 'Internal ref', reason: 'The column is hidden in the workbook.' },
      { column: 24, header: 'Spare', reason: 'The column is empty.' }
    ]);
  });

  it('maps every other column to its field, the misspelt one by its similar title', () => {
    const header = findHeaderRow(sheet, register.fields)!;
    const mapping = proposeMapping(register.fields, header.columns);
    expect(mapping.filter((column) => column.field === null)).toEqual([]);
    expect(mapping.find((column) => column.header === 'Discharge destinaton')).toMatchObject({ field: 'DischargeDestination', mappedBy: 'similar title' });
    expect(mapping.find((column) => column.header === 'NHS No')).toMatchObject({ field: 'NhsNumber', mappedBy: 'alias' });
    expect(new Set(mapping.map((column) => column.field)).size).toBe(mapping.length);
  });

  it('lists the statuses that match no choice, with their counts, for the person to map', () => {
    const { unmatched } = plan();
    const written = workbook.rows.filter((row) => row.defects.includes('undeclared status'));
    expect(Object.keys(unmatched)).toEqual(['Status']);
    expect(Object.values(unmatched.Status).reduce((total, count) => total + count, 0)).toBe(written.length);
    expect(Object.keys(unmatched.Status).sort()).toEqual(Object.keys(workbook.undeclaredStatuses).sort());
  });

  it('puts every row in exactly one class, naming the field and the reason for every refusal', () => {
    const { rows, counts } = plan({ valueMap: { Status: workbook.undeclaredStatuses } });
    expect(rows.map((row) => row.rowNumber)).toEqual(workbook.rows.map((row) => row.rowNumber));
    expect(Object.values(counts).reduce((total, count) => total + count, 0)).toBe(3500);
    for (const row of rows.filter((candidate) => candidate.class === 'rejected')) {
      expect(row.problems.length).toBeGreaterThan(0);
      for (const problem of row.problems) expect(problem.field in register.fields && problem.reason.length > 10).toBe(true);
    }
    const byNumber = new Map(rows.map((row) => [row.rowNumber, row]));
    for (const { rowNumber, defects } of workbook.rows) {
      const row = byNumber.get(rowNumber)!;
      if (defects.includes('no NHS number')) expect(row.problems).toContainEqual({ field: 'NhsNumber', reason: 'Enter the NHS number.' });
      if (defects.includes('unreadable admission date')) expect(row.problems).toContainEqual({ field: 'AdmissionDate', reason: 'There is no 31 September 2025.' });
      if (defects.includes('formula-like note') && row.class !== 'rejected') expect(row.values.Notes).toBe("=cmd|' /C calc'!A0");
      if (defects.includes('undeclared status')) expect(row.problems.filter((problem) => problem.field === 'Status')).toEqual([]);
    }
  });

  it('cleans what it can and says how: pathways, NHS numbers, dates typed four ways, "tbc" as blank', () => {
    const { rows } = plan({ valueMap: { Status: workbook.undeclaredStatuses } });
    const loaded = rows.filter((row) => row.class !== 'rejected');
    const referralOf = new Map(workbook.rows.map((row) => [row.rowNumber, row.referral]));
    for (const row of loaded) {
      const referral = referralOf.get(row.rowNumber)!;
      for (const field of ['AdmissionDate', 'ReferralDate', 'DischargeDate', 'Pathway', 'DischargeReadyDate']) expect([field, row.values[field]]).toEqual([field, referral[field]]);
    }
    const reasons = new Set(loaded.flatMap((row) => row.changes.map((change) => change.reason)));
    expect([...reasons]).toEqual(expect.arrayContaining(['a known way of writing this choice', 'spaces and dashes taken out', 'read as a UK date, day first', '"tbc" means not known: left blank']));
  });

  it('flags the rows that break a rule, keeps the second of a patient’s admission out, and refuses bad NHS numbers', () => {
    const { rows, counts } = plan({ valueMap: { Status: workbook.undeclaredStatuses } });
    expect(rows.filter((row) => row.class === 'flagged' && row.problems.some((problem) => problem.field === 'DischargeDate')).length).toBeGreaterThan(250);
    expect(counts.duplicate).toBeGreaterThan(15);
    const invalidNhs = rows.filter((row) => row.problems.some((problem) => problem.field === 'NhsNumber' && /NHS number check|10 digits/.test(problem.reason)));
    expect(invalidNhs.length).toBeGreaterThanOrEqual(30);
    expect(invalidNhs.every((row) => row.class === 'rejected')).toBe(true);
  });

  it('finds nothing new to load when the same rows are already on the list', () => {
    const first = plan({ valueMap: { Status: workbook.undeclaredStatuses } });
    const existingKeys = new Set(
      first.rows.filter((row) => row.class !== 'rejected' && row.class !== 'duplicate').map((row) => uniquenessKey(register.duplicateKey, row.values)!)
    );
    const again = plan({ valueMap: { Status: workbook.undeclaredStatuses }, existingKeys });
    expect(again.counts).toMatchObject({ clean: 0, cleaned: 0, flagged: 0 });
    expect(again.counts.rejected).toBe(first.counts.rejected);
  });
});

describe('a date of birth in an import', () => {
  const sheetOf = (dateOfBirth: string): Sheet => ({
    name: 'Births',
    hiddenColumns: new Set(),
    rows: [
      ['NHS number', 'Patient name', 'Date of birth', 'Hospital', 'Admission date', 'Referral date', 'Status'],
      ['9990000026', 'Ann Other', dateOfBirth, 'Wythenshawe Hospital', '01/11/2026', '02/11/2026', 'Referred']
    ]
  });
  const planFor = (dateOfBirth: string): ImportPlan => {
    const births = sheetOf(dateOfBirth);
    const header = findHeaderRow(births, register.fields)!;
    return planImport(register, births, header, proposeMapping(register.fields, header.columns), options);
  };

  it('reads a two-digit year as the most recent past one: "3/3/33" is 3 March 1933', () => {
    const [row] = planFor('3/3/33').rows;
    expect(row.values.DateOfBirth).toBe('1933-03-03');
  });

  it('flags a date of birth in the future, by the register’s own rule', () => {
    const [row] = planFor('3/3/2033').rows;
    expect(row.values.DateOfBirth).toBe('2033-03-03');
    expect(row.class).toBe('flagged');
    expect(row.problems).toEqual(expect.arrayContaining([{ field: 'DateOfBirth', reason: 'The date of birth cannot be in the future.' }]));
  });
});

describe('the foot of a report and the reject file', () => {
  const sheet: Sheet = {
    name: 'Report',
    hiddenColumns: new Set(),
    rows: [
      ['NHS number', 'Patient name', 'Hospital', 'Admission date', 'Referral date', 'Status'],
      ['9990000026', 'Ann Other', 'Wythenshawe Hospital', '2026-11-01', '02/11/2026', 'Referred'],
      ['123', 'Bad Number', 'Wythenshawe Hospital', '2026-11-01', '02/11/2026', 'Referred'],
      ['Total', 2, null, null, null, null]
    ]
  };
  const header = () => findHeaderRow(sheet, register.fields)!;
  const reportPlan = () => planImport(register, sheet, header(), proposeMapping(register.fields, header().columns), options);

  it('leaves out a totals row at the foot of a sheet, and says so', () => {
    const plan = reportPlan();
    expect(plan.rows.map((row) => row.rowNumber)).toEqual([2, 3]);
    expect(plan.leftOut).toEqual([{ rowNumber: 4, reason: 'a totals row, not a record' }]);
  });

  it('writes a workbook’s dates back as dates, shown day first, not as ISO text', () => {
    const table = rejectReport(reportPlan(), header().columns.map((column) => column.header), register.fields);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toContainEqual({ date: '2026-11-01' });
    expect(table.rows[0]).toContain('02/11/2026');
  });
});
