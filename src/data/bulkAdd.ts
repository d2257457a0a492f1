import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { v5 as uuidV5 } from 'uuid';
import { idempotencyKeyName, legacyMarkerName } from '../domain/lists/systemFields';
import { toSharePoint } from './itemMapping';
import type { Register } from '../domain/lists/defineList';
import type { Saved } from '../domain/lists/itemQuery';
import type { RegisterChecks } from './registerChecks';
import { describeSharePointProblem, isDuplicateKey, type SharePointProblem } from './sharePointProblem';

/** Operations per $batch: PnPjs splits at 20 unless told otherwise; 100 keeps each batch well under 1 MB. */
export const batchSize = 100;
const maxBatchBytes = 900_000;

/** A row to add, and the caller's identity for it (any text, unique within the call). */
export interface KeyedRow {
  key: string;
  values: Record<string, unknown>;
  /**
   * A spreadsheet's row that breaks the register's rules and must still land for stewards to fix: checked
   * field by field but not against the rules, and marked as a legacy record (see systemFields.ts).
   */
  legacy?: boolean;
}

export interface BulkResult<T> {
  /** Every row now on the list, whether this call added it or an earlier attempt with the same key did. */
  saved: Array<Saved<T>>;
  /** Rows the register's rules refused (by index in the input); when any is invalid nothing is written. */
  invalid: Array<{ index: number; messages: Record<string, string> }>;
  /** Rows SharePoint refused, by index. */
  refused: Array<{ index: number; problem: SharePointProblem }>;
}

/** SharePoint stopped answering part-way through addMany: these rows are saved, the rest may or may not be. */
export class BulkAddInterrupted extends Error {
  constructor(
    /** Indexes (in the rows given) of the rows known to be on the list. */
    readonly savedIndexes: number[],
    /** Indexes of the rows whose fate is not known: run the same rows again to finish. */
    readonly unknownIndexes: number[],
    readonly cause: unknown
  ) {
    super(
      `SharePoint stopped answering after ${savedIndexes.length} of ${savedIndexes.length + unknownIndexes.length} rows were saved (${describeSharePointProblem(cause).detail}). Run the same rows again: rows already saved will not be added twice.`
    );
    this.name = 'BulkAddInterrupted';
  }
}

/** The key column holds a GUID: a caller's key becomes the same name-based (v5) UUID every time. */
const keyNamespace = '0f3c5a52-7e0d-4c4e-9b1a-2d6f8e4b7a10';
const keyColumnValue = (key: string): string => uuidV5(key, keyNamespace);

/** What a repository lends the bulk add: its list, its register's checks and its reads. */
export interface BulkAddContext<T> {
  sp: SPFI;
  register: Register;
  validation: () => Promise<Pick<RegisterChecks<T>, 'validateNew' | 'validateLegacy'>>;
  findByKey: (keys: string[]) => Promise<Map<string, Saved<T>>>;
  savedFrom: (raw: Record<string, unknown>, item: T) => Saved<T>;
}

/** Rows in batches of at most 100 adds and well under 1 MB. */
function chunks(rows: Array<Record<string, unknown>>): Array<Array<{ index: number; properties: Record<string, unknown> }>> {
  const result: Array<Array<{ index: number; properties: Record<string, unknown> }>> = [];
  let current: Array<{ index: number; properties: Record<string, unknown> }> = [];
  let bytes = 0;
  rows.forEach((properties, index) => {
    const size = JSON.stringify(properties).length + 400;
    if (current.length === batchSize || bytes + size > maxBatchBytes) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push({ index, properties });
    bytes += size;
  });
  if (current.length) result.push(current);
  return result;
}

/** `Repository.addMany`: see there. */
export async function addInBatches<T>(
  { sp, register, validation, findByKey, savedFrom }: BulkAddContext<T>,
  rows: ReadonlyArray<KeyedRow>,
  onProgress?: (done: number, total: number) => void
): Promise<BulkResult<T>> {
  const keys = new Set<string>();
  for (const { key } of rows) {
    if (!key) throw new Error('Every row needs a key: the caller’s own identity for it.');
    if (keys.has(key)) throw new Error(`Two rows share the key "${key}": each row needs its own.`);
    keys.add(key);
  }
  const { validateNew, validateLegacy } = await validation();
  const checked = rows.map(({ values, legacy }) => (legacy ? validateLegacy(values) : validateNew(values)));
  const invalid = checked.flatMap((result, index) => (result.ok ? [] : [{ index, messages: result.messages }]));
  if (invalid.length) return { saved: [], invalid, refused: [] };

  const items = checked.map((result) => (result as { item: T }).item);
  const prepared = items.map((item, index) => ({
    ...toSharePoint(register, item as Record<string, unknown>),
    [idempotencyKeyName]: keyColumnValue(rows[index].key),
    ...(rows[index].legacy ? { [legacyMarkerName]: true } : {})
  }));
  const saved: Array<Saved<T> | undefined> = new Array(rows.length);
  const refusedRows: BulkResult<T>['refused'] = [];
  let done = 0;
  for (const chunk of chunks(prepared)) {
    const [batched, execute] = sp.batched({ maxRequests: batchSize });
    const target = batched.web.lists.getByTitle(register.title);
    const outcomes = chunk.map(({ properties }) =>
      target.items.add(properties).then(
        (raw: Record<string, unknown>) => ({ ok: true as const, raw }),
        (error: unknown) => ({ ok: false as const, error })
      )
    );
    const interrupted = (error: unknown): BulkAddInterrupted => {
      const savedIndexes = saved.flatMap((entry, index) => (entry ? [index] : []));
      const unknownIndexes = rows.map((_, index) => index).filter((index) => !saved[index] && !refusedRows.some((row) => row.index === index));
      return new BulkAddInterrupted(savedIndexes, unknownIndexes, error);
    };
    let results: Array<{ ok: true; raw: Record<string, unknown> } | { ok: false; error: unknown }>;
    let existing: Map<string, Saved<T>>;
    try {
      await execute();
      results = await Promise.all(outcomes);
      // A part refused as a duplicate key was saved before, by an earlier attempt or an earlier call: find it.
      const retried = chunk.filter((_, position) => {
        const result = results[position];
        return !result.ok && isDuplicateKey(result.error);
      });
      existing = await findByKey(retried.map(({ properties }) => String(properties[idempotencyKeyName])));
    } catch (error) {
      throw interrupted(error);
    }
    chunk.forEach(({ index, properties }, position) => {
      const result = results[position];
      if (result.ok) saved[index] = savedFrom(result.raw, items[index]);
      else if (existing.has(String(properties[idempotencyKeyName]))) saved[index] = existing.get(String(properties[idempotencyKeyName]));
      else refusedRows.push({ index, problem: describeSharePointProblem(result.error) });
    });
    done += chunk.length;
    onProgress?.(done, rows.length);
  }
  return { saved: saved.filter((entry): entry is Saved<T> => entry !== undefined), invalid: [], refused: refusedRows };
}
