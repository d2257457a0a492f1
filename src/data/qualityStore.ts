import type { SPFI } from '@pnp/sp';
import { isoInstant, type Clock } from '../domain/clock';
import { londonDateOf } from '../domain/calendar/londonTime';
import type { IsoDate } from '../domain/calendar/isoDate';
import type { PersonValue } from '../domain/lists/fields';
import type { QualityException, QualityFix } from '../domain/quality/qualityAudit';
import { snapshotOf, type Snapshot } from '../domain/quality/qualityHistory';
import type { QualityResult } from '../domain/quality/qualityRun';
import { qualityExceptions, qualityFixes, qualitySnapshots } from '../domain/registers';
import { where, type Condition } from './itemFilter';
import type { Saved } from '../domain/lists/itemQuery';
import { beginAsking, takeAnswer } from './readAhead';
import { collectPages, createRepository, type BulkResult, type Outcome } from './repository';

export interface NewException {
  register: string;
  checkId: string;
  itemId: number;
  reason: QualityException['Reason'];
  explanation?: string;
  /** One line a steward can scan in the list itself: the rule and the item. */
  summary: string;
}

/** Where the data-quality tab keeps what stewards decide and what each run found. */
export interface QualityStore {
  readExceptions(register: string): Promise<Array<Saved<QualityException>>>;
  addException(exception: NewException, by: PersonValue): Promise<Outcome<QualityException>>;
  revertException(exception: Saved<QualityException>, by: PersonValue): Promise<Outcome<QualityException>>;
  readFixes(register: string): Promise<Array<Saved<QualityFix>>>;
  /** One row per check the item now passes, after a steward saved it from the queue. */
  /** `version` is the ETag the fixing save gave the item: recording the same fix again adds nothing. */
  recordFix(fix: { register: string; itemId: number; version: string; checkIds: readonly string[]; fieldsChanged: string }, by: PersonValue): Promise<BulkResult<QualityFix>>;
  readSnapshots(register: string, since: IsoDate): Promise<Snapshot[]>;
  /** Every register's runs since a day: the wiki's catalogue shows each register's latest scores. */
  readAllSnapshots(since: IsoDate): Promise<Snapshot[]>;
  /** `ranAt` identifies the run: recording the same run again adds nothing. */
  recordRun(register: string, result: QualityResult, ranAt: Date): Promise<Snapshot[]>;
  /**
   * Sends a register's reads of exceptions, fixes and runs since a day now, for the next of those reads on
   * this site connection (by any store) to take: how the tab's first reads leave before it renders.
   */
  beginReads(register: string, since: IsoDate): void;
}


function failIfNotAllSaved<T>(result: BulkResult<T>, what: string): BulkResult<T> {
  const problem = result.refused[0]?.problem.detail ?? Object.values(result.invalid[0]?.messages ?? {})[0];
  if (problem) throw new Error(`${what} could not be saved: ${problem}`);
  return result;
}

export function createQualityStore(sp: SPFI, clock: Clock): QualityStore {
  const exceptions = createRepository(sp, qualityExceptions, clock);
  const fixes = createRepository(sp, qualityFixes, clock);
  const snapshots = createRepository(sp, qualitySnapshots, clock);
  const today = (): IsoDate => londonDateOf(clock().getTime());
  const readRuns = async (conditions: readonly Condition[]): Promise<Snapshot[]> =>
    (await collectPages(snapshots.find(conditions))).map(
      ({ item }): Snapshot => ({
        register: item.Register,
        runOn: item.RunOn,
        runAt: item.RunAt,
        checkId: item.CheckId,
        dimension: item.Dimension,
        checked: item.Checked,
        failing: item.Failing,
        excepted: item.Excepted
      })
    );

  const readExceptions = (register: string): Promise<Array<Saved<QualityException>>> => collectPages(exceptions.find([where('Register', 'eq', register)]));
  const readFixes = (register: string): Promise<Array<Saved<QualityFix>>> => collectPages(fixes.find([where('Register', 'eq', register)]));
  const readSnapshots = (register: string, since: IsoDate): Promise<Snapshot[]> => readRuns([where('Register', 'eq', register), where('RunOn', 'ge', since)]);
  const keys = {
    exceptions: (register: string): string => `quality exceptions ${register}`,
    fixes: (register: string): string => `quality fixes ${register}`,
    snapshots: (register: string, since: IsoDate): string => `quality runs ${register} since ${since}`
  };

  return {
    readExceptions: (register) => takeAnswer<Array<Saved<QualityException>>>(sp, keys.exceptions(register)) ?? readExceptions(register),

    addException: ({ register, checkId, itemId, reason, explanation, summary }, by) =>
      exceptions.add({
        Title: summary.slice(0, 255),
        Register: register,
        RuleId: checkId,
        ItemId: itemId,
        Reason: reason,
        Explanation: explanation ?? null,
        Status: 'Active',
        ExceptedBy: by,
        ExceptedOn: today()
      }),

    revertException: (exception, by) => exceptions.update(exception, { Status: 'Reverted', RevertedBy: by, RevertedOn: today() }),

    readFixes: (register) => takeAnswer<Array<Saved<QualityFix>>>(sp, keys.fixes(register)) ?? readFixes(register),

    recordFix: async ({ register, itemId, version, checkIds, fieldsChanged }, by) => {
      const fixedAt = isoInstant(clock());
      const rows = checkIds.map((checkId) => ({
        key: `fix/${register}/${itemId}/${version.replace(/"/g, '')}/${checkId}`,
        values: {
          Title: `${checkId} on item ${itemId}`,
          Register: register,
          CheckId: checkId,
          ItemId: itemId,
          FieldsChanged: fieldsChanged.slice(0, 255) || null,
          FixedBy: by,
          FixedAt: fixedAt
        }
      }));
      return failIfNotAllSaved(await fixes.addMany(rows), 'The record of the fix');
    },

    readSnapshots: (register, since) => takeAnswer<Snapshot[]>(sp, keys.snapshots(register, since)) ?? readSnapshots(register, since),

    beginReads: (register, since) => {
      beginAsking(sp, keys.exceptions(register), readExceptions(register));
      beginAsking(sp, keys.fixes(register), readFixes(register));
      beginAsking(sp, keys.snapshots(register, since), readSnapshots(register, since));
    },

    readAllSnapshots: (since) => readRuns([where('RunOn', 'ge', since)]),

    recordRun: async (register, result, ranAt) => {
      const rows = snapshotOf(register, result, ranAt);
      failIfNotAllSaved(
        await snapshots.addMany(
          rows.map((row) => ({
            key: `run/${register}/${row.runAt}/${row.checkId}`,
            values: {
              Title: `${register} ${row.checkId} ${row.runOn}`,
              Register: register,
              CheckId: row.checkId,
              Dimension: row.dimension,
              RunOn: row.runOn,
              RunAt: row.runAt,
              Checked: row.checked,
              Failing: row.failing,
              Excepted: row.excepted
            }
          }))
        ),
        'The data-quality snapshot'
      );
      return rows;
    }
  };
}
