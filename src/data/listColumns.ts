import type { IList } from '@pnp/sp/lists';
import type {} from '@pnp/sp/fields';
import { idempotencyKeyName, legacyMarkerName } from '../domain/lists/systemFields';
import { readShape, writeNameOf, type ReadShape } from './itemMapping';
import type { Register } from '../domain/lists/defineList';
import { describeSharePointProblem } from './sharePointProblem';

/**
 * Which of a register's columns its list has. A site one release behind (see siteUpgrade.ts) lacks the
 * columns that release added, and SharePoint refuses any read naming one: so reads name every declared
 * column until SharePoint refuses one, then only those the list's fields hold. A site that is current
 * pays nothing; one that is behind pays one read of its fields, once per repository.
 */
export interface ListColumns {
  /** Runs a read with the columns the list has, learning them and reading again if SharePoint refuses one. */
  reading<R>(read: (shape: ReadShape) => Promise<R>): Promise<R>;
  /**
   * Every page of a paged read: the first read as `reading` does, the rest by the first's next links, each
   * asked for as the one before arrives. A listing names its own fields, and reads them as readShape's
   * listing does.
   */
  paging(query: (shape: ReadShape) => AsyncIterable<unknown[]>, listing?: { fields: readonly string[] }): AsyncGenerator<Array<Record<string, unknown>>>;
  /**
   * Runs a write without the columns the list lacks where they are empty; a value for one is refused,
   * naming the column, before anything is sent.
   */
  writing<R>(properties: Record<string, unknown>, write: (properties: Record<string, unknown>) => Promise<R>): Promise<R>;
}

/** SharePoint's refusals of a $select, $filter or write naming a column the list does not have. */
const unknownColumn = /(?:field or property|property|Column) '[^']+' does not exist/i;

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '' || value === false || (Array.isArray(value) && !value.length);

/** `only`: the register's fields a read needs (all of them when absent), as readShape takes them. */
export function listColumns(list: () => IList, register: Register, only?: readonly string[]): ListColumns {
  let missing: ReadonlySet<string> = new Set();
  let learning: Promise<void> | undefined;
  const declared = [...Object.keys(register.fields), idempotencyKeyName, legacyMarkerName];
  const titleOf = (name: string): string => register.fields[name]?.title ?? name;

  /** Learns the list's columns (once) after a refusal that may be one of ours missing; false when that was not the reason. */
  async function learnFrom(error: unknown): Promise<boolean> {
    if ((error as { status?: number }).status !== 400 || !unknownColumn.test(describeSharePointProblem(error).detail)) return false;
    // Only a site that is behind needs PnPjs's fields module: it loads then.
    learning ??= import(/* webpackChunkName: 'pnp-fields' */ '@pnp/sp/fields')
      .then(() => list().fields.select('InternalName')<Array<{ InternalName: string }>>())
      .then((fields) => {
        const present = new Set(fields.map((field) => field.InternalName));
        missing = new Set(declared.filter((name) => !present.has(name)));
      });
    await learning;
    return missing.size > 0;
  }

  const shape = (fields = only, listing = false): ReadShape => {
    const full = readShape(register, fields, listing);
    if (!missing.size) return full;
    const kept = [...Object.keys(register.fields), legacyMarkerName].filter((name) => !missing.has(name) && (!fields || fields.includes(name)));
    const narrowed = readShape(register, kept, listing);
    return { select: narrowed.select.filter((name) => !missing.has(name)), expand: narrowed.expand };
  };

  /** The properties SharePoint can take now, with the one column it cannot if a value is meant for it. */
  function sendable(properties: Record<string, unknown>): { properties: Record<string, unknown>; blocked?: string } {
    const kept: Record<string, unknown> = {};
    const missingByProperty = new Map([...missing].map((name) => [writeNameOf(name, register.fields[name]), name]));
    for (const [property, value] of Object.entries(properties)) {
      const name = missingByProperty.get(property);
      if (name === undefined) kept[property] = value;
      else if (!isEmpty(value)) return { properties: kept, blocked: name };
    }
    return { properties: kept };
  }

  async function writing<R>(properties: Record<string, unknown>, write: (properties: Record<string, unknown>) => Promise<R>): Promise<R> {
    const attempt = (): Promise<R> => {
      const { properties: kept, blocked } = sendable(properties);
      if (blocked === undefined) return write(kept);
      throw new Error(
        `${register.title} has no column "${titleOf(blocked)}" yet: this site’s lists are behind this version of Custodian. Ask a site owner to open Custodian and update the site.`
      );
    };
    const known = missing;
    try {
      return await attempt();
    } catch (error) {
      if (!(await learnFrom(error)) || missing === known) throw error;
      return attempt();
    }
  }

  async function reading<R>(read: (shape: ReadShape) => Promise<R>, shaped: () => ReadShape = shape): Promise<R> {
    const known = missing;
    try {
      return await read(shaped());
    } catch (error) {
      if (!(await learnFrom(error)) || missing === known) throw error;
      return read(shaped());
    }
  }

  async function* paging(query: (shape: ReadShape) => AsyncIterable<unknown[]>, listing?: { fields: readonly string[] }): AsyncGenerator<Array<Record<string, unknown>>> {
    const shaped = (): ReadShape => (listing ? shape(listing.fields, true) : shape());
    const { iterator, first } = await reading(async (readAs) => {
      const pages = query(readAs)[Symbol.asyncIterator]();
      return { iterator: pages, first: await pages.next() };
    }, shaped);
    // Each next page is asked for as soon as a page arrives: SharePoint works on it while this one is used.
    for (let page = first; !page.done; ) {
      const next = iterator.next();
      // Its failure is the reader's to see when it reaches that page, not an unhandled rejection meanwhile.
      next.catch(() => undefined);
      yield page.value as Array<Record<string, unknown>>;
      page = await next;
    }
  }

  return { reading: (read) => reading(read), paging, writing };
}
