import type { Sheet } from '../../domain/import/sheet';

/** What the page sends the workbook reader's worker. */
export interface XlsxWorkerRequest {
  bytes: Uint8Array;
  fileName: string;
}

/** What the worker answers: the sheet, or why the workbook could not be read. */
export type XlsxWorkerAnswer = { sheet: Sheet } | { problem: string };
