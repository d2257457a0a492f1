import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { isBlank } from '../domain/lists/fieldValues';
import { fromSharePoint } from './itemMapping';
import { sameValue } from '../domain/lists/sameValue';
import type { Register } from '../domain/lists/defineList';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** One saved version of an item: who saved it, when, and which fields it changed. */
export interface ItemVersion {
  label: string;
  editor: string;
  saved: string;
  /** For the first version, every field it was created with. */
  changes: FieldChange[];
}

interface RawLookup {
  LookupId: number;
  LookupValue?: string;
  Email?: string;
}

/** Versions give people and lookups as { LookupId, LookupValue, Email }: the shape items are read in. */
function asItemShape(register: Register, raw: Record<string, unknown>): Record<string, unknown> {
  const shaped: Record<string, unknown> = { ...raw, Id: 0 };
  for (const [name, field] of Object.entries(register.fields)) {
    const value = raw[name] as RawLookup | null | undefined;
    if ((field.kind === 'person' || field.kind === 'lookup') && value && typeof value === 'object') {
      shaped[name] = { Id: value.LookupId, Title: value.LookupValue, EMail: value.Email };
    }
  }
  return shaped;
}

/** The item's history, newest first, from SharePoint's version history (the list has versioning on). */
export async function readVersionHistory(sp: SPFI, register: Register, id: number): Promise<ItemVersion[]> {
  const raw = await sp.web.lists.getByTitle(register.title).items.getById(id).versions<Array<Record<string, unknown>>>();
  const oldestFirst = [...raw].sort((a, b) => Number(a.VersionId) - Number(b.VersionId));
  const values = oldestFirst.map((version) => fromSharePoint(register, asItemShape(register, version)).item as Record<string, unknown>);
  const history = oldestFirst.map((version, index) => {
    const before = index > 0 ? values[index - 1] : undefined;
    const changes = Object.keys(register.fields).flatMap((field) => {
      const to = values[index][field];
      const from = before ? before[field] : null;
      const changed = before ? !sameValue(from, to) : !isBlank(to) && to !== false;
      return changed ? [{ field, from, to }] : [];
    });
    return {
      label: String(version.VersionLabel),
      editor: (version.Editor as RawLookup | undefined)?.LookupValue ?? '',
      saved: String(version.Created),
      changes
    };
  });
  return history.reverse();
}
