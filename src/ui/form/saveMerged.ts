import type { Saved } from '../../domain/lists/itemQuery';
import type { Repository } from '../../data/repository';

/** An edit that met someone else's newer save: the version it began from, what was typed, and theirs. */
export interface Merge<T> {
  base: Saved<T>;
  mine: T;
  server: Saved<T>;
}

export type MergedSave<T> = { kind: 'saved'; saved: Saved<T> } | { kind: 'merge'; merge: Merge<T> } | { kind: 'problem'; message: string };

/** Saves the merged values over their version with its ETag; if yet another save came first, there is a new merge. */
export async function saveMerged<T extends Record<string, unknown>>(repository: Repository<T>, merge: Merge<T>, merged: T): Promise<MergedSave<T>> {
  const outcome = await repository.update(merge.server, merged);
  if (outcome.kind === 'saved') return { kind: 'saved', saved: outcome.saved };
  if (outcome.kind === 'conflict') return { kind: 'merge', merge: { base: merge.server, mine: merged, server: outcome.server } };
  return { kind: 'problem', message: outcome.kind === 'invalid' ? Object.values(outcome.messages).join(' ') : outcome.problem.detail };
}
