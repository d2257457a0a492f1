import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { spreadsheetImports } from '../domain/registers/spreadsheetImports';
import { filterExpression, where } from './itemFilter';
import type { Register } from '../domain/lists/defineList';
import { pageSize } from './repository';

const importsRegister: Register = spreadsheetImports;

/** What became of a file's rows. */
export interface ImportCounts {
  read: number;
  loaded: number;
  flagged: number;
  duplicate: number;
  rejected: number;
}

/** An import into a register as its history shows it: the file, who imported it and when, and what became of its rows. */
export interface ImportHistoryEntry {
  id: number;
  fileName: string;
  importedBy: string;
  /** ISO instant. */
  importedAt: string;
  counts: ImportCounts;
}

/** The imports into a register, newest first (none on a site whose Imports list is not there yet). */
export async function readImports(sp: SPFI, registerTitle: string): Promise<ImportHistoryEntry[]> {
  let items: Array<{ Id: number; Title: string; Created: string; Author?: { Title?: string }; RowsRead: number; RowsLoaded: number; RowsFlagged: number; RowsDuplicate: number; RowsRejected: number }>;
  try {
    items = await sp.web.lists
      .getByTitle(spreadsheetImports.title)
      .items.select('Id', 'Title', 'Created', 'Author/Title', 'RowsRead', 'RowsLoaded', 'RowsFlagged', 'RowsDuplicate', 'RowsRejected')
      .expand('Author')
      .filter(filterExpression(importsRegister, [where('RegisterName', 'eq', registerTitle)]))
      .orderBy('Id', false)
      .top(pageSize)();
  } catch (error) {
    if ((error as { status?: number }).status === 404) return [];
    throw error;
  }
  return items.map((item) => ({
    id: item.Id,
    fileName: item.Title,
    importedBy: item.Author?.Title ?? 'someone unknown',
    importedAt: item.Created,
    counts: { read: item.RowsRead, loaded: item.RowsLoaded, flagged: item.RowsFlagged, duplicate: item.RowsDuplicate, rejected: item.RowsRejected }
  }));
}
