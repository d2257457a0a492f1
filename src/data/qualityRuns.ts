import type { SPFI } from '@pnp/sp';
import type { Clock } from '../domain/clock';
import { addDays, type IsoDate } from '../domain/calendar/isoDate';
import { londonDateOf } from '../domain/calendar/londonTime';
import { ruleContextAt } from '../domain/lists/rulePredicate';
import type { QualityException, QualityFix } from '../domain/quality/qualityAudit';
import { fieldsRead, type QualityCheck } from '../domain/quality/qualityChecks';
import type { ItemRecord, Saved, Values } from '../domain/lists/itemQuery';
import { legacyMarkerName } from '../domain/lists/systemFields';
import { hasRunOn, type Snapshot } from '../domain/quality/qualityHistory';
import { startQualityRun, type ExceptionKey, type QualityResult } from '../domain/quality/qualityRun';
import { qualitySnapshots } from '../domain/registers/qualitySnapshots';
import type { Register } from '../domain/lists/defineList';
import { createQualityStore, type QualityStore } from './qualityStore';
import { createRepository } from './repository';


/** What the data-quality tab shows for one register, as read and checked in one go. */
export interface RegisterCheck {
  /** Each item with the fields the checks read and its title: an item to fix is read whole when opened. */
  records: Array<ItemRecord<Values>>;
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

/** What a run reads of each item: the fields its checks read, the title that names it, and whether it is a legacy record. */
const runFields = (register: Register, checks: readonly QualityCheck[]): string[] => [
  ...new Set(['Title', ...fieldsRead(register, checks)].filter((name) => name in register.fields)),
  legacyMarkerName
];

/** The first day of the stored runs a run reads: a read begun ahead and the run must name the same one. */
const historySince = (today: IsoDate, historyDays: number): IsoDate => addDays(today, -historyDays);

/**
 * Sends what a run reads first (the register's first page and its count, and the stewards' records) now,
 * for the next checkRegister with the same history on this connection to take.
 */
export function beginRegisterCheck(sp: SPFI, register: Register, checks: readonly QualityCheck[], clock: Clock, historyDays: number): void {
  createRepository(sp, register, clock).beginListing(runFields(register, checks));
  createQualityStore(sp, clock).beginReads(register.name, historySince(londonDateOf(clock().getTime()), historyDays));
}

/**
 * Whether the person may add to the stored runs: a site's visitors read the checks, and the day's run is
 * stored by the next steward who opens the tab. Asked only when a run is due to be stored.
 */
async function mayStoreRuns(sp: SPFI): Promise<boolean> {
  // PnPjs's permission calls are not on the way to the tab's first scores: loaded when a run is to be stored.
  const { listRights } = await import(/* webpackChunkName: 'list-permissions' */ './listPermissions');
  return (await listRights(sp, qualitySnapshots.title)).add;
}

/**
 * Reads a register page by page (only what the checks read), checking each page as it arrives, then stores
 * the run as a snapshot when none was stored today (or when asked): one run a day is enough to trend, and a
 * steward can always run again.
 */
export async function checkRegister(
  sp: SPFI,
  store: QualityStore,
  register: Register,
  checks: readonly QualityCheck[],
  clock: Clock,
  options: CheckOptions
): Promise<RegisterCheck> {
  const today = londonDateOf(clock().getTime());
  const repository = createRepository(sp, register, clock);
  const run = startQualityRun(checks, ruleContextAt(clock()));
  const records: Array<ItemRecord<Values>> = [];
  // The register's pages are read beside the stewards' records, not after them: the run needs those only to finish.
  const counted = repository.count();
  const reading = (async (): Promise<void> => {
    for await (const page of repository.listing(runFields(register, checks))) {
      run.add(page);
      records.push(...(page as Array<ItemRecord<Values>>));
      options.onProgress?.(records.length, await counted);
    }
  })();
  const [, exceptions, fixes, snapshots] = await Promise.all([
    counted,
    store.readExceptions(register.name),
    store.readFixes(register.name),
    store.readSnapshots(register.name, historySince(today, options.historyDays)),
    reading
  ]);
  const result = run.finish(activeExceptions(exceptions));
  const recorded = (options.record === 'always' || !hasRunOn(snapshots, today)) && (await mayStoreRuns(sp));
  const stored = recorded ? await store.recordRun(register.name, result, clock()) : [];
  return { records, exceptions, fixes, snapshots: [...snapshots, ...stored], result, recorded };
}
