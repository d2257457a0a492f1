import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/support/chromium';
import { startWorkbench, type RunningWorkbench } from '../workbench/server';
import { provision } from '../src/data/siteUpgrade';
import { spForSite } from '../src/data/sharePoint';
import { toSharePoint, type AnyRegister } from '../src/data/itemMapping';
import { londonDateOf } from '../src/domain/calendar/londonTime';
import { registers, urgentCareReferrals } from '../src/domain/registers';
import { demoReferrals } from '../workbench/demoData/urgentCareDemo';

export interface BrowserBench {
  workbench: RunningWorkbench;
  browser: Browser;
  /** Tops the Urgent Care list up with demo referrals to this many. */
  fillTo(total: number): void;
  /**
   * A page that counts the requests to SharePoint and the bytes they carried: `megabytes` of JSON as the
   * app reads it, `wireMegabytes` as the network carried it (gzip, as SharePoint Online sends it).
   */
  countingPage(): Promise<{ page: Page; traffic: () => { requests: number; writes: number; megabytes: string; wireMegabytes: string } }>;
  close(): Promise<void>;
}

/** The workbench in memory with the registers provisioned, and headless Chromium to open its page. */
export async function startBrowserBench(): Promise<BrowserBench> {
  const workbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
  await provision(spForSite(workbench.siteUrl), registers as unknown as AnyRegister[]);
  const { site } = workbench.emulator;
  const list = site.listByTitle(urgentCareReferrals.title);
  const today = londonDateOf(Date.now());
  const browser = await launchChromium();
  return {
    workbench,
    browser,
    fillTo(total: number): void {
      const missing = total - site.itemCount(list);
      const rows = demoReferrals({ count: missing, seed: total, today }, [2, 3]).map((row) => toSharePoint(urgentCareReferrals as unknown as AnyRegister, row));
      site.importItems(list, rows, site.allUsers()[0]);
    },
    async countingPage() {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      let requests = 0;
      let writes = 0;
      let bytes = 0;
      let wireBytes = 0;
      page.on('response', async (response) => {
        if (!response.url().includes('/_api/')) return;
        requests++;
        if (response.request().method() !== 'GET') writes++;
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
        wireBytes += (await response.request().sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
      });
      const megabytes = (count: number): string => (count / 1_048_576).toFixed(2);
      return { page, traffic: () => ({ requests, writes, megabytes: megabytes(bytes), wireMegabytes: megabytes(wireBytes) }) };
    },
    async close(): Promise<void> {
      await browser.close();
      await workbench.close();
    }
  };
}

export const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(2)} s`;
