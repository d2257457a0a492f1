import { urgentCareReferrals } from '../src/domain/registers';
import type { ItemRecord } from '../src/domain/lists/itemQuery';
import { qualityChecks } from '../src/domain/quality/qualityChecks';
import { startQualityRun } from '../src/domain/quality/qualityRun';
import { demoReferrals } from '../workbench/demoData/urgentCareDemo';

/**
 * Prints the data-quality engine's throughput in item-check evaluations a second: every check of the
 * Urgent Care register over the demo referrals, repeated up to 50,000 and 200,000 items, streamed in
 * pages of 5,000 as the tab reads them.
 */
const today = '2026-11-22';
const checks = qualityChecks(urgentCareReferrals);
const base = demoReferrals({ count: 3500, seed: 2026, today }, [2, 3]);

function records(count: number): ItemRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    item: base[index % base.length],
    modified: '2026-11-20T09:00:00Z',
    editorId: 1
  }));
}

function measure(items: ItemRecord[]): { seconds: number; failing: number } {
  const started = performance.now();
  const run = startQualityRun(checks, { today });
  for (let start = 0; start < items.length; start += 5000) run.add(items.slice(start, start + 5000));
  const result = run.finish([]);
  return { seconds: (performance.now() - started) / 1000, failing: result.checks.reduce((sum, check) => sum + check.failing, 0) };
}

measure(records(3500)); // warm-up, so the figures are for compiled code
console.log(`${checks.length} checks per item (Urgent Care Referrals)`);
for (const count of [3500, 50_000, 200_000]) {
  const items = records(count);
  const runs = [measure(items), measure(items), measure(items)].sort((a, b) => a.seconds - b.seconds);
  const median = runs[1];
  const evaluations = count * checks.length;
  console.log(
    `${count.toLocaleString('en-GB')} items: ${evaluations.toLocaleString('en-GB')} item-check evaluations in ${(median.seconds * 1000).toFixed(0)} ms ` +
      `= ${(evaluations / median.seconds / 1e6).toFixed(2)} million a second (median of 3; ${median.failing.toLocaleString('en-GB')} failures)`
  );
}
