import * as path from 'node:path';
import { mkdirSync, promises as fs } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { axeViolations, chooseWithKeyboard, demoToday, openPage as openSharedPage, screenshots, tabTo, typeInto } from '../support/workbenchPage';
import { ukDate } from '../../src/domain/lists/displayValue';
import { startWorkbench, type RunningWorkbench } from '../../workbench/server';
import { provision } from '../../src/data/siteUpgrade';
import { spForSite } from '../../src/data/sharePoint';
import { createRepository } from '../../src/data/repository';
import type { Register } from '../../src/domain/lists/defineList';
import { readCsv } from '../../src/domain/import/readCsv';
import { readXlsx } from '../../src/domain/import/readXlsx';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import { messyWorkbook, type MessyWorkbook } from '../../workbench/demoData/messyWorkbook';
import { defaultPrincipals } from '../../workbench/emulator/principals';

// The import adds rows that others would count: this file has a workbench of its own, with empty lists.
let workbench: RunningWorkbench;
let workbook: MessyWorkbook;
const file = path.join(screenshots, '..', 'messy-tracker.xlsx');
async function openPage(browser: Browser, query: string, viewport = { width: 1300, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const opened = await openSharedPage(browser, query, viewport, workbench.origin);
  // Playwright intercepts the file picker only while someone listens for it, and starts to asynchronously:
  // listen from the start, so a picker opened by a key press on a busy machine is never missed.
  opened.page.on('filechooser', () => undefined);
  await opened.page.evaluate(() => undefined);
  return opened;
}
const referrals = () => createRepository(spForSite(workbench.siteUrl), urgentCareReferrals, () => new Date());

interface OnList {
  id: number;
  legacy: boolean;
  nhs: string;
  item: Record<string, unknown>;
}

async function onList(): Promise<OnList[]> {
  const found: OnList[] = [];
  for await (const page of referrals().all()) {
    found.push(...page.map((saved) => ({ id: saved.id, legacy: saved.legacy ?? false, nhs: `${String(saved.item.NhsNumber)} ${String(saved.item.AdmissionDate)}`, item: saved.item })));
  }
  return found;
}

async function openImport(page: Page): Promise<void> {
  await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
  await tabTo(page, page.getByRole('button', { name: 'Import from a spreadsheet' }));
  await page.keyboard.press('Enter');
  await page.getByText('Import into Urgent Care Referrals', { exact: true }).waitFor();
  // The panel takes focus once it has opened: on a loaded machine, a moment after it shows.
  await page.waitForFunction(() => document.activeElement?.closest('.ms-Panel') !== null && document.activeElement?.closest('.ms-Panel') !== undefined, undefined, { timeout: 10_000 });
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
}

/** Chooses the file from the keyboard: Enter on the button opens the browser's file picker. */
async function chooseFile(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Choose a spreadsheet…' });
  // Enabled once the site has said this person may add items.
  await page.locator('button:not([disabled])', { hasText: 'Choose a spreadsheet…' }).waitFor();
  await tabTo(page, button);
  const chooserOpened = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  const chooser = await chooserOpened;
  // The workbook is read in a worker, so the page keeps answering while a large one is parsed.
  const reader = page.waitForEvent('worker');
  await chooser.setFiles(file);
  expect((await reader).url()).toMatch(/\/xlsx-worker\.js$/);
  await page.getByRole('heading', { name: /^Step 1 of 2: check the columns/ }).waitFor({ timeout: 30_000 });
  await page.getByText(/^[\d,]+ rows: [\d,]+ to load/).waitFor({ timeout: 30_000 });
}

describe('importing a spreadsheet in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    workbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
    await provision(spForSite(workbench.siteUrl), registers as unknown as Register[]);
    const officers = new Map(defaultPrincipals.users.slice(1, 3).map((user, index) => [index + 2, user.title]));
    workbook = await messyWorkbook({ rows: 240, seed: 31, today: demoToday(), officers });
    await fs.writeFile(file, workbook.bytes);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  it('is driven by the keyboard alone: file, a column remapped, rejects looked at and downloaded, rows loaded once', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care');
    await openImport(page);
    await chooseFile(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Step 1 of 2/);
    // A cell written in HTML is shown as the text it is, never run or rendered.
    await page.getByText('<img src="x" onerror="window.injected = true"><b>Family to collect</b>', { exact: false }).waitFor();
    expect(await page.evaluate(() => ({ injected: 'injected' in window, bold: document.querySelectorAll('[role=region] b, [role=region] img').length }))).toEqual({ injected: false, bold: 0 });

    // The comments column is not imported after all: every row's notes stay out.
    await chooseWithKeyboard(page, /^Field for the column Comments/, 'Do not import');
    await page.getByText(/^[\d,]+ rows: [\d,]+ to load/).waitFor();
    // A status nobody declared ("Active", "Closed - deceased") is answered once for every row that has it.
    expect(workbook.rows.some((row) => row.defects.includes('undeclared status'))).toBe(true);
    const question = page.getByRole('combobox', { name: /^".+" \(\d+ rows?\)/ }).first();
    const written = /^"(.+)" \(/.exec(await question.evaluate((element) => document.getElementById(element.getAttribute('aria-labelledby')?.split(' ')[0] ?? '')?.textContent ?? ''))?.[1] ?? '';
    const meaning = Object.entries(workbook.undeclaredStatuses).find(([value]) => value.toLowerCase() === written.toLowerCase())![1];
    const questions = page.getByRole('combobox', { name: /^".+" \(\d+ rows?\)/ });
    const asked = async (): Promise<string[]> => questions.evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-labelledby') ?? ''));
    const askedBefore = await asked();
    await chooseWithKeyboard(page, new RegExp(`^"${written}"`), meaning);
    const answered = page.getByRole('combobox', { name: new RegExp(`^"${written}"`) });
    await answered.filter({ hasText: meaning }).waitFor();
    // An answer neither reorders the values nor moves focus to another value's list.
    expect(await asked()).toEqual(askedBefore);
    expect(await answered.evaluate((box) => box === document.activeElement)).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Next: check the rows' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Step 2 of 2/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Step 2 of 2/);

    // The rows that need the person are in sight, not behind the tabs' overflow menu.
    const rejectedTab = page.getByRole('tab', { name: /^Rejected/ });
    expect(await rejectedTab.isVisible()).toBe(true);
    await rejectedTab.click();
    const rejectedCount = Number((await page.getByText(/^[\d,]+ rows?(, the first|\.)/).innerText()).split(' ')[0].replace(/,/g, ''));
    expect(rejectedCount).toBeGreaterThan(0);
    await page.getByRole('cell', { name: /NHS number: Enter the NHS number\./ }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rejected rows (CSV)' }).click()]);
    const report = readCsv(new Uint8Array(await fs.readFile((await download.path())!)), 'report.csv');
    expect(report.rows[0][0]).toBe('Row in file');
    expect(report.rows[0].at(-1)).toBe('What to put right');
    const reportRows = report.rows.slice(1).filter((row) => row.some((cell) => cell !== ''));
    expect(reportRows).toHaveLength(rejectedCount);
    for (const row of reportRows) expect(row.at(-1)).toMatch(/^[A-Z][\w ]+: /);
    // A workbook's dates go back as the workbook showed them, day first, never as ISO dates.
    expect(reportRows.flat().filter((cell) => /^\d{4}-\d{2}-\d{2}$/.test(String(cell)))).toEqual([]);

    const load = page.getByRole('button', { name: /^Load [\d,]+ rows$/ });
    await page.locator('button:not([disabled])', { hasText: /^Load [\d,]+ rows$/ }).waitFor();
    const toLoad = Number((await load.innerText()).replace(/[^\d]/g, ''));
    await tabTo(page, load);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /is imported$/ }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/is imported$/);
    await page.screenshot({ path: path.join(screenshots, 'import-done.png') });

    const rows = await onList();
    expect(rows).toHaveLength(toLoad);
    expect(new Set(rows.map((row) => row.nhs)).size).toBe(toLoad);
    expect(rows.some((row) => row.legacy)).toBe(true);
    expect(rows.filter((row) => row.item.Notes !== null)).toEqual([]);

    // The same file again: the saved mapping is used, and nothing is loaded twice.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseFile(page);
    expect(await page.getByRole('combobox', { name: /^Field for the column Comments/ }).innerText()).toContain('Do not import');
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await page.getByRole('button', { name: 'Load 0 rows' }).waitFor();
    expect(await page.getByRole('button', { name: 'Load 0 rows' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it.each(['sharepoint', 'dark', 'contrast'])('has no axe violations in the %s theme: the columns step', async (theme) => {
    const { page, errors } = await openPage(browser, `app=urgent-care&theme=${theme}`);
    await openImport(page);
    expect(await axeViolations(page)).toEqual([]);
    await chooseFile(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `import-columns-${theme}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('puts a flagged legacy row in the data-quality queue, and fixing it there clears the marker', async () => {
    const legacy = (await onList()).filter((row) => row.legacy);
    expect(legacy.length).toBeGreaterThan(0);
    const target = legacy.find((row) => row.item.Status === 'Discharged' && row.item.DischargeDate === null)!;
    const dischargedOn = String(target.item.DischargeReadyDate ?? target.item.AdmissionDate);
    const { page, errors } = await openPage(browser, `app=data-quality&item=urgentCareReferrals/discharge-date-when-discharged/${target.id}`);
    await page.getByText(/items checked against \d+ rules/).waitFor({ timeout: 20_000 });
    await page.getByText(`${legacy.length} items were imported from a spreadsheet while breaking a rule`, { exact: false }).waitFor();
    await page.getByText('Imported from a spreadsheet while breaking a rule. When you save it here, every rule applies to it.').waitFor();
    await page.getByRole('heading', { name: new RegExp(`\\(item ${target.id}\\)`) }).waitFor();
    await typeInto(page, /^Discharge date/, ukDate(dischargedOn));
    await tabTo(page, page.getByRole('button', { name: 'Save and go to next' }));
    await page.keyboard.press('Enter');
    await page.getByText(`Saved ${String(target.item.Title)}.`, { exact: false }).waitFor();
    const fixed = await referrals().getById(target.id);
    expect([fixed.legacy, fixed.item.DischargeDate]).toEqual([undefined, dischargedOn]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
