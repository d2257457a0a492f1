import { proposeMapping } from '../../../src/domain/import/columnMapping';
import { findHeaderRow } from '../../../src/domain/import/headerRow';
import { planImport } from '../../../src/domain/import/importRows';
import { rejectReport } from '../../../src/domain/import/rejectReport';
import { readCsv } from '../../../src/domain/import/readCsv';
import { toCsv } from '../../../src/domain/export/csv';
import type { Register } from '../../../src/domain/lists/defineList';
import { urgentCareReferrals } from '../../../src/domain/registers';

const register = urgentCareReferrals as unknown as Register;
const options = { today: '2026-11-22', valueMap: {}, people: [], lookups: {}, existingKeys: new Set<string>() };
const csv = (text: string) => readCsv(new Uint8Array(Buffer.from(text, 'utf8')), 'legacy.csv');

function planOf(text: string) {
  const sheet = csv(text);
  const header = findHeaderRow(sheet, register.fields)!;
  return { plan: planImport(register, sheet, header, proposeMapping(register.fields, header.columns), options), headers: header.columns.map((column) => column.header) };
}

describe('the reject report', () => {
  const file = [
    'Name,NHS No,Hospital,Admitted,Date of referral,Status,Comments',
    'Ada Lovelace,943 476 5919,Wythenshawe Hospital,01/11/2026,03/11/2026,Assessing,',
    'Bad Date,943 476 5919,Wythenshawe Hospital,31/09/2026,03/11/2026,Assessing,"=HYPERLINK(""http://x"")"',
    'No Number,,Wythenshawe Hospital,02/11/2026,03/11/2026,Sleeping,'
  ].join('\r\n');

  it('lists each rejected row as the file had it, with what to put right field by field, and never a live formula', () => {
    const { plan, headers } = planOf(file);
    const report = rejectReport(plan, headers, register.fields);
    expect(report.headers).toEqual(['Row in file', ...headers, 'What to put right']);
    expect(report.rows).toEqual([
      [3, 'Bad Date', '943 476 5919', 'Wythenshawe Hospital', '31/09/2026', '03/11/2026', 'Assessing', `'=HYPERLINK("http://x")`, 'Admission date: There is no 31 September 2026.'],
      [4, 'No Number', '', 'Wythenshawe Hospital', '02/11/2026', '03/11/2026', 'Sleeping', '', 'NHS number: Enter the NHS number. Status: "Sleeping" is not one of the choices for Status.']
    ]);
  });

  it('can be corrected and imported itself: its own columns are ignored and a neutralised cell comes back as written', () => {
    const { plan, headers } = planOf(file);
    const corrected = toCsv(rejectReport(plan, headers, register.fields)).replace('31/09/2026', '30/09/2026');
    const again = planOf(corrected.replace(/^\uFEFF/, ''));
    expect(again.plan.counts).toMatchObject({ cleaned: 1, rejected: 1 });
    expect(again.plan.rows[0].values.Notes).toBe('=HYPERLINK("http://x")');
  });
});
