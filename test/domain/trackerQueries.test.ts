import { parse } from 'papaparse';
import { urgentCareReferrals } from '../../src/domain/registers';
import { isFilterActive, matchesSearch, passesFilter, sortRecords, type ItemRecord } from '../../src/domain/lists/itemQuery';
import { isInView } from '../../src/domain/lists/registerViews';
import { trackerViews } from '../../src/domain/urgentCare/trackerViews';
import { exportTable, neutraliseFormula } from '../../src/domain/export/exportTable';
import { toCsv } from '../../src/domain/export/csv';
import { sampleReferral } from '../support/sampleItems';

const fields = urgentCareReferrals.fields;
const blank = Object.fromEntries(Object.keys(fields).map((name) => [name, null]));

function record(id: number, values: Record<string, unknown>, editorId = 2): ItemRecord {
  return { id, item: { ...blank, ...sampleReferral(values) }, modified: `2026-11-${String(id).padStart(2, '0')}T09:00:00Z`, editorId };
}

const records = [
  record(1, { Title: 'Ada Lovelace', Status: 'Assessing' }),
  record(2, { Title: "Mary O'Brien", NhsNumber: '999 000 0018', Status: 'Discharged', DischargeDate: '2026-11-10' }, 3),
  record(3, { Title: 'Tom Price', Status: 'Cancelled', CancellationReason: 'Moved away' }),
  record(4, { Title: 'Ade Lovell', Status: 'Discharged' }, 3),
  record(5, { Title: 'Li Wei', Status: 'Ready for discharge', DischargeDate: '2026-11-12', Ward: 'Elm Ward' })
];
const view = (id: string) => trackerViews.find((candidate) => candidate.id === id)!;
const idsIn = (id: string, userId = 2) => records.filter((r) => isInView(view(id), r, { userId, today: '2026-11-22' })).map((r) => r.id);

describe('the tracker’s views', () => {
  it('Active Referrals are those with no discharge date that are not cancelled', () => {
    expect(idsIn('active')).toEqual([1, 4]);
  });

  it('All Discharges are marked Discharged or have a discharge date', () => {
    expect(idsIn('discharges')).toEqual([2, 4, 5]);
  });

  it('All Referrals is everything, and Changed by me only what the signed-in person changed last', () => {
    expect(idsIn('all')).toEqual([1, 2, 3, 4, 5]);
    expect(idsIn('mine', 3)).toEqual([2, 4]);
    expect(idsIn('mine', 9)).toEqual([]);
  });

  it('show only columns the register has', () => {
    for (const candidate of trackerViews) for (const column of candidate.columns) expect(fields).toHaveProperty(column);
  });
});

describe('quick search', () => {
  const found = (query: string) => records.filter((r) => matchesSearch(fields, r, query)).map((r) => r.id);

  it('finds an NHS number typed with or without spaces, or part of one', () => {
    expect(found('9990000018')).toEqual([2]);
    expect(found('999 000 0018')).toEqual([2]);
    expect(found('476 59')).toEqual([1, 3, 4, 5]);
  });

  it('finds names by every word typed, ignoring case, and treats quotes as text', () => {
    expect(found('lov')).toEqual([1, 4]);
    expect(found('ada LOVE')).toEqual([1]);
    expect(found("o'brien")).toEqual([2]);
    expect(found('   ')).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('filters', () => {
  const passing = (filter: Parameters<typeof passesFilter>[1]) => records.filter((r) => passesFilter(r, filter)).map((r) => r.id);

  it('by choices, by text within a field, and by date ranges with open ends', () => {
    expect(passing({ kind: 'oneOf', field: 'Status', values: ['Discharged', 'Cancelled'] })).toEqual([2, 3, 4]);
    expect(passing({ kind: 'oneOf', field: 'Status', values: [] })).toEqual([1, 2, 3, 4, 5]);
    expect(passing({ kind: 'contains', field: 'Ward', text: 'elm' })).toEqual([5]);
    expect(passing({ kind: 'dateRange', field: 'DischargeDate', from: '2026-11-11' })).toEqual([5]);
    expect(passing({ kind: 'dateRange', field: 'DischargeDate', to: '2026-11-11' })).toEqual([2]);
  });

  it('count as narrowing only once something is chosen, typed or dated', () => {
    expect(isFilterActive({ kind: 'oneOf', field: 'Status', values: [] })).toBe(false);
    expect(isFilterActive({ kind: 'contains', field: 'Ward', text: '  ' })).toBe(false);
    expect(isFilterActive({ kind: 'dateRange', field: 'DischargeDate' })).toBe(false);
    expect(isFilterActive({ kind: 'dateRange', field: 'DischargeDate', to: '2026-11-11' })).toBe(true);
    expect(isFilterActive({ kind: 'oneOf', field: 'Status', values: ['Cancelled'] })).toBe(true);
  });
});

describe('sorting', () => {
  it('orders by a field either way, keeps blanks last and ties in their original order', () => {
    const ids = (field: string, descending: boolean) => sortRecords(records, { field, descending }).map((r) => r.id);
    expect(ids('DischargeDate', false)).toEqual([2, 5, 1, 3, 4]);
    expect(ids('DischargeDate', true)).toEqual([5, 2, 1, 3, 4]);
    expect(ids('Title', false)).toEqual([1, 4, 5, 2, 3]);
    expect(ids('Modified', true)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('export', () => {
  it('neutralises text a spreadsheet would run as a formula, and nothing else', () => {
    for (const text of ['=HYPERLINK("http://x")', '+44 161', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =1+1', '\u00a0=1', '\uff1dSUM(A1)', '\uff0b1', '\uff20A1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['Ada', '999 000 0018', 'a=b', '']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('writes a view’s columns as a CSV with titles, UK dates and neutralised cells, readable back as it was', () => {
    const hostile = record(6, { Title: '=cmd|"/c calc"!A1', Notes: '@risk', WeeklyCareHours: -0 + 12 });
    const table = exportTable(fields, [records[1], hostile], ['Title', 'DischargeDate', 'WeeklyCareHours', 'Notes']);
    expect(table.headers).toEqual(['ID', 'Patient name', 'Discharge date', 'Weekly care hours', 'Notes']);
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['ID', 'Patient name', 'Discharge date', 'Weekly care hours', 'Notes'],
      ['2', "Mary O'Brien", '10/11/2026', '', ''],
      ['6', '\'=cmd|"/c calc"!A1', '', '12', "'@risk"]
    ]);
  });
});
