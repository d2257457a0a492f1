import * as React from 'react';
import type { ItemRecord } from '../domain/lists/itemQuery';
import type { Repository } from '../data/repository';

export interface RegisterItems<T> {
  /** Every item, with the fields asked for: a field asked for later is blank until its read reaches the item. */
  items: ReadonlyArray<ItemRecord<T>>;
  /** True until the last page has arrived; pages already read are shown meanwhile. */
  loading: boolean;
  /** How many items the read in progress has reached, for "Loaded 5,000 of 50,000". */
  read: number;
  /** The list's item count, once SharePoint has said. */
  expected: number | undefined;
  error: unknown;
  /** Put an item just saved in place (or add it) without reading the list again. */
  upsert(saved: ItemRecord<T>): void;
  refresh(): void;
}

/**
 * Every item of a register with the fields a screen shows, read a page of 5,000 at a time in ID order
 * (always under the threshold), so views, searches and reports are computed over the whole list in the
 * browser. When the screen needs more fields the list is read again with them, and what was shown stays on
 * screen until the new read reaches it. The item count is asked for beside the first page, not before it.
 */
export function useRegisterItems<T>(
  repository: Repository<T>,
  /** The same array for as long as the fields are the same (as useNamesSoFar keeps it): a new one reads again. */
  fields: readonly string[]
): RegisterItems<T> {
  const [items, setItems] = React.useState<ReadonlyArray<ItemRecord<T>>>([]);
  const [loading, setLoading] = React.useState(true);
  const [read, setRead] = React.useState(0);
  const [expected, setExpected] = React.useState<number | undefined>();
  const [error, setError] = React.useState<unknown>();
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    setRead(0);
    setError(undefined);
    // The count only labels the progress of a long read: a failure here shows in the read itself.
    repository.count().then(
      (total) => current && setExpected(total),
      () => undefined
    );
    const load = async (): Promise<void> => {
      const reached: Array<ItemRecord<T>> = [];
      for await (const page of repository.listing(fields)) {
        if (!current) return;
        reached.push(...page);
        const lastId = page[page.length - 1].id;
        setItems((shown) => [...reached, ...shown.filter((record) => record.id > lastId)]);
        setRead(reached.length);
      }
      // Items deleted since the last read are gone once the read is complete.
      if (current) setItems(reached);
    };
    load().then(
      () => current && setLoading(false),
      (problem: unknown) => {
        if (!current) return;
        setError(problem);
        setLoading(false);
      }
    );
    return () => {
      current = false;
    };
  }, [repository, fields, attempt]);

  const upsert = React.useCallback((saved: ItemRecord<T>) => {
    setItems((current) => {
      const index = current.findIndex((candidate) => candidate.id === saved.id);
      if (index < 0) return [...current, saved];
      const next = [...current];
      next[index] = saved;
      return next;
    });
  }, []);
  const refresh = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { items, loading, read, expected, error, upsert, refresh };
}
