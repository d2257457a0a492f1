import * as React from 'react';
import type { Repository } from '../../data/repository';
import type { ItemRecord, Saved, Values } from '../../domain/lists/itemQuery';
import type { Load } from '../../ui/useLoad';

const isWhole = (record: ItemRecord<Values>): record is Saved<Values> => 'etag' in record;
const versionOf = (record: ItemRecord<Values>): string => `${record.id}@${record.modified}`;

/**
 * An item of the fix queue read whole: every field, with the ETag a save sends back. A run reads only what
 * its checks need, so the queue reads each item it shows, and the one after it at the same time, so that
 * moving on after a save does not wait. An item already whole (just saved, or refreshed) is not read again.
 * Either read may find the item changed since the run read it: `onNewer` then has the newer copy, so the
 * checks can take it before the steward reaches the item.
 */
export function useWholeItem(
  repository: Repository<Values>,
  current: ItemRecord<Values> | undefined,
  next: ItemRecord<Values> | undefined,
  onNewer: (record: Saved<Values>) => void
): [Load<Saved<Values>> | undefined, () => void] {
  const reads = React.useRef(new Map<string, Load<Saved<Values>>>());
  const newer = React.useRef(onNewer);
  newer.current = onNewer;
  const [, settled] = React.useState(0);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const read = React.useCallback(
    (record: ItemRecord<Values>): void => {
      const version = versionOf(record);
      if (isWhole(record) || reads.current.has(version)) return;
      reads.current.set(version, { state: 'loading' });
      const outcome = (load: Load<Saved<Values>>): void => {
        reads.current.set(version, load);
        if (mounted.current) settled((count) => count + 1);
      };
      repository.getById(record.id).then(
        (value) => {
          outcome({ state: 'ready', value });
          if (mounted.current && Date.parse(value.modified) !== Date.parse(record.modified)) newer.current(value);
        },
        (error: unknown) => outcome({ state: 'failed', error })
      );
    },
    [repository]
  );

  React.useEffect(() => {
    if (current) read(current);
    if (next) read(next);
  }, [current, next, read]);

  const retry = React.useCallback(() => {
    if (!current) return;
    reads.current.delete(versionOf(current));
    read(current);
    settled((count) => count + 1);
  }, [current, read]);

  if (!current) return [undefined, retry];
  return [isWhole(current) ? { state: 'ready', value: current } : (reads.current.get(versionOf(current)) ?? { state: 'loading' }), retry];
}
