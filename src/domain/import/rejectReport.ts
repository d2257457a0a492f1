import { neutraliseFormula, type ExportCell, type ExportTable } from '../export/exportTable';
import type { FieldsByName } from '../lists/ruleFormula';
import type { ImportPlan } from './importRows';
import type { Cell } from './sheet';
import { isIsoDate } from '../calendar/isoDate';

function exportCell(cell: Cell): ExportCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return cell;
  // A workbook's date cell is read as an ISO date: it goes back as a date, shown as the workbook showed it.
  if (typeof cell === 'string' && isIsoDate(cell)) return { date: cell };
  return neutraliseFormula(String(cell));
}

/**
 * The rows that could not be stored, as the file had them, with what is wrong with each in a last column:
 * correct them in the report and import the report itself (its extra columns are ignored).
 */
export function rejectReport(plan: ImportPlan, headers: readonly string[], fields: FieldsByName): ExportTable {
  const titleOf = (field: string): string => (field ? fields[field]?.title ?? field : 'Row');
  return {
    headers: ['Row in file', ...headers, 'What to put right'],
    rows: plan.rows
      .filter((row) => row.class === 'rejected')
      .map((row) => [
        row.rowNumber,
        ...headers.map((header) => exportCell(row.original[header] ?? null)),
        neutraliseFormula(row.problems.map((problem) => `${titleOf(problem.field)}: ${problem.reason}`).join(' '))
      ])
  };
}
