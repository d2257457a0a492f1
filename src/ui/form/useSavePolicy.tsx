import * as React from 'react';
import type { Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { Register } from '../../domain/lists/defineList';
import type { Saved, Values } from '../../domain/lists/itemQuery';
import { DismissibleMessage } from '../DismissibleMessage';
import { ConflictMerge } from './ConflictMerge';
import type { SaveResult } from './RegisterForm';
import { refusalMessages } from './refusalMessage';
import { saveMerged, type Merge } from './saveMerged';


/** A person's name from the site's people, for the merge's "… changed this item". */
export function nameAmong(people: ReadonlyArray<{ id: number; title: string }>): (userId: number) => string {
  return (userId) => people.find((person) => person.id === userId)?.title ?? 'Someone else';
}

export interface SavePolicyOptions<T extends Values> {
  register: Register;
  repository: Repository<T>;
  /** What one item is called in sentences ("referral", "request"). */
  noun: string;
  /** A person's name by SharePoint user id: the merge says who changed the item. */
  nameOf: (userId: number) => string;
  /** A change is saved: the item as it is now, as it was read before, and whether it was saved by a merge. */
  onSaved: (after: Saved<T>, before: Saved<T>, merged: boolean) => void | Promise<void>;
  /** The person left the merge for their own changes: the item is now as the other person saved it. */
  onBack?: (server: Saved<T>) => void;
  /** Forgets what was typed into this item, once a merge of it is saved. */
  forgetDraft?: (itemId: number) => void;
  /** The item on show, where a screen moves between items: a merge waiting for another item is not shown (its draft stays). */
  showing?: number;
}

export interface SavePolicy<T> {
  /** Saves what was typed over the item as it was read: the form's onSave. */
  save: (saved: Saved<T>, values: Values) => Promise<SaveResult>;
  /** A stale save waiting to be merged (the form gives way to the merge view while it waits). */
  merge: Merge<T> | undefined;
  /** The merge view, or null when nothing waits to be merged. */
  mergeView: JSX.Element | null;
}

/**
 * The one way a person's change to an item is saved, wherever they type it: a refusal keeps the form and
 * names the field where SharePoint did; a save that meets someone else's newer change shows both versions
 * to merge, and nothing typed is lost on the way (the form's draft stays until the merge is saved).
 */
export function useSavePolicy<T extends Values>(options: SavePolicyOptions<T>): SavePolicy<T> {
  const { register, repository, noun, nameOf, onSaved, onBack, forgetDraft, showing } = options;
  const [waiting, setMerge] = React.useState<Merge<T> | undefined>();
  const merge = waiting && (showing === undefined || waiting.base.id === showing) ? waiting : undefined;
  const [problem, setProblem] = React.useState<string | undefined>();

  const save = async (saved: Saved<T>, values: Values): Promise<SaveResult> => {
    const outcome = await repository.update(saved, values);
    if (outcome.kind === 'invalid') return { ok: false, messages: outcome.messages };
    if (outcome.kind === 'refused') return { ok: false, messages: refusalMessages(register, noun, outcome.problem) };
    if (outcome.kind === 'conflict') {
      setProblem(undefined);
      setMerge({ base: saved, mine: { ...saved.item, ...values } as T, server: outcome.server });
      return { ok: false, messages: {} };
    }
    await onSaved(outcome.saved, saved, false);
    return { ok: true };
  };

  const saveMerge = async (stale: Merge<T>, merged: Values): Promise<void> => {
    const result = await saveMerged(register, noun, repository, stale, merged as T);
    if (result.kind === 'merge') setMerge(result.merge);
    else if (result.kind === 'problem') setProblem(result.message);
    else {
      forgetDraft?.(stale.base.id);
      setMerge(undefined);
      setProblem(undefined);
      await onSaved(result.saved, stale.base, true);
    }
  };

  const mergeView = merge ? (
    <>
      <DismissibleMessage kind="error" message={problem} onDismiss={() => setProblem(undefined)} takeFocus />
      <ConflictMerge
        register={register}
        base={merge.base.item}
        mine={merge.mine}
        theirs={merge.server.item}
        theirName={nameOf(merge.server.editorId)}
        onMerge={(merged) => {
          saveMerge(merge, merged).catch((error: unknown) => setProblem(describeSharePointProblem(error).detail));
        }}
        onCancel={() => {
          setMerge(undefined);
          setProblem(undefined);
          onBack?.(merge.server);
        }}
      />
    </>
  ) : null;

  return { save, merge, mergeView };
}
