import { launchChromium } from '../test/support/chromium';
import { startWorkbench } from '../workbench/server';
import { provision } from '../src/data/provisioning';
import { spForSite } from '../src/data/sharePoint';
import { toSharePoint, type AnyRegister } from '../src/data/itemMapping';
import { londonDateOf } from '../src/domain/calendar/londonTime';
import { registers, urgentCareReferrals } from '../src/domain/registers';
import { demoReferrals } from '../workbench/demoData/urgentCareDemo';

/**
 * Opens the Urgent Care tracker in headless Chromium against the workbench, with 3,500 and then 50,000
 * referrals, and prints what a person waits for: the requests to SharePoint, the bytes they carried, the
 * time until the first rows show and until every view's count is final, and how long a search takes.
 */
async function main(): Promise<void> {
  const workbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
  await provision(spForSite(workbench.siteUrl), registers as unknown as AnyRegister[]);
  const { site } = workbench.emulator;
  const list = site.listByTitle(urgentCareReferrals.title);
  const today = londonDateOf(Date.now());
  const browser = await launchChromium();

  async function open(total: number): Promise<void> {
    const missing = total - site.itemCount(list);
    const rows = demoReferrals({ count: missing, seed: total, today }, [2, 3]).map((row) => toSharePoint(urgentCareReferrals as unknown as AnyRegister, row));
    site.importItems(list, rows, site.allUsers()[0]);

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let requests = 0;
    let bytes = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/_api/')) return;
      requests++;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    const started = performance.now();
    await page.goto(`${workbench.origin}/?app=urgent-care`);
    await page.getByRole('button', { name: /^Open / }).first().waitFor({ timeout: 120_000 });
    const firstRows = performance.now() - started;
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 120_000 });
    const complete = performance.now() - started;

    const searchStarted = performance.now();
    await page.getByRole('searchbox', { name: 'Search by NHS number or name' }).fill('999 1');
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).filter({ hasNotText: /^Showing ([\d,]+) of \1 / }).waitFor();
    const search = performance.now() - searchStarted;
    console.log(
      `${total.toLocaleString('en-GB')} referrals: ${requests} requests, ${(bytes / 1_048_576).toFixed(1)} MB; first rows ${(firstRows / 1000).toFixed(2)} s, ` +
        `all counts ${(complete / 1000).toFixed(2)} s; search (incl. 150 ms typing pause) ${(search / 1000).toFixed(2)} s`
    );
    await page.close();
  }

  await open(3_500);
  await open(50_000);
  await browser.close();
  await workbench.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
