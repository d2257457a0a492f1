import type { IsoDate } from '../calendar/isoDate';
import { longUkDate } from '../calendar/longDates';
import { formatCount } from '../lists/displayValue';
import { trendOf, type Snapshot } from '../quality/qualityHistory';
import { formatPercent, passPercent, type CheckTally } from '../quality/scores';

/** What the data-quality tab's last stored run found, check by check. */
export interface LatestRun {
  day: IsoDate;
  tallies: ReadonlyMap<string, CheckTally>;
  overall: number | null;
}

/** The last run among the snapshots, or undefined when none is stored. */
export function latestRun(snapshots: readonly Snapshot[]): LatestRun | undefined {
  const trend = trendOf(snapshots);
  const last = trend[trend.length - 1];
  return last && { day: last.day, tallies: last.tallies, overall: last.overall };
}

/** One check's latest result in a sentence for the dictionary: "Checked 21 November 2026: 37 of 3,500 items fail (98.9% pass)." */
export function checkResultSentence(run: LatestRun | undefined, checkId: string): string {
  const tally = run?.tallies.get(checkId);
  if (!run || !tally) return 'Not yet checked by the data-quality tab.';
  const when = `Checked ${longUkDate(run.day)}`;
  if (tally.checked === 0) return `${when}: no item it applies to.`;
  const excepted = tally.excepted ? `; ${formatCount(tally.excepted)} excepted by a steward` : '';
  if (tally.failing === 0) return `${when}: all ${formatCount(tally.checked)} items pass${excepted}.`;
  return `${when}: ${formatCount(tally.failing)} of ${formatCount(tally.checked)} items fail (${formatPercent(passPercent(tally.checked, tally.failing))} pass)${excepted}.`;
}

/** Each register's last run among the snapshots, by register name. */
export function latestRunsByRegister(snapshots: readonly Snapshot[]): Map<string, LatestRun> {
  const byRegister = new Map<string, Snapshot[]>();
  for (const snapshot of snapshots) {
    const rows = byRegister.get(snapshot.register);
    if (rows) rows.push(snapshot);
    else byRegister.set(snapshot.register, [snapshot]);
  }
  const runs = new Map<string, LatestRun>();
  for (const [register, rows] of byRegister) {
    const run = latestRun(rows);
    if (run) runs.set(register, run);
  }
  return runs;
}
