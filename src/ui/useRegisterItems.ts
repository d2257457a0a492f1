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

type ReadState<T> = Pick<RegisterItems<T>, 'items' | 'loading' | 'read' | 'expected' | 'error'>;

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
  // One state, so that a page read is one render: React 17 renders once per setState outside its own events.
  const [state, setState] = React.useState<ReadState<T>>({ items: [], loading: true, read: 0, expected: undefined, error: undefined });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setState((shown) => (shown.loading && shown.read === 0 && shown.error === undefined ? shown : { ...shown, loading: true, read: 0, error: undefined }));
    // The count only labels the progress of a long read: a failure here shows in the read itself.
    repository.count().then(
      (total) => current && setState((shown) => ({ ...shown, expected: total })),
      () => undefined
    );
    const load = async (): Promise<void> => {
      const reached: Array<ItemRecord<T>> = [];
      for await (const page of repository.listing(fields)) {
        if (!current) return;
        reached.push(...page);
        const lastId = page[page.length - 1].id;
        const read = reached.length;
        setState((shown) => ({ ...shown, read, items: [...reached, ...shown.items.filter((record) => record.id > lastId)] }));
      }
      // Items deleted since the last read are gone once the read is complete; if none were, what is shown stays as it is.
      if (current) setState((shown) => ({ ...shown, loading: false, items: shown.items.length === reached.length ? shown.items : reached }));
    };
    load().catch((problem: unknown) => current && setState((shown) => ({ ...shown, loading: false, error: problem })));
    return () => {
      current = false;
    };
  }, [repository, fields, attempt]);

  const upsert = React.useCallback((saved: ItemRecord<T>) => {
    setState((shown) => {
      const index = shown.items.findIndex((candidate) => candidate.id === saved.id);
      const items = [...shown.items];
      if (index < 0) items.push(saved);
      else items[index] = saved;
      return { ...shown, items };
    });
  }, []);
  const refresh = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, upsert, refresh };
}
