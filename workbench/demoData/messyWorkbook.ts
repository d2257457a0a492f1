import * as ExcelJS from 'exceljs';
import type { IsoDate } from '../../src/domain/calendar/isoDate';
import { demoReferrals, type DemoReferral } from './urgentCareDemo';

/**
 * The Control Room's tracker as a council really keeps it in Excel, for import tests and the benchmark:
 * a merged title banner and notes above the header, headers written the team's way (one misspelt), a
 * hidden column and an empty one, dates typed four ways and as Excel dates, NHS numbers with spaces and
 * dashes, pathways as "P1" or "path 1", "n/a" and "tbc" in date columns, statuses nobody declared, a
 * formula-like note and one written in HTML, and the demo data's own problems (a digit wrong,
 * discharged with no date, the same patient twice).
 */

export interface MessyWorkbookOptions {
  rows: number;
  seed: number;
  today: IsoDate;
  /** Officers' names by user id, as the sheet names them. */
  officers: ReadonlyMap<number, string>;
}

/** What was done to a row on purpose, so a test can check that the import saw it. */
export type Defect = 'no NHS number' | 'unreadable admission date' | 'undeclared status' | 'formula-like note' | 'HTML-like note';

export interface MessyWorkbook {
  bytes: Uint8Array;
  /** The sheet row number (1-based) of the header. */
  headerRow: number;
  /** The referral behind each data row, in order, and what was done to it on purpose. */
  rows: Array<{ rowNumber: number; referral: DemoReferral; defects: Defect[] }>;
  /** The statuses written that are not choices, and the choice each means. */
  undeclaredStatuses: Readonly<Record<string, string>>;
}

const monthsShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ordinal = (day: number): string => `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;

/** One of the ways the team typed a date, or an Excel date cell. */
function writtenDate(date: unknown, style: number): string | Date | null {
  if (typeof date !== 'string') return null;
  const [year, month, day] = date.split('-').map(Number);
  switch (style % 5) {
    case 0:
      return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    case 1:
      return `${day}/${month}/${String(year).slice(2)}`;
    case 2:
      return `${day}-${monthsShort[month - 1]}-${String(year).slice(2)}`;
    case 3:
      return `${ordinal(day)} ${monthsShort[month - 1]} ${year}`;
    default:
      return new Date(Date.UTC(year, month - 1, day));
  }
}

function writtenNhsNumber(nhs: string, style: number): string | number {
  if (style % 3 === 0) return `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`;
  if (style % 3 === 1) return `${nhs.slice(0, 3)}-${nhs.slice(3, 6)}-${nhs.slice(6)}`;
  return /^\d{10}$/.test(nhs) && !nhs.startsWith('0') ? Number(nhs) : nhs;
}

function writtenPathway(pathway: unknown, style: number): string | null {
  if (typeof pathway !== 'string') return null;
  const number = pathway.slice(-1);
  return [`P${number}`, pathway, `path ${number}`, `pathway${number}`][style % 4];
}

const header = [
  'Patient Name',
  'Internal ref',
  'NHS No',
  'DOB',
  'Post code',
  'Hospital',
  'Ward',
  'Date admitted',
  'MOFD',
  'DRD',
  'Date of referral',
  'Referred by',
  'Pathway',
  'Status',
  'Reason cancelled',
  'Officer',
  'Package type',
  'Provider',
  'Package start',
  'Hours',
  'Reason for delay',
  'Date discharged',
  'Discharge destinaton',
  'Method',
  'Spare',
  'Comments'
];

export async function messyWorkbook({ rows: count, seed, today, officers }: MessyWorkbookOptions): Promise<MessyWorkbook> {
  const referrals = demoReferrals({ count, seed, today }, [...officers.keys()]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tracker');
  sheet.addRow(['Urgent Care Control Room – referrals tracker (exported 20/11/2026)']);
  sheet.mergeCells(1, 1, 1, 8);
  sheet.addRow([]);
  sheet.addRow(['Please do not change the column headings. Grey columns are for the team leader.']);
  sheet.addRow(header);
  const headerRow = 4;
  sheet.getColumn(header.indexOf('Internal ref') + 1).hidden = true;

  const undeclaredStatuses = { Active: 'Assessing', 'Closed - deceased': 'Discharged' } as const;
  const rows: MessyWorkbook['rows'] = referrals.map((referral, index) => {
    const defects: Defect[] = [];
    const officer = referral.LeadOfficer as { id: number } | null;
    let status: string = String(referral.Status);
    let nhs: string | number | null = writtenNhsNumber(String(referral.NhsNumber), index);
    let admitted: string | Date | null = writtenDate(referral.AdmissionDate, index);
    let notes = referral.Notes as string | null;
    if (index % 97 === 5) {
      nhs = null;
      defects.push('no NHS number');
    } else if (index % 101 === 7) {
      admitted = '31/09/2025';
      defects.push('unreadable admission date');
    } else if (index % 3 === 0 && status === 'Assessing') {
      status = 'Active';
      defects.push('undeclared status');
    } else if (index % 2 === 0 && status === 'Discharged' && referral.DischargeMethod === '4 Died') {
      status = 'Closed - deceased';
      defects.push('undeclared status');
    }
    if (index % 211 === 11) {
      notes = "=cmd|' /C calc'!A0";
      defects.push('formula-like note');
    } else if (index === 0) {
      // First, so a page showing examples of the column's values shows it.
      notes = '<img src="x" onerror="window.injected = true"><b>Family to collect</b>';
      defects.push('HTML-like note');
    }
    const style = index * 7;
    sheet.addRow([
      referral.Title,
      `CR-${10000 + index}`,
      nhs,
      writtenDate(referral.DateOfBirth, 0),
      referral.HomePostcode === null ? null : String(referral.HomePostcode).toLowerCase(),
      referral.Hospital,
      referral.Ward,
      admitted,
      referral.MedicallyOptimisedDate === null ? (index % 3 === 0 ? 'n/a' : null) : writtenDate(referral.MedicallyOptimisedDate, style + 1),
      referral.DischargeReadyDate === null ? (index % 2 === 0 ? 'tbc' : null) : writtenDate(referral.DischargeReadyDate, style + 2),
      writtenDate(referral.ReferralDate, style + 3),
      referral.ReferralSource,
      writtenPathway(referral.Pathway, index),
      index % 13 === 0 ? status.toUpperCase() : status,
      referral.CancellationReason,
      officer ? officers.get(officer.id) ?? null : null,
      referral.CarePackageType,
      referral.CareProvider,
      writtenDate(referral.CarePackageStartDate, style + 4),
      referral.WeeklyCareHours,
      referral.DelayReason,
      writtenDate(referral.DischargeDate, style),
      referral.DischargeDestination,
      referral.DischargeMethod,
      null,
      notes
    ]);
    return { rowNumber: headerRow + 1 + index, referral, defects };
  });
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { bytes, headerRow, rows, undeclaredStatuses };
}
