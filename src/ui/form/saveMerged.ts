import type { Repository } from '../../data/repository';
import type { Register } from '../../domain/lists/defineList';
import type { Saved } from '../../domain/lists/itemQuery';
import { refusalMessages } from './refusalMessage';

/** An edit that met someone else's newer save: the version it began from, what was typed, and theirs. */
export interface Merge<T> {
  base: Saved<T>;
  mine: T;
  server: Saved<T>;
}

export type MergedSave<T> = { kind: 'saved'; saved: Saved<T> } | { kind: 'merge'; merge: Merge<T> } | { kind: 'problem'; message: string };

/** Messages by field as one sentence that names each field. */
function named(register: Register, messages: Record<string, string>): string {
  return Object.entries(messages)
    .map(([name, message]) => (register.fields[name] ? `${register.fields[name].title}: ${message}` : message))
    .join(' ');
}

/** Saves the merged values over their version with its ETag; if yet another save came first, there is a new merge. */
export async function saveMerged<T extends Record<string, unknown>>(register: Register, noun: string, repository: Repository<T>, merge: Merge<T>, merged: T): Promise<MergedSave<T>> {
  const outcome = await repository.update(merge.server, merged);
  if (outcome.kind === 'saved') return { kind: 'saved', saved: outcome.saved };
  if (outcome.kind === 'conflict') return { kind: 'merge', merge: { base: merge.server, mine: merged, server: outcome.server } };
  return { kind: 'problem', message: named(register, outcome.kind === 'invalid' ? outcome.messages : refusalMessages(register, noun, outcome.problem)) };
}
