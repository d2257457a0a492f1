import type { SPFI } from '@pnp/sp';
import type { Clock } from '../domain/clock';
import { addDays } from '../domain/calendar/isoDate';
import { londonDateOf } from '../domain/calendar/londonTime';
import type { QualityException, QualityFix } from '../domain/quality/qualityAudit';
import type { QualityCheck } from '../domain/quality/qualityChecks';
import { hasRunOn, type Snapshot } from '../domain/quality/qualityHistory';
import { startQualityRun, type ExceptionKey, type QualityResult } from '../domain/quality/qualityRun';
import type { AnyRegister, Saved } from './itemMapping';
import type { QualityStore } from './qualityStore';
import { createRepository } from './repository';

export type Values = Record<string, unknown>;

/** What the data-quality tab shows for one register, as read and checked in one go. */
export interface RegisterCheck {
  records: Array<Saved<Values>>;
  exceptions: Array<Saved<QualityException>>;
  fixes: Array<Saved<QualityFix>>;
  /** This register's stored runs over the history window, this run included when it was stored. */
  snapshots: Snapshot[];
  result: QualityResult;
  /** Whether this run was stored as a snapshot. */
  recorded: boolean;
}

export interface CheckOptions {
  /** `ifNoneToday` when the tab opens; `always` when a steward asks for a run. */
  record: 'ifNoneToday' | 'always';
  /** How many days of snapshots to read for the trend. */
  historyDays: number;
  onProgress?: (loaded: number, total: number) => void;
}

/** The active exceptions, as the engine takes them. */
export function activeExceptions(exceptions: ReadonlyArray<Saved<QualityException>>): ExceptionKey[] {
  return exceptions.filter(({ item }) => item.Status === 'Active').map(({ item }) => ({ checkId: item.RuleId, itemId: item.ItemId }));
}

/**
 * Reads a register page by page, checking each page as it arrives, then stores the run as a snapshot when
 * none was stored today (or when asked): one run a day is enough to trend, and a steward can always run again.
 */
export async function checkRegister(
  sp: SPFI,
  store: QualityStore,
  register: AnyRegister,
  checks: readonly QualityCheck[],
  clock: Clock,
  options: CheckOptions
): Promise<RegisterCheck> {
  const today = londonDateOf(clock().getTime());
  const repository = createRepository(sp, register, clock);
  const run = startQualityRun(checks, { today });
  const records: Array<Saved<Values>> = [];
  // The register's pages are read beside the stewards' records, not after them: the run needs those only to finish.
  const counted = repository.count();
  const reading = (async (): Promise<void> => {
    for await (const page of repository.all()) {
      run.add(page);
      records.push(...(page as Array<Saved<Values>>));
      options.onProgress?.(records.length, await counted);
    }
  })();
  const [, exceptions, fixes, snapshots] = await Promise.all([
    counted,
    store.readExceptions(register.name),
    store.readFixes(register.name),
    store.readSnapshots(register.name, addDays(today, -options.historyDays)),
    reading
  ]);
  const result = run.finish(activeExceptions(exceptions));
  const recorded = options.record === 'always' || !hasRunOn(snapshots, today);
  const stored = recorded ? await store.recordRun(register.name, result, clock()) : [];
  return { records, exceptions, fixes, snapshots: [...snapshots, ...stored], result, recorded };
}
