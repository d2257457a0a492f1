import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { launchChromium } from '../support/chromium';
import { axeViolations, demoToday, openPage, paintedPageWidth, screenshots, tabTo } from '../support/workbenchPage';
import { fillWithDemoData, previousReleaseLists, provisionPreviousRelease } from '../support/previousRelease';
import { legacyMarkerName } from '../../src/domain/lists/systemFields';
import { spForSite } from '../../src/data/sharePoint';
import { checkSite } from '../../src/data/siteUpgrade';
import type { Register } from '../../src/domain/lists/defineList';
import { siteSettings } from '../../src/domain/registers/siteSettings';
import { registers } from '../../src/domain/registers';
import { startWorkbench, type RunningWorkbench } from '../../workbench/server';

const sam = 'i:0#.f|membership|sam.okafor@council.example';

async function trackerReady(page: Page): Promise<void> {
  await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
}

/**
 * What the browser logs on a site one release behind, as SharePoint answers: a 404 for each list this
 * release added, and a 400 for the first read naming a column this release added (the app then reads the
 * list's columns and asks for those). Anything else logged is a fault.
 */
function unexpected(errors: string[]): string[] {
  const previousTitles = previousReleaseLists().map((list) => list.title);
  const added = registers.filter((register) => !previousTitles.includes(register.title)).map((register) => `getByTitle('${encodeURIComponent(register.title)}')`);
  return errors.filter(
    (error) =>
      !(error.includes('status of 404') && added.some((list) => error.includes(list))) &&
      !(error.includes('status of 400') && error.includes(`${legacyMarkerName}%2C`))
  );
}

const behindNotice = (page: Page): ReturnType<Page['getByText']> => page.getByText('This site’s lists are behind this version of Custodian.');

describe('a site one release behind, in Chromium', () => {
  let browser: Browser;
  // This file puts its site behind and brings it back: no other test should see that.
  let workbench: RunningWorkbench;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
    // The site as the previous release left it: its lists, its rules and the demo data in them.
    workbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
    fillWithDemoData(workbench.emulator, await provisionPreviousRelease(spForSite(workbench.siteUrl)), demoToday());
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  it('tells a member the site needs an owner, with no button, and the tracker keeps working', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care', { width: 1366, height: 900 }, workbench.origin, sam);
    await trackerReady(page);
    await page.getByText('This site needs an update for this version of Custodian.').waitFor();
    expect(await page.getByRole('button', { name: 'Update the site now' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // An import is stopped before a file is chosen, with what the site lacks, rather than refused row by row.
    await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
    await page.getByText('This site needs an update before a spreadsheet can be imported into Urgent Care Referrals.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Add the column Legacy record to Urgent Care Referrals.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Choose a spreadsheet…' }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    // The wiki is new in this release: its lists are not on the site yet, and it says so, and who can add them.
    await page.goto(`${workbench.origin}/?app=data-wiki`);
    await page.getByText(/^This site has no list “Data Wiki Articles”\./).first().waitFor();
    await page.getByText('A site owner can add it: open Custodian on this site and choose “Update the site now”.', { exact: false }).first().waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('shows an owner what will change, applies it by keyboard with progress, and the app then works on a current site', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care', { width: 1366, height: 900 }, workbench.origin);
    await trackerReady(page);
    await behindNotice(page).waitFor();
    const state = await checkSite(spForSite(workbench.siteUrl), registers as unknown as Register[]);
    if (state.kind !== 'behind') throw new Error('The previous release’s site was found current.');
    const planned = state.plan.changes.map((change) => change.action);
    await page.getByText(`${planned.length} changes can be made safely now;`, { exact: false }).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Review the changes' }));
    await page.keyboard.press('Enter');
    const changes = page.getByRole('list', { name: 'What will change' });
    await expect(changes.getByRole('listitem').allInnerTexts()).resolves.toEqual(planned);
    expect(planned).toEqual(expect.arrayContaining(['Add the column Legacy record to Urgent Care Referrals.', 'Add the column Requester to FOI Requests.']));
    expect(await page.getByRole('button', { name: 'Hide the changes' }).getAttribute('aria-expanded')).toBe('true');
    for (const theme of ['', '&theme=dark', '&theme=contrast']) {
      if (theme) {
        await page.goto(`${workbench.origin}/?app=urgent-care${theme}`);
        await behindNotice(page).waitFor();
        await page.getByRole('button', { name: 'Review the changes' }).click();
      }
      expect({ theme, violations: await axeViolations(page) }).toEqual({ theme, violations: [] });
    }

    // At 320 px the notice and its lists reflow: nothing to scroll sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: path.join(screenshots, 'site-upgrade-owner-320.png'), fullPage: true });
    expect(await paintedPageWidth(page)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: path.join(screenshots, 'site-upgrade-owner-1366.png') });

    await page.evaluate(() => {
      const seen = { progress: false };
      Object.assign(window, { upgradeProgress: seen });
      new MutationObserver(() => {
        if (document.querySelector('[role="progressbar"]')) seen.progress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await tabTo(page, page.getByRole('button', { name: 'Update the site now' }));
    await page.keyboard.press('Enter');
    await page.getByText('The site is up to date.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { upgradeProgress: { progress: boolean } }).upgradeProgress.progress)).toBe(true);
    // Focus lands on the outcome, so a keyboard or screen reader user hears it.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(`${planned.length} changes made.`);
    await trackerReady(page);
    await expect(checkSite(spForSite(workbench.siteUrl), registers as unknown as Register[])).resolves.toEqual({ kind: 'current' });

    // Reopened, the web part reads the recorded digest, finds the site current and says nothing.
    const digestRead = page.waitForResponse((response) => response.url().includes(encodeURIComponent(siteSettings.title)));
    await page.reload();
    await trackerReady(page);
    await digestRead;
    await page.waitForLoadState('networkidle');
    expect(await behindNotice(page).count()).toBe(0);
    // The FOI log, whose list this release reshaped and whose requesters list it added, opens with its requests.
    await page.goto(`${workbench.origin}/?app=foi`);
    await page.getByText(/^Showing [\d,]+ of [\d,]+ requests in Open\.$/).waitFor({ timeout: 20_000 });
    expect(await behindNotice(page).count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  }, 120_000);
});
