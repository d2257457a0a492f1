import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/support/chromium';
import { startWorkbench, type RunningWorkbench } from '../workbench/server';
import { provision } from '../src/data/siteUpgrade';
import { spForSite } from '../src/data/sharePoint';
import { toSharePoint } from '../src/data/itemMapping';
import type { Register } from '../src/domain/lists/defineList';
import { londonDateOf } from '../src/domain/calendar/londonTime';
import { registers, urgentCareReferrals } from '../src/domain/registers';
import { demoReferrals } from '../workbench/demoData/urgentCareDemo';
import { bundleAppPage } from './appPage';
import { baselineRef, checkOut } from './baselineCheckout';

/** Something that shows on screen: an element, or text anywhere on the page. */
export interface Mark {
  selector?: string;
  text?: RegExp;
}

/** What had happened by a mark, timed from the start of navigation. */
export interface Traffic {
  seconds: number;
  requests: number;
  megabytes: number;
  wireMegabytes: number;
}

// In-page code goes as text: functions compiled by tsx call helpers (__name) that the page does not have.

/** Runs in the page before its scripts: notes the moment each mark first shows. */
const watchForMarks = (marks: Record<string, { selector?: string; text?: string }>): string => `
  performance.setResourceTimingBufferSize(100000);
  const marks = ${JSON.stringify(marks)};
  const seen = (window.benchMarks = {});
  const check = () => {
    for (const [name, mark] of Object.entries(marks)) {
      if (seen[name] !== undefined) continue;
      const shows = mark.selector ? document.querySelector(mark.selector) !== null : new RegExp(mark.text).test(document.body ? document.body.textContent : '');
      if (shows) seen[name] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
`;

/** Runs in the page: the requests to SharePoint that had finished by the mark. */
const trafficUntil = (mark: string): string => `(() => {
  const until = window.benchMarks[${JSON.stringify(mark)}];
  const finished = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/_api/') && entry.responseEnd <= until);
  const megabytes = (bytes) => Math.round((bytes / 1048576) * 100) / 100;
  return {
    seconds: until / 1000,
    requests: finished.length,
    megabytes: megabytes(finished.reduce((sum, entry) => sum + entry.decodedBodySize, 0)),
    wireMegabytes: megabytes(finished.reduce((sum, entry) => sum + entry.encodedBodySize, 0))
  };
})()`;

/** One build of the apps the bench opens: this checkout's, or the baseline's. */
export interface BenchBuild {
  name: string;
  /** The address that opens an app (`urgent-care`, `data-quality`…) of this build, with more query if given. */
  address(app: string, query?: string): string;
}

export interface BrowserBench {
  workbench: RunningWorkbench;
  browser: Browser;
  /** This checkout's build, then the baseline's when there is one: both production builds, on the same site. */
  builds: BenchBuild[];
  /** Tops the Urgent Care list up with demo referrals to this many. */
  fillTo(total: number): void;
  /**
   * A page that notes when each mark first shows (a CSS selector matches, or the page's text matches) and,
   * from the browser's own Resource Timing, the requests to SharePoint that had finished by then: JSON bytes
   * as the app reads them, and bytes on the wire (gzip, as SharePoint Online sends them).
   */
  countingPage(marks: Record<string, Mark>): Promise<{ page: Page; at: (mark: string) => Promise<Traffic> }>;
  close(): Promise<void>;
}

/**
 * The workbench in memory with the registers provisioned, serving this checkout's apps and the baseline's
 * (see baselineCheckout.ts) as production builds, and headless Chromium to open them.
 */
export async function startBrowserBench(): Promise<BrowserBench> {
  const ref = baselineRef();
  const baseline = ref ? checkOut(ref) : undefined;
  const pages = [{ prefix: 'current', files: await bundleAppPage(process.cwd()) }];
  if (baseline) pages.push({ prefix: 'baseline', files: await bundleAppPage(baseline.folder) });
  const workbench = await startWorkbench({ port: 0, dataFile: ':memory:', pages });
  await provision(spForSite(workbench.siteUrl), registers as unknown as Register[]);
  const { site } = workbench.emulator;
  const list = site.listByTitle(urgentCareReferrals.title);
  const today = londonDateOf(Date.now());
  const browser = await launchChromium();
  const build = (name: string, prefix: string): BenchBuild => ({
    name,
    address: (app, query) => `${workbench.origin}/${prefix}/?app=${app}${query ? `&${query}` : ''}`
  });
  return {
    workbench,
    browser,
    builds: [build('this checkout', 'current'), ...(ref ? [build(`baseline ${ref.slice(0, 12)}`, 'baseline')] : [])],
    fillTo(total: number): void {
      const missing = total - site.itemCount(list);
      const rows = demoReferrals({ count: missing, seed: total, today }, [2, 3]).map((row) => toSharePoint(urgentCareReferrals as unknown as Register, row));
      site.importItems(list, rows, site.allUsers()[0]);
    },
    async countingPage(marks) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript({ content: watchForMarks(Object.fromEntries(Object.entries(marks).map(([name, mark]) => [name, { selector: mark.selector, text: mark.text?.source }]))) });
      return {
        page,
        async at(name) {
          await page.waitForFunction(`window.benchMarks[${JSON.stringify(name)}] !== undefined`, undefined, { timeout: 300_000, polling: 50 });
          return (await page.evaluate(trafficUntil(name))) as Traffic;
        }
      };
    },
    async close(): Promise<void> {
      await browser.close();
      await workbench.close();
      baseline?.remove();
    }
  };
}

export const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(2)} s`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
