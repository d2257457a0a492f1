import type { IsoDate } from '../calendar/isoDate';
import { londonDateOf } from '../calendar/londonTime';
import { isoInstant } from '../clock';
import type { QualityResult } from './qualityRun';
import { scoresOf, type CheckTally, type Scores } from './scores';

/** One check's tally at one run, as the snapshots list keeps it. */
export interface Snapshot extends CheckTally {
  register: string;
  /** The day of the run in UK time. */
  runOn: IsoDate;
  /** When the run finished (ISO, UTC). */
  runAt: string;
}

/** A day on the trend: the last run of that day. */
export interface TrendPoint extends Scores {
  day: IsoDate;
  tallies: ReadonlyMap<string, CheckTally>;
}

/** The rows to store for a run. */
export function snapshotOf(register: string, result: QualityResult, at: Date): Snapshot[] {
  const runAt = isoInstant(at);
  const runOn = londonDateOf(at.getTime());
  return result.checks.map(({ checkId, dimension, checked, failing, excepted }) => ({
    register,
    runOn,
    runAt,
    checkId,
    dimension,
    checked,
    failing,
    excepted
  }));
}

/** Whether a run has been stored for this day (the tab runs the checks on opening only when none has). */
export function hasRunOn(snapshots: readonly Snapshot[], day: IsoDate): boolean {
  return snapshots.some((snapshot) => snapshot.runOn === day);
}

/** Scores day by day, oldest first, each from the last run of its day. */
export function trendOf(snapshots: readonly Snapshot[]): TrendPoint[] {
  const lastRunOfDay = new Map<IsoDate, string>();
  for (const { runOn, runAt } of snapshots) {
    const last = lastRunOfDay.get(runOn);
    if (last === undefined || runAt > last) lastRunOfDay.set(runOn, runAt);
  }
  return [...lastRunOfDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, runAt]) => {
      const rows = snapshots.filter((snapshot) => snapshot.runAt === runAt);
      return { day, tallies: new Map(rows.map((row) => [row.checkId, row])), ...scoresOf(rows) };
    });
}
