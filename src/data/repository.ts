import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/items';
import { InjectHeaders } from '@pnp/queryable';
import type { Clock } from '../domain/clock';
import { londonDateOf } from '../domain/calendar/londonTime';
import type { ItemRecord, Saved } from '../domain/lists/itemQuery';
import type { RuleContext } from '../domain/lists/rulePredicate';
import { idempotencyKeyName, legacyMarkerName } from '../domain/lists/systemFields';
import { filterExpression, type Condition } from './itemFilter';
import { listColumns } from './listColumns';
import { askingFirstNow, beginAsking, beginReading, takeAnswer, takeReading } from './readAhead';
import { fromSharePoint, recordFromSharePoint, toSharePoint, type ReadShape } from './itemMapping';
import { sameValue } from '../domain/lists/sameValue';
import type { Register, ItemOf } from '../domain/lists/defineList';
import type { BulkResult, KeyedRow } from './bulkAdd';
import type { RegisterChecks } from './registerChecks';
import { describeSharePointProblem, isDuplicateKey, type SharePointProblem } from './sharePointProblem';

/** SharePoint's list view threshold: no page is larger, and no query may scan more. */
export const pageSize = 5000;
/** A listing has no use for SharePoint's per-item metadata, a third of a page's bytes. */
const noMetadata = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

export type { BulkResult, KeyedRow } from './bulkAdd';

/**
 * Values for some of an item's fields, by the register's names: a name the register does not declare does
 * not compile. Their values are checked against the register before anything is written.
 */
export type FieldValues<T> = { readonly [K in keyof T]?: unknown };

export type Outcome<T> =
  | { kind: 'saved'; saved: Saved<T> }
  /** The register's rules refused the values; nothing was sent. */
  | { kind: 'invalid'; messages: Record<string, string> }
  /** Someone else saved the item since it was read: their version, and which fields they changed. */
  | { kind: 'conflict'; server: Saved<T>; theirChanges: string[] }
  /** SharePoint refused the write. */
  | { kind: 'refused'; problem: SharePointProblem };

export interface Repository<T> {
  /** How many items the list holds (SharePoint's ItemCount: one request, no scan). */
  count(): Promise<number>;
  getById(id: number): Promise<Saved<T>>;
  /** Every item, a page at a time (≤ 5,000), in ID order. */
  all(): AsyncGenerator<Array<Saved<T>>>;
  /**
   * Every item with only these fields, a page at a time (≤ 5,000) in ID order and without OData metadata:
   * what a screen that lists items reads. Naming the legacy marker (systemFields.ts) reads it too. The
   * records carry no ETag, so none can be written back: an edit reads its item whole (getById).
   */
  listing(fields: readonly string[]): AsyncGenerator<Array<ItemRecord<T>>>;
  /**
   * Sends what a screen listing these fields asks first (the first page of `listing(fields)`, and `count()`)
   * now, for the next listing of the same fields and the next count on this site connection (by any
   * repository of this register) to take: how an app's first reads leave before it renders.
   */
  beginListing(fields: readonly string[]): void;
  /** Items meeting every condition, a page at a time, by queries that never scan more than 5,000 items. */
  find(conditions: readonly Condition[]): AsyncGenerator<Array<Saved<T>>>;
  add(values: FieldValues<T>): Promise<Outcome<T>>;
  update(saved: Saved<T>, changes: FieldValues<T>): Promise<Outcome<T>>;
  remove(saved: Saved<T>): Promise<{ kind: 'removed' } | Exclude<Outcome<T>, { kind: 'saved' } | { kind: 'invalid' }>>;
  /**
   * Adds rows in batches, each under the caller's own identity for it (an import's file and row, a fix's
   * item and version): a row whose key is already on the list is not added again, in this call or any
   * later one, so work that failed part-way can simply be run again. Throws BulkAddInterrupted when
   * SharePoint stops answering, saying which rows are known to be saved.
   */
  addMany(rows: ReadonlyArray<KeyedRow>, onProgress?: (done: number, total: number) => void): Promise<BulkResult<T>>;
}

/** Every item of a read that pages, in one array: for lists small enough to hold at once. */
export async function collectPages<T>(pages: AsyncGenerator<Array<Saved<T>>>): Promise<Array<Saved<T>>> {
  const all: Array<Saved<T>> = [];
  for await (const page of pages) all.push(...page);
  return all;
}

// Checking what is about to be written needs zod; reading does not, so no first screen downloads it.
const registerSchemas = (): Promise<typeof import('../domain/lists/registerSchemas')> =>
  import(/* webpackChunkName: 'register-schemas' */ '../domain/lists/registerSchemas');

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? (error as { status?: number }).status : undefined;
}

