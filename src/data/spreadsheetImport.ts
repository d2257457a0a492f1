import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ReferenceOption } from '../domain/import/cleanCell';
import { fileShape, type ColumnMapping } from '../domain/import/columnMapping';
import type { HeaderRow } from '../domain/import/headerRow';
import type { ImportPlan, ImportRow, PlanOptions } from '../domain/import/importRows';
import { uniquenessKey } from '../domain/quality/qualityRun';
import { spreadsheetImports } from '../domain/registers/spreadsheetImports';
import { filterExpression, where } from './itemFilter';
import type { ImportCounts } from './importHistory';
import { fromSharePoint } from './itemMapping';
import type { Register } from '../domain/lists/defineList';
import { listColumns } from './listColumns';
import { pageSize, type Repository } from './repository';
import { changesBeforeAdding } from './siteUpgrade';
import { readSiteUsers } from './siteUsers';

const importsRegister: Register = spreadsheetImports;

/** The duplicate keys of every item the register holds, reading only the key's columns, 5,000 items a request. */
export async function existingDuplicateKeys(sp: SPFI, register: Register): Promise<Set<string>> {
  const keys = new Set<string>();
  if (!register.duplicateKey.length) return keys;
  const list = (): IList => sp.web.lists.getByTitle(register.title);
  // On a site one release behind the list may lack a system column: read what it has.
  const pages = listColumns(list, register, register.duplicateKey).paging((shape) => list().items.select(...shape.select).expand(...shape.expand).top(pageSize));
  for await (const page of pages) {
    for (const raw of page) {
      const key = uniquenessKey(register.duplicateKey, fromSharePoint(register, raw).item as Record<string, unknown>);
      if (key !== undefined) keys.add(key);
    }
  }
  return keys;
}

/**
 * What a plan needs from the site: the register's duplicate keys, its people, and the items each lookup may
 * name. One request for each (more only above 5,000 items).
 */
export async function importContext(
  sp: SPFI,
  register: Register,
  lookupTargets: readonly Register[]
): Promise<Pick<PlanOptions, 'existingKeys' | 'people' | 'lookups'>> {
  const lookupFields = Object.entries(register.fields).flatMap(([name, field]) => {
    if (field.kind !== 'lookup') return [];
    const target = lookupTargets.find((candidate) => candidate.name === field.register);
    if (!target) throw new Error(`${register.title}’s column ${field.title} looks up to the register ${field.register}, which the import was not given: its values could not be matched.`);
    return [{ name, target }];
  });
  const [existingKeys, people, lookups] = await Promise.all([
    existingDuplicateKeys(sp, register),
    readSiteUsers(sp),
    Promise.all(
      lookupFields.map(async ({ name, target }) => {
        const options: ReferenceOption[] = [];
        for await (const page of sp.web.lists.getByTitle(target.title).items.select('Id', 'Title').top(pageSize)) {
          options.push(...(page as Array<{ Id: number; Title: string | null }>).map((item) => ({ id: item.Id, title: item.Title ?? '' })));
        }
        return [name, options] as const;
      })
    )
  ]);
  return { existingKeys, people: people.map(({ id, title, email }) => ({ id, title, email })), lookups: Object.fromEntries(lookups) };
}

/** What the site must change before an import into the register lands whole: the changes its list and the Imports list need. */
export const changesBeforeImport = (sp: SPFI, register: Register): Promise<string[]> => changesBeforeAdding(sp, [register, importsRegister]);

export const loadsRow = (row: ImportRow): boolean => row.class === 'clean' || row.class === 'cleaned' || row.class === 'flagged';

export interface LoadResult {
  /** Rows on the list now: added by this load or by an earlier, interrupted one. */
  loaded: number;
  flagged: number;
  /** Rows SharePoint refused, with its reason. */
  refused: Array<{ rowNumber: number; reason: string }>;
}

/**
 * Adds the rows that load, in $batches, each under its own key (its register and cells), flagged rows as
 * legacy records. A load cut short throws BulkAddInterrupted; running it again finishes it, adding nothing twice.
 */
export async function loadImport(
  repository: Repository<Record<string, unknown>>,
  plan: ImportPlan,
  onProgress?: (done: number, total: number) => void
): Promise<LoadResult> {
  const rows = plan.rows.filter(loadsRow);
  const result = await repository.addMany(
    rows.map((row) => ({ key: row.key, values: row.values, legacy: row.class === 'flagged' })),
    onProgress
  );
  if (result.invalid.length) {
    const [first] = result.invalid;
    throw new Error(`Row ${rows[first.index].rowNumber} no longer meets the register's checks (${Object.values(first.messages).join(' ')}): nothing was loaded. Check the file again.`);
  }
  const refusedIndexes = new Set(result.refused.map((entry) => entry.index));
  return {
    loaded: rows.length - refusedIndexes.size,
    flagged: rows.filter((row, index) => row.class === 'flagged' && !refusedIndexes.has(index)).length,
    refused: result.refused.map(({ index, problem }) => ({ rowNumber: rows[index].rowNumber, reason: problem.detail }))
  };
}

