import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import { sameValue } from '../../domain/lists/sameValue';
import type { Saved, Values } from '../../domain/lists/itemQuery';
import type { QualityStore } from '../../data/qualityStore';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { activeExceptions, checkRegister, type RegisterCheck } from '../../data/qualityRuns';
import type { Clock } from '../../domain/clock';
import { ruleContextAt } from '../../domain/lists/rulePredicate';
import type { PersonValue } from '../../domain/lists/fields';
import type { QualityException } from '../../domain/quality/qualityAudit';
import type { QueueEntry } from '../../domain/quality/fixQueue';
import { runQualityChecks, type QualityResult } from '../../domain/quality/qualityRun';
import { trendDays, type CheckedRegister } from './qualityRegisters';

export type CheckState =
  | { state: 'loading'; loaded: number; total: number | undefined }
  | { state: 'failed'; error: unknown }
  | ({ state: 'ready'; result: QualityResult } & RegisterCheck);

export interface RegisterCheckControls {
  check: CheckState;
  /** Reads and checks the register again, and stores the run whatever else ran today. */
  runNow(): void;
  /** Tries again after a failure, as the tab would on opening. */
  retry(): void;
  /**
   * After a save from the queue: the item in place, and a fix recorded for each check it now passes.
   * Resolves with a warning when the item was saved but the record of the fix was not.
   */
  saved(entry: QueueEntry, before: Saved<Values>, after: Saved<Values>, by: PersonValue): Promise<string | undefined>;
  /** Put someone else's newer version of an item in place (no fix is recorded for it). */
  refreshed(record: Saved<Values>): void;
  /** Put an exception just added or reverted in place. */
  exceptionChanged(exception: Saved<QualityException>): void;
}

const replaceById = <T extends { id: number }>(list: readonly T[], next: T): T[] => {
  const index = list.findIndex((entry) => entry.id === next.id);
  return index < 0 ? [...list, next] : list.map((entry, position) => (position === index ? next : entry));
};

/**
 * One register's check, as the tab needs it: read and checked when the tab opens (stored if none ran
 * today), on request, and kept current as stewards fix items and record exceptions.
 */
export function useRegisterCheck(sp: SPFI, store: QualityStore, { register, checks }: CheckedRegister, clock: Clock): RegisterCheckControls {
  const [check, setCheck] = React.useState<CheckState>({ state: 'loading', loaded: 0, total: undefined });
  const [request, setRequest] = React.useState<{ record: 'ifNoneToday' | 'always'; attempt: number }>({ record: 'ifNoneToday', attempt: 0 });

  React.useEffect(() => {
    let current = true;
    setCheck({ state: 'loading', loaded: 0, total: undefined });
    checkRegister(sp, store, register, checks, clock, {
      record: request.record,
      historyDays: trendDays,
      onProgress: (loaded, total) => current && setCheck({ state: 'loading', loaded, total })
    }).then(
      (done) => current && setCheck({ state: 'ready', ...done }),
      (error: unknown) => current && setCheck({ state: 'failed', error })
    );
    return () => {
      current = false;
    };
  }, [sp, store, register, checks, clock, request]);

  const rerun = (ready: Extract<CheckState, { state: 'ready' }>, changes: Partial<RegisterCheck>): Extract<CheckState, { state: 'ready' }> => {
    const next = { ...ready, ...changes };
    return { ...next, result: runQualityChecks(checks, next.records, ruleContextAt(clock()), activeExceptions(next.exceptions)) };
  };

  const saved = async (entry: QueueEntry, before: Saved<Values>, after: Saved<Values>, by: PersonValue): Promise<string | undefined> => {
    if (check.state !== 'ready') return undefined;
    const next = rerun(check, { records: replaceById(check.records, after) });
    setCheck(next);
    const failingFor = (result: typeof check.result): Set<string> =>
      new Set(result.checks.filter((each) => each.failingIds.includes(after.id)).map((each) => each.checkId));
    const [wasFailing, stillFailing] = [failingFor(check.result), failingFor(next.result)];
    const fixed = entry.failures.map((failure) => failure.checkId).filter((id) => !stillFailing.has(id));
    if (!fixed.length) return undefined;
    // A change that breaks another check has moved the problem, not fixed it: it is not counted as a fix.
    const broken = checks.filter((each) => stillFailing.has(each.id) && !wasFailing.has(each.id));
    if (broken.length) return `Saved, but not counted as fixed: the item now breaks ${broken.map((each) => `"${each.sentence}"`).join(' and ')}`;
    const changed = Object.entries(register.fields)
      .filter(([name]) => !sameValue(before.item[name], after.item[name]))
      .map(([, field]) => field.title);
    try {
      const recorded = await store.recordFix({ register: register.name, itemId: after.id, version: after.etag, checkIds: fixed, fieldsChanged: changed.join(', ') }, by);
      setCheck((latest) => (latest.state === 'ready' ? { ...latest, fixes: [...latest.fixes, ...recorded.saved] } : latest));
      return undefined;
    } catch (error) {
      return `The item is saved, but the fix could not be added to the audit (${describeSharePointProblem(error).detail}).`;
    }
  };

  const refreshed = (record: Saved<Values>): void =>
    setCheck((latest) => (latest.state === 'ready' ? rerun(latest, { records: replaceById(latest.records, record) }) : latest));

  const exceptionChanged = (exception: Saved<QualityException>): void =>
    setCheck((latest) => (latest.state === 'ready' ? rerun(latest, { exceptions: replaceById(latest.exceptions, exception) }) : latest));

  const runNow = React.useCallback(() => setRequest((last) => ({ record: 'always', attempt: last.attempt + 1 })), []);
  const retry = React.useCallback(() => setRequest((last) => ({ record: last.record, attempt: last.attempt + 1 })), []);
  return { check, runNow, retry, saved, refreshed, exceptionChanged };
}
