import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { launchChromium } from '../support/chromium';
import { axeViolations, chooseWithKeyboard, openPage, privateWorkbench, screenshots, tabTo } from '../support/workbenchPage';
import { xssVectors } from '../support/xssVectors';
import { spForSite } from '../../src/data/sharePoint';
import type { Register } from '../../src/domain/lists/defineList';
import { checkRegister } from '../../src/data/qualityRuns';
import { createQualityStore } from '../../src/data/qualityStore';
import { recordImport } from '../../src/data/spreadsheetImport';
import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { glossaryTerms, urgentCareReferrals, wikiArticles } from '../../src/domain/registers';
import { dataCustodiansGroup } from '../../src/domain/registers/dataCustodians';
import { demoDataCustodian } from '../../workbench/prepareSite';
import type { RunningWorkbench } from '../../workbench/server';

const sam = 'i:0#.f|membership|sam.okafor@council.example';

async function wikiReady(page: Page): Promise<void> {
  await page.getByText(/^Showing \d+ of \d+ datasets\.$/).waitFor({ timeout: 20_000 });
}

/** Tabs to a control and presses Enter, as a keyboard user does. */
async function press(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/**
 * Tabs into a row of tabs, then arrows along it to the one wanted and opens it: Fluent's Pivot is one tab
 * stop (the tab last focused), and arrows move within it.
 */
async function openPartByKeyboard(page: Page, part: string, among: string[] = ['Catalogue', 'Dictionary', 'Guidance', 'Glossary'], backwards = false): Promise<void> {
  const tabs = page.getByRole('tablist').filter({ has: page.getByRole('tab', { name: among[0], exact: true }) });
  await tabTo(page, tabs, { backwards });
  for (let presses = 0; presses < among.length; presses++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === part) break;
    await page.keyboard.press(among.indexOf(focused) < among.indexOf(part) ? 'ArrowRight' : 'ArrowLeft');
  }
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: part, selected: true }).waitFor();
}

async function openArticleByKeyboard(page: Page, title: string): Promise<void> {
  await openPartByKeyboard(page, 'Guidance');
  await press(page, page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: title, exact: true }));
  await page.getByRole('heading', { name: title, exact: true }).waitFor();
}

