import { seconds, startBrowserBench } from './browserBench';

/**
 * Opens the data-quality tab in headless Chromium against the workbench, with 3,500 and then 50,000
 * referrals, twice each (only the day's first open stores its run), printing the requests, bytes and time
 * until the scores show; then one fix saved from the queue, until the next item is shown.
 */
async function main(): Promise<void> {
  const bench = await startBrowserBench();

  async function open(total: number, saveAFix: boolean): Promise<void> {
    const { page, traffic } = await bench.countingPage();
    const started = performance.now();
    await page.goto(`${bench.workbench.origin}/?app=data-quality&item=urgentCareReferrals/discharge-date-when-discharged`);
    await page.getByText(/items checked against \d+ rules/).waitFor({ timeout: 300_000 });
    const ready = performance.now() - started;
    const { requests, writes, megabytes, wireMegabytes } = await traffic();
    let fix = '';
    if (saveAFix) {
      await page.getByRole('tab', { name: /^Fix queue/ }).click();
      const position = page.getByText(/^Item 1 of [\d,]+$/);
      const before = await position.innerText();
      const fixStarted = performance.now();
      await page.getByRole('combobox', { name: /^Discharge date/ }).fill(new Date().toLocaleDateString('en-GB'));
      // Some demo referrals also have an invalid NHS number, which the same save must put right.
      const nhsNumber = page.getByRole('textbox', { name: /^NHS number/ });
      if (await nhsNumber.count()) await nhsNumber.fill('943 476 5919');
      await page.getByRole('button', { name: 'Save and go to next' }).click();
      await page.getByText(/^Item 1 of [\d,]+$/).filter({ hasNotText: before }).waitFor();
      fix = `; a fix saved and the next item shown in ${seconds(performance.now() - fixStarted)}`;
    }
    const stored = writes ? 'run stored' : 'a run was already stored today';
    console.log(`${total.toLocaleString('en-GB')} referrals (${stored}): ${requests} requests, ${megabytes} MB of JSON (${wireMegabytes} MB gzip), scores shown in ${seconds(ready)}${fix}`);
    await page.close();
  }

  for (const total of [3_500, 50_000]) {
    bench.fillTo(total);
    await open(total, false);
    await open(total, true);
  }
  await bench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