/** The columns and values a person settled on, kept with the import for the next file of the same shape. */
export interface SavedMapping {
  columns: Array<{ header: string; field: string | null }>;
  valueMap: Record<string, Record<string, string | null>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with a mapping read back from the Imports list or a file IT edited, or undefined when it is
 * one. Checked by hand rather than with zod: a zod schema used from this lazily loaded code would put a
 * second set of zod's exports in every web part's first download.
 */
function mappingProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'it is not an object with "columns" and "valueMap"';
  const { columns, valueMap } = value;
  if (!Array.isArray(columns)) return '"columns" is not a list';
  const badColumn = columns.findIndex((column) => !isRecord(column) || typeof column.header !== 'string' || (column.field !== null && typeof column.field !== 'string'));
  if (badColumn >= 0) return `columns.${badColumn} needs a "header" and a "field" (a field name, or null to leave the column out)`;
  if (!isRecord(valueMap)) return '"valueMap" is not an object';
  for (const [field, values] of Object.entries(valueMap)) {
    if (!isRecord(values)) return `valueMap.${field} is not an object`;
    const bad = Object.entries(values).find(([, choice]) => choice !== null && typeof choice !== 'string');
    if (bad) return `valueMap.${field}.${bad[0]} must be a choice or null`;
  }
  return undefined;
}

/** A mapping file IT edited (see --write-mapping), checked before it is used. */
export function mappingFromFile(text: string, fileName: string): SavedMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName} is not valid JSON: ${(error as Error).message}`);
  }
  const problem = mappingProblem(json);
  if (problem) throw new Error(`${fileName} is not a mapping: ${problem}.`);
  const { columns, valueMap } = json as SavedMapping;
  return { columns, valueMap };
}

export interface ImportRecord {
  fileName: string;
  registerTitle: string;
  fileShape: string;
  mapping: SavedMapping;
  counts: ImportCounts;
}

/** What an import leaves in the Imports list: the file, its shape and mapping, and what became of its rows. */
export function importRecordOf(fileName: string, registerTitle: string, header: HeaderRow, mapping: readonly ColumnMapping[], valueMap: SavedMapping['valueMap'], plan: ImportPlan, result: LoadResult): ImportRecord {
  return {
    fileName,
    registerTitle,
    fileShape: fileShape(header.columns),
    mapping: { columns: mapping.map(({ header: title, field }) => ({ header: title, field })), valueMap },
    counts: { read: plan.rows.length, loaded: result.loaded, flagged: result.flagged, duplicate: plan.counts.duplicate, rejected: plan.counts.rejected }
  };
}

export async function recordImport(sp: SPFI, record: ImportRecord): Promise<void> {
  await sp.web.lists.getByTitle(spreadsheetImports.title).items.add({
    Title: record.fileName.slice(0, spreadsheetImports.fields.Title.maxLength),
    RegisterName: record.registerTitle,
    RowsRead: record.counts.read,
    RowsLoaded: record.counts.loaded,
    RowsFlagged: record.counts.flagged,
    RowsDuplicate: record.counts.duplicate,
    RowsRejected: record.counts.rejected,
    FileShape: record.fileShape,
    Mapping: JSON.stringify(record.mapping)
  });
}

/**
 * The mapping of the latest import of a sheet of this shape into this register, if there was one (none on a
 * site whose Imports list is not there yet: the mapping is then proposed afresh).
 */
export async function savedMappingFor(sp: SPFI, registerTitle: string, fileShape: string): Promise<SavedMapping | undefined> {
  let items: Array<{ FileShape: string | null; Mapping: string | null }>;
  try {
    items = await sp.web.lists
      .getByTitle(spreadsheetImports.title)
      .items.select('FileShape', 'Mapping')
      .filter(filterExpression(importsRegister, [where('RegisterName', 'eq', registerTitle)]))
      .orderBy('Id', false)
      .top(pageSize)();
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
  const match = items.find((item) => item.FileShape === fileShape && item.Mapping);
  if (!match) return undefined;
  try {
    const json: unknown = JSON.parse(match.Mapping!);
    if (mappingProblem(json)) return undefined;
    const { columns, valueMap } = json as SavedMapping;
    return { columns, valueMap };
  } catch {
    // Not JSON: edited by hand in the list. The mapping is proposed afresh.
    return undefined;
  }
}