describe('Data Wiki in Chromium', () => {
  let browser: Browser;
  // The script vectors are saved as articles that no other test should see: this file has a workbench of its own.
  let workbench: RunningWorkbench;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
    workbench = await privateWorkbench();
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

  it('links a field to the glossary, gives its checks’ latest results, and lets a custodian describe a column of a list no register declares', async () => {
    const sp = spForSite(workbench.siteUrl);
    const clock = (): Date => new Date();
    const referrals = urgentCareReferrals as unknown as Register;
    await checkRegister(sp, createQualityStore(sp, clock), referrals, qualityChecks(referrals), clock, { record: 'always', historyDays: 1 });
    await recordImport(sp, {
      fileName: 'Control Room tracker 2019-2025.xlsx',
      registerTitle: urgentCareReferrals.title,
      fileShape: 'Patient|NHS No',
      mapping: { columns: [], valueMap: {} },
      counts: { read: 3368, loaded: 3101, flagged: 269, duplicate: 41, rejected: 226 }
    });
    await sp.web.lists.add('Parking permits', 'Permits issued to residents', 100);
    await sp.web.lists.getByTitle('Parking permits').fields.addText('Zone', { MaxLength: 10 });

    const { page, errors } = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin, demoDataCustodian);
    await wikiReady(page);
    await page.getByRole('list', { name: 'Datasets' }).getByText(/^Data quality: \d+\.\d% overall, checked /).first().waitFor();
    await openPartByKeyboard(page, 'Dictionary');
    const columns = page.getByRole('list', { name: 'Columns of Urgent Care Referrals' });
    const readyDate = columns.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Discharge ready date', exact: true }) });
    await readyDate.getByText(/Checked \w+ \d+ \w+ \d{4}: /).first().waitFor();
    await page.getByText(/^Control Room tracker 2019-2025\.xlsx, imported by .+: 3,368 rows read, 3,101 loaded \(269 flagged as legacy records\), 41 duplicates left out, 226 rejected\.$/).waitFor();
    await press(page, readyDate.getByRole('button', { name: 'Discharge ready date' }));
    await page.getByRole('tab', { name: 'Glossary', selected: true }).waitFor();
    // Focus lands on the term, so a keyboard user reads its definition next.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Discharge ready date');

    await openPartByKeyboard(page, 'Dictionary', undefined, true);
    await chooseWithKeyboard(page, /^Dictionary of/, 'Parking permits (not kept by Custodian)');
    await press(page, page.getByRole('button', { name: 'Describe this column: Zone' }));
    const editor = page.getByRole('dialog');
    await expect(editor.getByRole('textbox', { name: /^List/ }).inputValue()).resolves.toBe('Parking permits');
    await tabTo(page, editor.getByRole('textbox', { name: /^Description/ }));
    await page.keyboard.type('The controlled parking zone, A to K, as on the permit.');
    await press(page, editor.getByRole('button', { name: 'Save' }));
    await editor.getByText('Column description “Parking permits: Zone” saved.').waitFor();
    await page.keyboard.press('Escape');
    const zone = page.getByRole('list', { name: 'Columns of Parking permits' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Zone', exact: true }) });
    await zone.getByText('The controlled parking zone, A to K, as on the permit.').waitFor();
    await zone.getByRole('button', { name: 'Change the description: Zone' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

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

  it('lets a custodian change an article by keyboard alone, with a live preview, and shows who changed what', async () => {
    const { page, errors } = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin, demoDataCustodian);
    await wikiReady(page);
    await openArticleByKeyboard(page, 'How to log a discharge');
    await press(page, page.getByRole('button', { name: 'Edit this article' }));
    const editor = page.getByRole('dialog');
    const body = editor.getByRole('textbox', { name: /^Article/ });
    await body.waitFor();
    // Focus starts in the form's first field: the title.
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe('How to log a discharge');
    await tabTo(page, body);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nCheck the [[Special category data]] first; see also [[Nowhere in particular]].');
    const preview = editor.getByRole('region', { name: 'Preview' });
    await preview.getByRole('link', { name: 'Special category data' }).waitFor();
    await preview.getByText('Nowhere in particular (broken link)').waitFor();
    await page.screenshot({ path: path.join(screenshots, 'data-wiki-editor.png') });
    await press(page, editor.getByRole('button', { name: 'Save' }));
    await editor.getByText('Changes saved.').waitFor();

    await openPartByKeyboard(page, 'History', ['Details', 'History']);
    const history = editor.getByRole('list', { name: 'Version history' });
    await history.getByRole('heading', { name: /^Changed by Alex Morgan/ }).first().waitFor();
    await expect(history.getByRole('listitem').first().innerText()).resolves.toMatch(/Article: [\s\S]*Check the \[\[Special category data\]\] first/);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    // The wiki is read again: the article under the list now has the new paragraph, its link resolved.
    await page.getByRole('article').getByRole('link', { name: 'Special category data' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('keeps what a custodian typed into a glossary term when the site’s owner saved it first, and merges both', async () => {
    const terms = spForSite(workbench.siteUrl).web.lists.getByTitle(glossaryTerms.title).items;
    // The newest term: the others' titles are linked from the demo articles the other tests read.
    const [term] = await terms.select('Id', 'Title', 'Definition').orderBy('Id', false).top(1)<Array<{ Id: number; Title: string; Definition: string }>>();
    const { page, errors } = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin, demoDataCustodian);
    await wikiReady(page);
    await openPartByKeyboard(page, 'Glossary');
    await page.getByRole('button', { name: `Edit ${term.Title}`, exact: true }).click();
    const editor = page.getByRole('dialog');
    const definition = editor.getByRole('textbox', { name: /^Definition/ });
    await definition.fill(`${term.Definition} As the custodians use it.`);
    // Priya, the site's owner, changes another field of the same term meanwhile.
    await terms.getById(term.Id).update({ Title: `${term.Title} (council)` });
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.getByRole('heading', { name: 'Priya Shah changed this item while you were editing it' }).waitFor();
    await editor.getByRole('button', { name: 'Save the merged item' }).click();
    await editor.getByText('The merged glossary term is saved.').waitFor();
    const merged = await terms.getById(term.Id).select('Title', 'Definition')<{ Title: string; Definition: string }>();
    expect(merged).toMatchObject({ Title: `${term.Title} (council)`, Definition: `${term.Definition} As the custodians use it.` });
    expect(errors.filter((error) => !/status of 412 \(Precondition Failed\)/.test(error))).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows a reader no way to edit, and tells a custodian whose membership was taken away why the save was refused', async () => {
    const reader = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin, sam);
    await wikiReady(reader.page);
    await openArticleByKeyboard(reader.page, 'FOI exemptions quick reference');
    await reader.page.getByRole('button', { name: 'Who changed it' }).waitFor();
    for (const name of ['Edit this article', 'New article', 'New dataset', 'New term']) await expect(reader.page.getByRole('button', { name }).count()).resolves.toBe(0);
    await reader.page.close();

    const { page, errors } = await openPage(browser, 'app=data-wiki', { width: 1300, height: 900 }, workbench.origin, demoDataCustodian);
    await wikiReady(page);
    await openArticleByKeyboard(page, 'FOI exemptions quick reference');
    await press(page, page.getByRole('button', { name: 'Edit this article' }));
    const summary = page.getByRole('dialog').getByRole('textbox', { name: /^Summary/ });
    await summary.fill('Changed after my membership ended.');
    const custodians = spForSite(workbench.siteUrl).web.siteGroups.getByName(dataCustodiansGroup).users;
    await custodians.removeByLoginName(demoDataCustodian);
    try {
      await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
      await page.getByText('SharePoint refused the change: only members of the Data Custodians group can change Data Wiki Articles.', { exact: false }).waitFor();
      await expect(summary.inputValue()).resolves.toBe('Changed after my membership ended.');
    } finally {
      await custodians.add(demoDataCustodian);
    }
    expect(errors.filter((error) => !/403/.test(error))).toEqual([]);
    await page.close();
  }, 60_000);

  it.each(['sharepoint', 'dark', 'contrast'])('has no axe violations in the %s theme: catalogue, dictionary, an article and its history, glossary, search, the editor', async (theme) => {
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
    await page.getByRole('button', { name: 'Who changed it' }).click();
    await page.getByRole('dialog').getByRole('list', { name: 'Version history' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Glossary' }).click();
    await page.getByText('Discharge ready date', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search the wiki' }).fill('pathway');
    await page.getByRole('list', { name: 'Search results' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();

    const custodian = await openPage(browser, `app=data-wiki&theme=${theme}`, { width: 1300, height: 900 }, workbench.origin, demoDataCustodian);
    await wikiReady(custodian.page);
    await custodian.page.getByRole('tab', { name: 'Guidance' }).click();
    await custodian.page.getByRole('button', { name: 'New article' }).click();
    await custodian.page.getByRole('dialog').getByRole('textbox', { name: /^Article/ }).fill('A **preview** with [[Pathway]].');
    await custodian.page.getByRole('dialog').getByRole('region', { name: 'Preview' }).getByRole('link', { name: 'Pathway' }).waitFor();
    expect(await axeViolations(custodian.page)).toEqual([]);
    expect(custodian.errors).toEqual([]);
    await custodian.page.close();
  }, 120_000);
});
