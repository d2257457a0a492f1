/** A cell as read from a spreadsheet. Date cells of a workbook arrive as ISO dates ("2024-01-12", "2024-01-12 14:30" with a time). */
export type Cell = string | number | boolean | null;

/** One worksheet (or a CSV file) as read: every row's cells, and the columns a person had hidden. */
export interface Sheet {
  name: string;
  rows: ReadonlyArray<readonly Cell[]>;
  hiddenColumns: ReadonlySet<number>;
}

export function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell);
}
