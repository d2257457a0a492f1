import * as React from 'react';
import type { Saved } from '../data/itemMapping';
import type { Repository } from '../data/repository';

export interface RegisterItems<T> {
  items: ReadonlyArray<Saved<T>>;
  /** True until the last page has arrived; pages already read are shown meanwhile. */
  loading: boolean;
  /** The list's item count when loading began, for "Loaded 5,000 of 50,000". */
  expected: number | undefined;
  error: unknown;
  /** Put an item just saved in place (or add it) without reading the list again. */
  upsert(saved: Saved<T>): void;
  refresh(): void;
}

/**
 * Every item of a register, read a page of 5,000 at a time in ID order (always under the threshold), so
 * views, searches and reports are computed over the whole list in the browser.
 */
export function useRegisterItems<T>(repository: Repository<T>): RegisterItems<T> {
  const [items, setItems] = React.useState<ReadonlyArray<Saved<T>>>([]);
  const [loading, setLoading] = React.useState(true);
  const [expected, setExpected] = React.useState<number | undefined>();
  const [error, setError] = React.useState<unknown>();
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    const load = async (): Promise<void> => {
      const total = await repository.count();
      if (!current) return;
      setExpected(total);
      const read: Array<Saved<T>> = [];
      for await (const page of repository.all()) {
        if (!current) return;
        read.push(...page);
        setItems([...read]);
      }
      // A list emptied since the last read has no page to replace what was shown.
      if (current && read.length === 0) setItems([]);
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
  }, [repository, attempt]);

  const upsert = React.useCallback((saved: Saved<T>) => {
    setItems((current) => {
      const index = current.findIndex((candidate) => candidate.id === saved.id);
      if (index < 0) return [...current, saved];
      const next = [...current];
      next[index] = saved;
      return next;
    });
  }, []);
  const refresh = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { items, loading, expected, error, upsert, refresh };
}
