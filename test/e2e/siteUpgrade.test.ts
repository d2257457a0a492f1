import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { launchChromium } from '../support/chromium';
import { axeViolations, openPage, privateWorkbench, screenshots, tabTo } from '../support/workbenchPage';
import { spForSite } from '../../src/data/sharePoint';
import { listsVersionSetting } from '../../src/data/siteUpgrade';
import { siteSettings } from '../../src/domain/registers/siteSettings';
import { urgentCareReferrals } from '../../src/domain/registers';
import type { RunningWorkbench } from '../../workbench/server';

const sam = 'i:0#.f|membership|sam.okafor@council.example';

async function trackerReady(page: Page): Promise<void> {
  await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
}

const behindNotice = (page: Page): ReturnType<Page['getByText']> => page.getByText('This site’s lists are behind this version of Custodian.');

describe('a site one release behind, in Chromium', () => {
  let browser: Browser;
  // This file puts its site behind and brings it back: no other test should see that.
  let workbench: RunningWorkbench;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
    workbench = await privateWorkbench();
    // What the previous release of the tracker's list looked like, as far as this release's upgrade goes:
    // a hospital it did not yet offer, a column described differently, and its own digest recorded.
    const sp = spForSite(workbench.siteUrl);
    const referrals = sp.web.lists.getByTitle(urgentCareReferrals.title);
    await referrals.fields.getByInternalNameOrTitle('Hospital').update({ Choices: urgentCareReferrals.fields.Hospital.choices.filter((choice) => choice !== 'Other hospital') });
    await referrals.fields.getByInternalNameOrTitle('Ward').update({ Description: 'The ward.' });
    const [version] = await sp.web.lists.getByTitle(siteSettings.title).items.filter(`Title eq '${listsVersionSetting}'`)<Array<{ Id: number }>>();
    await sp.web.lists.getByTitle(siteSettings.title).items.getById(version.Id).update({ SettingValue: 'the previous release' });
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
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an owner what will change, applies it by keyboard with progress, and the app then works on a current site', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care', { width: 1366, height: 900 }, workbench.origin);
    await trackerReady(page);
    await behindNotice(page).waitFor();
    await page.getByText('2 changes can be made safely now.', { exact: false }).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Review the changes' }));
    await page.keyboard.press('Enter');
    const changes = page.getByRole('list', { name: 'What will change' });
    await expect(changes.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      'In the column Hospital of Urgent Care Referrals, add the choice "Other hospital".',
      'Update the description of the column Ward in Urgent Care Referrals.'
    ]);
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
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
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
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('2 changes made.');
    await trackerReady(page);
    const hospital = await spForSite(workbench.siteUrl).web.lists.getByTitle(urgentCareReferrals.title).fields.getByInternalNameOrTitle('Hospital')<{ Choices: string[] }>();
    expect(hospital.Choices).toEqual(urgentCareReferrals.fields.Hospital.choices);

    // Reopened, the web part reads the recorded digest, finds the site current and says nothing.
    const digestRead = page.waitForResponse((response) => response.url().includes(encodeURIComponent(siteSettings.title)));
    await page.reload();
    await trackerReady(page);
    await digestRead;
    await page.waitForLoadState('networkidle');
    expect(await behindNotice(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
