import { median, seconds, startBrowserBench, type BenchBuild } from './browserBench';

/**
 * Opens the data-quality tab in headless Chromium against the workbench, with 3,500 and then 50,000
 * referrals, as this checkout builds it and as the baseline did: first once to store the day's run (only the
 * day's first open stores it), then five times each, taking turns, printing the requests, bytes and time until
 * the scores show (medians) and the ratio; then one fix saved from the queue, until the next item is shown.
 */
async function main(): Promise<void> {
  const bench = await startBrowserBench();

  async function open(build: BenchBuild, saveAFix: boolean): Promise<{ seconds: number; requests: number; megabytes: number; wireMegabytes: number; writes: number; fix?: number }> {
    const { page, at } = await bench.countingPage({ scores: { text: /items checked against \d+ rules/ } });
    let writes = 0;
    page.on('request', (request) => {
      if (request.url().includes('/_api/') && request.method() !== 'GET') writes++;
    });
    await page.goto(build.address('data-quality', 'item=urgentCareReferrals/discharge-date-when-discharged'));
    const scores = await at('scores');
    let fix: number | undefined;
    if (saveAFix) {
      await page.getByRole('tab', { name: /^Fix queue/ }).click();
      const position = page.getByText(/^Item 1 of [\d,]+$/);
      const before = await position.innerText();
      const fixStarted = performance.now();
      await page.getByRole('textbox', { name: /^Discharge date/ }).fill(new Date().toLocaleDateString('en-GB'));
      // Some demo referrals also have an invalid NHS number, which the same save must put right.
      const nhsNumber = page.getByRole('textbox', { name: /^NHS number/ });
      if (await nhsNumber.count()) await nhsNumber.fill('943 476 5919');
      await page.getByRole('button', { name: 'Save and go to next' }).click();
      await page.getByText(/^Item 1 of [\d,]+$/).filter({ hasNotText: before }).waitFor();
      fix = performance.now() - fixStarted;
    }
    await page.close();
    return { ...scores, writes, fix };
  }

  for (const total of [3_500, 50_000]) {
    bench.fillTo(total);
    const [current, baseline] = bench.builds;
    const first = await open(current, false);
    console.log(`${total.toLocaleString('en-GB')} referrals, first open of the day (${first.writes ? 'run stored' : 'a run was already stored'}): scores shown after ${seconds(first.seconds * 1000)}`);
    const times = new Map<BenchBuild, number>();
    // The builds take turns, so that whatever else the machine is doing weighs on both alike.
    const runs = new Map(bench.builds.map((build): [BenchBuild, Array<Awaited<ReturnType<typeof open>>>] => [build, []]));
    for (let round = 0; round < 5; round++) for (const build of bench.builds) runs.get(build)!.push(await open(build, false));
    for (const build of bench.builds) {
      const m = (key: 'seconds' | 'requests' | 'megabytes' | 'wireMegabytes'): number => median(runs.get(build)!.map((run) => run[key]));
      times.set(build, m('seconds'));
      console.log(
        `${total.toLocaleString('en-GB')} referrals, ${build.name}: scores shown after ${seconds(m('seconds') * 1000)}, ${m('requests')} requests, ${m('megabytes').toFixed(2)} MB of JSON (${m('wireMegabytes').toFixed(2)} MB gzip)`
      );
    }
    if (baseline) console.log(`${total.toLocaleString('en-GB')} referrals: scores in ${((times.get(current)! / times.get(baseline)!) * 100).toFixed(0)}% of the baseline's time`);
    const fixed = await open(current, true);
    console.log(`${total.toLocaleString('en-GB')} referrals, this checkout: a fix saved and the next item shown in ${seconds(fixed.fix!)}`);
  }
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
