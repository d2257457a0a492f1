import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { launchChromium } from '../support/chromium';
import { axeViolations, chooseWithKeyboard, openPage, screenshots } from '../support/workbenchPage';
import { xssVectors } from '../support/xssVectors';
import { spForSite } from '../../src/data/sharePoint';
import { wikiArticles } from '../../src/domain/registers';
import { prepareSite, demoDataCustodian } from '../../workbench/prepareSite';
import { startWorkbench, type RunningWorkbench } from '../../workbench/server';

const sam = 'i:0#.f|membership|sam.okafor@council.example';
const today = (): string => process.env.WORKBENCH_DEMO_TODAY ?? '';

async function wikiReady(page: Page): Promise<void> {
  await page.getByText(/^Showing \d+ of \d+ datasets\.$/).waitFor({ timeout: 20_000 });
}

describe('Data Wiki in Chromium', () => {
  let browser: Browser;
  // The script vectors are saved as articles that no other test should see: this file has a workbench of its own.
  let workbench: RunningWorkbench;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
    workbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
    await prepareSite(workbench, today());
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  it(`runs none of ${xssVectors.length} script vectors saved as articles, and still shows their words`, async () => {
    const articles = spForSite(workbench.siteUrl).web.lists.getByTitle(wikiArticles.title).items;
    for (const [index, vector] of xssVectors.entries()) await articles.add({ Title: `Vector ${index + 1}`, Body: vector.markdown });

    const { page, errors } = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin, demoDataCustodian);
    await page.addInitScript(() => {
      const fired: unknown[] = [];
      Object.assign(window, { xssFired: fired, xss: (n: unknown) => fired.push(n) });
    });
    await page.reload();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await wikiReady(page);
    await page.getByRole('tab', { name: 'Guidance' }).click();
    for (const [index, vector] of xssVectors.entries()) {
      await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: `Vector ${index + 1}`, exact: true }).click();
      await page.getByRole('heading', { name: `Vector ${index + 1}`, exact: true }).waitFor();
      await page.getByRole('article').getByText(vector.shows, { exact: false }).first().waitFor();
      // Hovering and focusing everything in the article gives event handlers their chance too.
      for (const element of await page.getByRole('article').locator('*').all()) await element.hover({ trial: false, timeout: 1_000 }).catch(() => undefined);
    }
    expect(await page.evaluate(() => (window as unknown as { xssFired: unknown[] }).xssFired)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors.filter((error) => !/Refused to load|net::ERR/.test(error))).toEqual([]);
    await page.close();
  }, 240_000);

  it('finds "discharge ready" from a typo, opens the field in the dictionary, and shows the site matches the register', async () => {
    const { page, errors } = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin);
    await wikiReady(page);
    await page.getByRole('searchbox', { name: 'Search the wiki' }).fill('dischrge redy');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('listitem').first().innerText()).resolves.toMatch(/^Discharge ready date — (Field of Urgent Care Referrals|Glossary term)$/);
    await results.getByRole('listitem').filter({ hasText: 'Field of Urgent Care Referrals' }).first().getByRole('button').click();
    await page.getByText('The list on this site matches the register, column for column.').waitFor();
    // Focus is on the field the search found, so a keyboard user starts reading there.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Discharge ready date');
    await page.screenshot({ path: path.join(screenshots, 'data-wiki-dictionary.png') });
    // Another list chosen from the keyboard: its own columns, held against its own live list.
    await chooseWithKeyboard(page, /^Dictionary of/, 'FOI Requests');
    const columns = page.getByRole('list', { name: 'Columns of FOI Requests' });
    await columns.getByRole('heading', { name: 'Requester', exact: true }).waitFor();
    await page.getByText('The list on this site matches the register, column for column.').waitFor();
    await expect(columns.getByRole('heading', { name: 'Discharge ready date' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('tells a reader that only the Data Custodians change the wiki, and not a custodian', async () => {
    const reader = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin, sam);
    await wikiReady(reader.page);
    await reader.page.getByText('Only members of the Data Custodians group can change it').waitFor();
    await reader.page.close();
    const custodian = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin, demoDataCustodian);
    await wikiReady(custodian.page);
    await expect(custodian.page.getByText('Only members of the Data Custodians group can change it').count()).resolves.toBe(0);
    await custodian.page.close();
  }, 60_000);

  it.each(['sharepoint', 'dark', 'contrast'])('has no axe violations in the %s theme: catalogue, dictionary, an article, glossary, search', async (theme) => {
    const { page, errors } = await openPage(browser, `app=data-wiki&theme=${theme}`, { width: 1300, height: 900 }, workbench.origin, sam);
    await wikiReady(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Dictionary' }).click();
    await page.getByText(/matches the register|differs from the register/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Guidance' }).click();
    await page.getByRole('button', { name: 'How to log a discharge' }).click();
    await page.getByRole('heading', { name: 'How to log a discharge' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Glossary' }).click();
    await page.getByText('Discharge ready date', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search the wiki' }).fill('pathway');
    await page.getByRole('list', { name: 'Search results' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
