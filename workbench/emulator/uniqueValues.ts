import type { FieldSpec } from './fieldSpec';
import type { StoredValue } from './itemValues';

interface Indexed {
  id: number;
  values: Record<string, StoredValue>;
}

type ValueIndex = Map<string, Set<number>>;

/** SharePoint compares unique text without regard to case; other values as they are. Lists of values are never unique. */
export function uniqueKeyOf(value: StoredValue | undefined): string | undefined {
  if (value === null || value === undefined || Array.isArray(value)) return undefined;
  return typeof value === 'string' ? `s:${value.toLowerCase()}` : `${typeof value}:${String(value)}`;
}

/**
 * The values of each list's unique columns, as the index SharePoint requires under a column that enforces
 * unique values: a write finds a clash without reading every item, so adding to a list of 50,000 costs
 * what adding to a list of 50 does. Built for a list when first asked, kept up to date item by item, and
 * forgotten whenever the list's columns change.
 */
export class UniqueValues {
  private readonly byList = new Map<string, Map<string, ValueIndex>>();

  constructor(private readonly itemsOf: (listId: string) => Iterable<Indexed>) {}

  /** Whether another item already holds one of these values in a unique column. */
  clash(listId: string, fields: readonly FieldSpec[], values: Record<string, StoredValue>, itemId: number | undefined): boolean {
    const index = this.indexOf(listId, fields);
    for (const [name, byValue] of index) {
      const key = uniqueKeyOf(values[name]);
      const holders = key === undefined ? undefined : byValue.get(key);
      if (holders && [...holders].some((holder) => holder !== itemId)) return true;
    }
    return false;
  }

  added(listId: string, item: Indexed): void {
    for (const [name, byValue] of this.byList.get(listId) ?? []) {
      const key = uniqueKeyOf(item.values[name]);
      if (key === undefined) continue;
      const holders = byValue.get(key);
      if (holders) holders.add(item.id);
      else byValue.set(key, new Set([item.id]));
    }
  }

  removed(listId: string, item: Indexed): void {
    for (const [name, byValue] of this.byList.get(listId) ?? []) {
      const key = uniqueKeyOf(item.values[name]);
      if (key === undefined) continue;
      const holders = byValue.get(key);
      holders?.delete(item.id);
      if (holders?.size === 0) byValue.delete(key);
    }
  }

  forget(listId: string): void {
    this.byList.delete(listId);
  }

  private indexOf(listId: string, fields: readonly FieldSpec[]): Map<string, ValueIndex> {
    let index = this.byList.get(listId);
    if (!index) {
      index = new Map(fields.filter((field) => field.unique).map((field) => [field.internalName, new Map()]));
      this.byList.set(listId, index);
      for (const item of this.itemsOf(listId)) this.added(listId, item);
    }
    return index;
  }
}
