import { londonDateOf } from '../src/domain/calendar/londonTime';
import { spForSite } from '../src/data/sharePoint';
import { addDemoGroupMembers, demoFoiOfficer } from '../workbench/prepareSite';
import { seedDemoFoi } from '../workbench/demoData/seed';
import { seconds, startBrowserBench } from './browserBench';

/**
 * Opens the FOI log in headless Chromium against the workbench with the 600 demo requests, as the demo FOI
 * officer, as this checkout builds it and as the baseline did, three times each, and prints the requests
 * and bytes until the first rows show and until every view's count is final, and the time to open the
 * statistics (their code loads then).
 */
async function main(): Promise<void> {
  const bench = await startBrowserBench();
  await addDemoGroupMembers(spForSite(bench.workbench.siteUrl));
  const requests = seedDemoFoi(bench.workbench.emulator, londonDateOf(Date.now()));
  for (let run = 1; run <= 3; run++) {
    for (const build of bench.builds) {
      const { page, at } = await bench.countingPage({
        firstRows: { selector: 'button[aria-label^="Open FOI-"]' },
        complete: { text: /Showing [\d,]+ of [\d,]+ requests in Open\./ }
      });
      await page.context().addCookies([{ name: 'custodian-user', value: encodeURIComponent(demoFoiOfficer), url: bench.workbench.origin }]);
      await page.goto(build.address('foi'));
      const firstRows = await at('firstRows');
      const complete = await at('complete');
      const statisticsStarted = performance.now();
      await page.getByRole('tab', { name: 'Statistics' }).click();
      await page.getByRole('heading', { name: 'By directorate' }).waitFor();
      const statistics = performance.now() - statisticsStarted;
      console.log(
        `run ${run}, ${build.name}, ${requests} FOI requests: first rows after ${seconds(firstRows.seconds * 1000)}, ${firstRows.requests} requests, ${firstRows.megabytes.toFixed(2)} MB of JSON; ` +
          `every count final after ${seconds(complete.seconds * 1000)}, ${complete.requests} requests, ${complete.megabytes.toFixed(2)} MB (${complete.wireMegabytes.toFixed(2)} MB gzip); statistics ${seconds(statistics)}`
      );
      await page.close();
    }
  }
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
