import { median, seconds, startBrowserBench, type BenchBuild, type Traffic } from './browserBench';

/**
 * Opens the Urgent Care tracker in headless Chromium against the workbench, with 3,500 and then 50,000
 * referrals, as this checkout builds it and as the baseline did (same site, same run, production builds,
 * five opens each in turn, medians): the requests and bytes until the first rows show, until every view's
 * count is final, and how long a search takes.
 */
async function main(): Promise<void> {
  const bench = await startBrowserBench();

  async function open(build: BenchBuild): Promise<{ firstRows: Traffic; complete: Traffic; search: number }> {
    const { page, at } = await bench.countingPage({
      firstRows: { selector: 'button[aria-label^="Open "]' },
      complete: { text: /Showing [\d,]+ of [\d,]+ referrals in Active Referrals\./ }
    });
    await page.goto(build.address('urgent-care'));
    const firstRows = await at('firstRows');
    const complete = await at('complete');
    const searchStarted = performance.now();
    await page.getByRole('searchbox', { name: 'Search by NHS number or name' }).fill('999 1');
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).filter({ hasNotText: /^Showing ([\d,]+) of \1 / }).waitFor();
    const search = (performance.now() - searchStarted) / 1000;
    await page.close();
    return { firstRows, complete, search };
  }

  for (const total of [3_500, 50_000]) {
    bench.fillTo(total);
    const runs = new Map<BenchBuild, Array<Awaited<ReturnType<typeof open>>>>(bench.builds.map((build) => [build, []]));
    for (let round = 0; round < 5; round++) for (const build of bench.builds) runs.get(build)!.push(await open(build));
    const firstRows = new Map<BenchBuild, number>();
    for (const [build, results] of runs) {
      const m = <K extends 'firstRows' | 'complete'>(moment: K, key: keyof Traffic): number => median(results.map((result) => result[moment][key]));
      firstRows.set(build, m('firstRows', 'seconds'));
      console.log(
        `${total.toLocaleString('en-GB')} referrals, ${build.name}: first rows after ${seconds(m('firstRows', 'seconds') * 1000)}, ${m('firstRows', 'requests')} requests, ` +
          `${m('firstRows', 'megabytes').toFixed(2)} MB of JSON; every count final after ${seconds(m('complete', 'seconds') * 1000)}, ${m('complete', 'requests')} requests, ` +
          `${m('complete', 'megabytes').toFixed(2)} MB of JSON (${m('complete', 'wireMegabytes').toFixed(2)} MB gzip on the wire); ` +
          `search (incl. 150 ms typing pause) ${seconds(median(results.map((result) => result.search)) * 1000)}`
      );
    }
    const [current, baseline] = bench.builds;
    if (baseline) console.log(`${total.toLocaleString('en-GB')} referrals: first rows ${(firstRows.get(baseline)! / firstRows.get(current)!).toFixed(2)}× as fast as the baseline`);
  }
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
