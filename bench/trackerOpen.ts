import { seconds, startBrowserBench } from './browserBench';

/**
 * Opens the Urgent Care tracker in headless Chromium against the workbench, with 3,500 and then 50,000
 * referrals, and prints what a person waits for: the requests to SharePoint, the bytes they carried, the
 * time until the first rows show and until every view's count is final, and how long a search takes.
 */
async function main(): Promise<void> {
  const bench = await startBrowserBench();

  async function open(total: number): Promise<void> {
    bench.fillTo(total);
    const { page, traffic } = await bench.countingPage();
    const started = performance.now();
    await page.goto(`${bench.workbench.origin}/?app=urgent-care`);
    await page.getByRole('button', { name: /^Open / }).first().waitFor({ timeout: 120_000 });
    const firstRows = performance.now() - started;
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 120_000 });
    const complete = performance.now() - started;
    const { requests, megabytes, wireMegabytes } = traffic();

    const searchStarted = performance.now();
    await page.getByRole('searchbox', { name: 'Search by NHS number or name' }).fill('999 1');
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).filter({ hasNotText: /^Showing ([\d,]+) of \1 / }).waitFor();
    const search = performance.now() - searchStarted;
    console.log(
      `${total.toLocaleString('en-GB')} referrals: ${requests} requests, ${megabytes} MB of JSON (${wireMegabytes} MB gzip on the wire); first rows ${seconds(firstRows)}, ` +
        `all counts ${seconds(complete)}; search (incl. 150 ms typing pause) ${seconds(search)}`
    );
    await page.close();
  }

  await open(3_500);
  await open(50_000);
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
