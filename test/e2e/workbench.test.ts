import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, tabTo, openPage, origin, screenshots } from '../support/workbenchPage';
import { workbenchApps } from '../../workbench/page/apps';
import { workbenchThemes } from '../../workbench/page/workbenchThemes';

describe('the workbench page in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const cases = workbenchApps.flatMap((app) => workbenchThemes.map((theme) => [app.id, app.title, theme.key] as const));

  it.each(cases)('%s (%s) in the %s theme shows who is signed in to the emulated site, with no errors and no axe violations', async (id, title, theme) => {
    const { page, errors } = await openPage(browser, `app=${id}&theme=${theme}`);

    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await page.getByText(/Signed in as Priya Shah \(priya\.shah@council\.example\) on Custodian at http:\/\/127\.0\.0\.1:\d+\/sites\/custodian\./).waitFor();
    // The app's reads done (3,500 referrals on the tracker): the page is checked and pictured as a person sees it, not mid-render.
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `${id}-${theme}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it.each(workbenchThemes.map((theme) => theme.key))('the register web part set to show the breach log, in the %s theme, opens its new-breach form with no axe violations', async (theme) => {
    const { page, errors } = await openPage(browser, `app=register&register=dataBreaches&theme=${theme}`);
    await page.getByRole('heading', { level: 2, name: 'Personal Data Breaches' }).waitFor();
    await page.getByText(/^Showing \d+ of \d+ breaches in Open\.$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New breach' }).click();
    // The form opens with the keyboard in its first field.
    await page.getByRole('textbox', { name: /^Breach summary/ }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toMatch(/^Breach summary/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `register-breaches-${theme}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a register from the unset register web part’s list by keyboard, with the keyboard then in its search box', async () => {
    const { page, errors } = await openPage(browser, 'app=register');
    const registers = page.getByRole('list', { name: 'Registers' });
    await tabTo(page, registers.getByRole('button', { name: 'Personal Data Breaches' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Personal Data Breaches' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search the breaches' }).waitFor();
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('aria-label') === 'Search the breaches');
    expect(errors).toEqual([]);
    await page.close();
  });

  async function setFaults(faults: Record<string, number>): Promise<void> {
    const answer = await fetch(`${origin()}/_workbench/faults`, { method: 'POST', body: JSON.stringify(faults) });
    expect(answer.status).toBe(204);
  }

  it('explains that SharePoint is busy, and connects when tried again from the keyboard alone', async () => {
    await setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    try {
      const { page } = await openPage(browser, 'app=foi');
      await page.getByText('SharePoint is busy.').waitFor();
      await setFaults({});

      const tryAgain = page.getByRole('button', { name: 'Try again' });
      for (let presses = 0; presses < 20 && !(await tryAgain.evaluate((button) => button === document.activeElement)); presses++) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.getByText(/Signed in as Priya Shah/).waitFor();
      await page.close();
    } finally {
      await setFaults({});
    }
  });

  it('signs in as someone else with the keyboard, for trying other people’s rights', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care');
    await page.getByText(/Signed in as Priya Shah/).waitFor();
    const picker = page.getByRole('combobox', { name: 'Signed in as' });
    await page.getByRole('combobox', { name: 'Signed in as' }).filter({ hasText: 'Priya Shah' }).waitFor();
    await picker.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Sam Okafor' }).waitFor();
    // Down the list as a keyboard user goes, until Sam is the option in focus, then Enter.
    for (let presses = 0; presses < 10; presses++) {
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Sam Okafor') break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await picker.filter({ hasText: 'Sam Okafor' }).waitFor();

    await page.getByText(/Signed in as Sam Okafor \(sam\.okafor@council\.example\)/).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves between apps with the keyboard, and keeps the choice in the address', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care');
    await page.getByRole('tab', { name: 'Urgent Care Tracker' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'FOI Log' }).waitFor();
    expect(new URL(page.url()).searchParams.get('app')).toBe('foi');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays an app out compactly as a Teams tab', async () => {
    const { page } = await openPage(browser, 'app=data-quality&theme=dark&host=teamsTab');
    await page.getByText(/Signed in as Priya Shah/).waitFor();
    const padding = await page
      .getByRole('heading', { level: 2, name: 'Data Quality' })
      .evaluate((heading) => getComputedStyle(heading.closest('section')!).paddingTop);
    expect(padding).toBe('8px');
    await page.screenshot({ path: path.join(screenshots, 'data-quality-teams-tab-dark.png') });
    await page.close();
  });
});