/** The data access for one register: typed, validated before it writes, and safe on lists of any size. */
export function createRepository<R extends Register>(sp: SPFI, register: R, clock: Clock): Repository<ItemOf<R>> {
  type T = ItemOf<R>;
  const list = (): IList => sp.web.lists.getByTitle(register.title);
  const columns = listColumns(list, register);
  const read = (raw: Record<string, unknown>): Saved<T> => fromSharePoint(register, raw);
  const context = (): RuleContext => ({ today: londonDateOf(clock().getTime()) });

  async function validation(): Promise<RegisterChecks<T>> {
    const { schemasOf, messagesByField } = await registerSchemas();
    const { schema, createSchema, updateSchema } = schemasOf(register);
    const today = context();
    // Built once for the call, not once per row: a bulk add checks thousands against it.
    const newItemSchema = createSchema(today);
    return {
      validateNew: (values) => {
        const parsed = newItemSchema.safeParse(values);
        return parsed.success ? { ok: true, item: parsed.data as T } : { ok: false, messages: messagesByField(parsed.error) };
      },
      validateLegacy: (values) => {
        const parsed = schema.safeParse(values);
        if (!parsed.success) return { ok: false, messages: messagesByField(parsed.error) };
        const item = parsed.data as Record<string, unknown>;
        return { ok: true, item: { ...item, ...register.computed.compute(item, today) } as T };
      },
      validateChanges: (changes) => {
        const parsed = updateSchema.safeParse(changes);
        return parsed.success ? { ok: true, item: parsed.data as Record<string, unknown> } : { ok: false, messages: messagesByField(parsed.error) };
      }
    };
  }

  async function getById(id: number): Promise<Saved<T>> {
    return read(await columns.reading((shape) => list().items.getById(id).select(...shape.select).expand(...shape.expand)()));
  }

  async function* pages(filter: string | undefined): AsyncGenerator<Array<Saved<T>>> {
    const query = (shape: ReadShape): IItems => {
      const items = list().items.select(...shape.select).expand(...shape.expand).top(pageSize);
      return filter ? items.filter(filter) : items;
    };
    for await (const page of columns.paging(query)) if (page.length) yield page.map(read);
  }

  async function* readListing(names: readonly string[]): AsyncGenerator<Array<ItemRecord<T>>> {
    // A screen may name what every item has besides its fields (Modified, to sort by): that is always read.
    const fields = names.filter((name) => name in register.fields);
    const read = names.includes(legacyMarkerName) ? [...fields, legacyMarkerName] : fields;
    const query = (shape: ReadShape): IItems => list().items.using(noMetadata).select(...shape.select).expand(...shape.expand).top(pageSize);
    for await (const page of columns.paging(query, { fields: read })) if (page.length) yield page.map((raw) => recordFromSharePoint(register, raw, fields));
  }
  const listingKey = (names: readonly string[]): string => `listing ${register.name}: ${names.join(',')}`;
  const countKey = `count ${register.name}`;
  const listing = (names: readonly string[]): AsyncGenerator<Array<ItemRecord<T>>> => takeReading(sp, listingKey(names)) ?? readListing(names);
  const count = (): Promise<number> => takeAnswer<number>(sp, countKey) ?? readCount();
  function beginListing(names: readonly string[]): void {
    beginReading(sp, listingKey(names), readListing(names));
    beginAsking(sp, countKey, readCount());
  }

  async function readCount(): Promise<number> {
    return (await list().select('ItemCount')<{ ItemCount: number }>()).ItemCount;
  }

  async function* find(conditions: readonly Condition[]): AsyncGenerator<Array<Saved<T>>> {
    const filter = conditions.length ? filterExpression(register, conditions) : undefined;
    if (!filter) {
      yield* pages(undefined);
      return;
    }
    // A filter on a column that is not indexed is refused over the threshold, and learning the list's size
    // first costs a round trip. Windows of 5,000 IDs are safe at any size (ID is always indexed): the first
    // leaves beside the read of the last ID, which says whether any other window is needed.
    const idWindow = (from: number): AsyncGenerator<Array<Saved<T>>> => pages(`ID gt ${from} and ID le ${from + pageSize} and ${filter}`);
    const first = askingFirstNow(idWindow(0));
    const last = await readLastId();
    yield* first;
    for (let from = pageSize; from < last; from += pageSize) yield* idWindow(from);
  }

  async function readLastId(): Promise<number> {
    const [last] = await list().items.select('Id').orderBy('Id', false).top(1)<Array<{ Id: number }>>();
    return last?.Id ?? 0;
  }

  /** What was just written, as saved: the values sent, and SharePoint's id and ETag for them. */
  function savedFrom(raw: Record<string, unknown>, item: T): Saved<T> {
    return { ...read(raw), item };
  }

  function refused(error: unknown): Outcome<T> {
    return { kind: 'refused', problem: describeSharePointProblem(error) };
  }

  async function conflictWith(saved: Saved<T>): Promise<Outcome<T>> {
    const server = await getById(saved.id);
    const theirChanges = Object.keys(register.fields).filter(
      (name) => !sameValue((server.item as Record<string, unknown>)[name], (saved.item as Record<string, unknown>)[name])
    );
    return { kind: 'conflict', server, theirChanges };
  }

  async function add(values: Record<string, unknown>): Promise<Outcome<T>> {
    const checked = (await validation()).validateNew(values);
    if (!checked.ok) return { kind: 'invalid', messages: checked.messages };
    const key = crypto.randomUUID();
    try {
      const properties = { ...toSharePoint(register, checked.item as Record<string, unknown>), [idempotencyKeyName]: key };
      const raw = await columns.writing(properties, (sent) => list().items.add(sent));
      return { kind: 'saved', saved: savedFrom(raw, checked.item) };
    } catch (error) {
      if (isDuplicateKey(error)) {
        const existing = await findByKey([key]);
        if (existing.has(key)) return { kind: 'saved', saved: existing.get(key)! };
      }
      return refused(error);
    }
  }

  /** What a person changed, with the computed fields as the register works them out: never as sent. */
  function changesToSend(before: T, changes: Record<string, unknown>, after: T): Record<string, unknown> {
    const [was, now] = [before as Record<string, unknown>, after as Record<string, unknown>];
    const sent = Object.fromEntries(Object.entries(changes).filter(([name]) => !register.computed.fields.includes(name)));
    for (const name of register.computed.fields) if (!sameValue(now[name], was[name])) sent[name] = now[name];
    return sent;
  }

  async function update(saved: Saved<T>, changes: Record<string, unknown>): Promise<Outcome<T>> {
    const { validateChanges, validateNew } = await validation();
    const parsedChanges = validateChanges(changes);
    if (!parsedChanges.ok) return { kind: 'invalid', messages: parsedChanges.messages };
    const checked = validateNew({ ...(saved.item as Record<string, unknown>), ...parsedChanges.item });
    if (!checked.ok) return { kind: 'invalid', messages: checked.messages };
    // Saved in Custodian, checked against every rule: a legacy record is one no longer.
    const clearLegacy = saved.legacy ? { [legacyMarkerName]: false } : {};
    try {
      const properties = { ...toSharePoint(register, changesToSend(saved.item, parsedChanges.item, checked.item)), ...clearLegacy };
      await columns.writing(properties, (sent) => list().items.getById(saved.id).update(sent, saved.etag));
      return { kind: 'saved', saved: await getById(saved.id) };
    } catch (error) {
      return statusOf(error) === 412 ? conflictWith(saved) : refused(error);
    }
  }

  async function remove(saved: Saved<T>): Promise<{ kind: 'removed' } | Exclude<Outcome<T>, { kind: 'saved' } | { kind: 'invalid' }>> {
    try {
      await list().items.getById(saved.id).delete(saved.etag);
      return { kind: 'removed' };
    } catch (error) {
      if (statusOf(error) === 412) return (await conflictWith(saved)) as Exclude<Outcome<T>, { kind: 'saved' } | { kind: 'invalid' }>;
      return { kind: 'refused', problem: describeSharePointProblem(error) };
    }
  }

  /** Items already saved under these idempotency keys (the key column is indexed and unique). */
  async function findByKey(keys: string[]): Promise<Map<string, Saved<T>>> {
    const found = new Map<string, Saved<T>>();
    for (let start = 0; start < keys.length; start += 20) {
      const filter = keys.slice(start, start + 20).map((key) => `${idempotencyKeyName} eq '${key}'`).join(' or ');
      const raw = await columns.reading((shape) => list().items.select(...shape.select).expand(...shape.expand).filter(filter).top(pageSize)<Array<Record<string, unknown>>>());
      for (const row of raw) found.set(String(row[idempotencyKeyName]), read(row));
    }
    return found;
  }

  // Adding in batches is for imports and bulk fixes, never a first screen: its code loads when first used.
  async function addMany(rows: ReadonlyArray<KeyedRow>, onProgress?: (done: number, total: number) => void): Promise<BulkResult<T>> {
    const { addInBatches } = await import(/* webpackChunkName: 'bulk-add' */ './bulkAdd');
    return addInBatches({ sp, register, validation, findByKey, savedFrom }, rows, onProgress);
  }

  return { count, getById, all: () => pages(undefined), listing, beginListing, find, add, update, remove, addMany };
}
