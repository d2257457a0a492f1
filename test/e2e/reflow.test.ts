import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { openPage, paintedPageWidth, screenshots } from '../support/workbenchPage';
import { demoFoiOfficer } from '../../workbench/prepareSite';

const tabsByApp: Record<string, string[]> = {
  'urgent-care': ['Referrals', 'Daily report'],
  foi: ['Requests', 'Statistics', 'Disclosure log'],
  'data-quality': ['Scores', 'Rules', 'Fix queue', 'Exceptions', 'Audit'],
  'data-wiki': ['Catalogue', 'Dictionary', 'Guidance', 'Glossary'],
  // The register web part set to show the breach log: its views only, no tabs of its own.
  'register&register=dataBreaches': []
};

/** Opens a tab by its name, from the overflow menu when the narrow screen has folded it away. */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  if (await tab.count()) return tab.first().click();
  await page.getByRole('tab', { name: /^More of/ }).first().click();
  await page.getByRole('menuitem', { name: new RegExp(`^${name}`) }).first().click();
}

describe('every app at 320 px (WCAG 2.2, 1.4.10 reflow)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it.each(Object.entries(tabsByApp))('%s: no page is wider than the screen, on any tab', async (app, tabs) => {
    const { page, errors } = await openPage(browser, `app=${app}`, { width: 320, height: 800 }, undefined, demoFoiOfficer);
    await page.waitForLoadState('networkidle');
    const widths: Record<string, number> = { first: await paintedPageWidth(page) };
    for (const tab of tabs) {
      await openTab(page, tab);
      await page.waitForLoadState('networkidle');
      widths[tab] = await paintedPageWidth(page);
      await page.screenshot({ path: path.join(screenshots, `${app}-${tab.replace(/\W+/g, '-').toLowerCase()}-320.png`), fullPage: true });
    }
    expect(Object.entries(widths).filter(([, width]) => width > 320)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  // Buttons' menus load when first opened (src/ui/menu): by keyboard, focus still lands in the menu and goes back.
  it('a menu of folded views opens from the keyboard with focus on its first item, and Escape gives focus back', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care', { width: 320, height: 800 });
    // Once every count is in and the site has said who is signed in ("Changed by me" is then a view): the
    // views' tabs are laid out again as each arrives.
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor();
    await page.getByText(/^Signed in as .+ on /).waitFor();
    const more = page.getByRole('tab', { name: 'More views' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    expect(await page.getByRole('menuitem').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
