import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import JSZip from 'jszip';
import { parse } from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { referralsAs } from '../support/referralsAs';
import { axeViolations, chooseWithKeyboard, demoToday, openPage, origin, screenshots, tabTo, typeInto } from '../support/workbenchPage';
import { where } from '../../src/data/itemFilter';
import { addDays } from '../../src/domain/calendar/isoDate';
import { ukDate } from '../../src/domain/lists/displayValue';
import { isInView } from '../../src/domain/lists/registerViews';
import { trackerViews } from '../../src/domain/urgentCare/trackerViews';
import { isValidNhsNumber } from '../../src/domain/validators/nhsNumber';
import { demoReferrals } from '../../workbench/demoData/urgentCareDemo';
import { demoCount, demoSeed } from '../../workbench/demoData/seed';

const sam = 'i:0#.f|membership|sam.okafor@council.example';
/** In the site's visitors group: reads everything, changes nothing. */
const jo = 'i:0#.f|membership|jo.lee@council.example';
const tracker = 'app=urgent-care';

const repositoryAs = (loginName: string) => referralsAs(`${origin()}/sites/custodian`, loginName);

async function trackerReady(page: Page): Promise<void> {
  await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
}

async function viewCount(page: Page, title: string): Promise<number> {
  const text = await page.getByRole('tab', { name: new RegExp(`^${title}`), includeHidden: true }).innerText();
  return Number(/\(([\d,]+)\)/.exec(text)?.[1].replace(/,/g, ''));
}

describe('the Urgent Care tracker in Chromium, on the demo data', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  // Its first page and count are sent before it first renders (src/apps/firstReads.ts): the screen takes them.
  it('reads the referrals once on the way to its first rows: one page, one count', async () => {
    const { page, errors } = await openPage(browser, tracker, { width: 1400, height: 900 });
    await trackerReady(page);
    const reads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => decodeURIComponent(entry.name))
        .filter((name) => name.includes("getByTitle('Urgent Care Referrals')"))
    );
    expect(reads.filter((name) => name.includes('/items?'))).toHaveLength(1);
    expect(reads.filter((name) => name.includes('$select=ItemCount'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each view’s count as the demo data has it, and narrows by search and filters', async () => {
    const demo = demoReferrals({ count: demoCount, seed: demoSeed, today: demoToday() }, [2, 3]).map((item, index) => ({
      id: index + 1,
      item,
      modified: '',
      editorId: 1
    }));
    const expected = (id: string) => demo.filter((record) => isInView(trackerViews.find((view) => view.id === id)!, record, { userId: 1, today: demoToday() })).length;

    const { page, errors } = await openPage(browser, tracker, { width: 1400, height: 900 });
    await trackerReady(page);
    expect(await viewCount(page, 'Active Referrals')).toBe(expected('active'));
    expect(await viewCount(page, 'All Discharges')).toBe(expected('discharges'));
    expect(await viewCount(page, 'All Referrals')).toBe(demoCount);
    expect(await viewCount(page, 'Changed by me')).toBe(demoCount);
    await page.screenshot({ path: path.join(screenshots, 'urgent-care-tracker.png') });

    await page.getByRole('tab', { name: /^All Referrals/ }).click();
    const someone = demo[41].item;
    await page.getByRole('searchbox', { name: 'Search by NHS number or name' }).fill(String(someone.NhsNumber).replace(/^(\d{3})(\d{3})/, '$1 $2 '));
    const sameNumber = demo.filter((record) => record.item.NhsNumber === someone.NhsNumber).length;
    await page.getByText(`Showing ${sameNumber} of 3,500 referrals in All Referrals.`).waitFor({ timeout: 10_000 });
    await page.getByRole('searchbox', { name: 'Search by NHS number or name' }).fill('');

    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('combobox', { name: /^Hospital/ }).click();
    await page.locator('label', { hasText: 'Wythenshawe Hospital' }).click();
    await page.keyboard.press('Escape');
    const atWythenshawe = demo.filter((record) => record.item.Hospital === 'Wythenshawe Hospital').length;
    await page.getByText(`Showing ${atWythenshawe.toLocaleString('en-GB')} of 3,500 referrals in All Referrals.`).waitFor({ timeout: 10_000 });

    // Views sorted by when an item was changed, or showing a column no other view shows, read what they need.
    await page.getByRole('tab', { name: /^Changed by me/ }).click();
    await page.getByText(`Showing ${atWythenshawe.toLocaleString('en-GB')} of 3,500 referrals in Changed by me.`).waitFor({ timeout: 10_000 });
    await page.getByRole('tab', { name: /^All Discharges/ }).click();
    await page.getByRole('gridcell', { name: /^\d\d [A-Z]/ }).first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says where a search finds what the view on show does not, and goes there in one step by keyboard', async () => {
    const demo = demoReferrals({ count: demoCount, seed: demoSeed, today: demoToday() }, [2, 3]).map((item, index) => ({ id: index + 1, item, modified: '', editorId: 1 }));
    const discharges = trackerViews.find((view) => view.id === 'discharges')!;
    const active = trackerViews.find((view) => view.id === 'active')!;
    const context = { userId: 1, today: demoToday() };
    // A discharged patient whose NHS number belongs to no active referral.
    const discharged = demo.find(
      (record) =>
        isInView(discharges, record, context) &&
        isValidNhsNumber(String(record.item.NhsNumber)) &&
        !demo.some((other) => other.item.NhsNumber === record.item.NhsNumber && isInView(active, other, context))
    )!;
    const sameNumber = demo.filter((record) => record.item.NhsNumber === discharged.item.NhsNumber && isInView(discharges, record, context)).length;

    const { page, errors } = await openPage(browser, tracker, { width: 1400, height: 900 });
    await trackerReady(page);
    await typeInto(page, /^Search by NHS number or name/, String(discharged.item.NhsNumber), 'searchbox');
    const elsewhere = page.getByRole('button', { name: `${sameNumber} in All Discharges` });
    await elsewhere.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('status').filter({ hasText: /^Showing 0 of [\d,]+ referrals in Active Referrals\. Found elsewhere: / }).count()).toBe(1);
    await tabTo(page, elsewhere);
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /^All Discharges/, selected: true }).waitFor();
    const status = page.getByRole('status').filter({ hasText: /^Showing \d+ of [\d,]+ referrals in All Discharges\.$/ });
    await status.waitFor();
    expect(await status.innerText()).toMatch(new RegExp(`^Showing ${sameNumber} of`));
    expect(await status.evaluate((line) => line === document.activeElement)).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search by NHS number or name' }).inputValue()).toBe(String(discharged.item.NhsNumber));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('logs a referral from the keyboard alone, edits it, and discharges it', async () => {
    const { page, errors } = await openPage(browser, tracker, { width: 1400, height: 900 });
    await trackerReady(page);
    const activeBefore = await viewCount(page, 'Active Referrals');

    await tabTo(page, page.getByRole('button', { name: 'New referral' }));
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: /new item/ }).waitFor();
    await typeInto(page, /^Patient name/, 'Keyboard Kerry');
    await typeInto(page, /^NHS number/, '9434765919');
    await chooseWithKeyboard(page, /^Hospital/, 'Salford Royal Hospital');
    await typeInto(page, /^Admission date/, ukDate(addDays(demoToday(), -3)));
    await page.keyboard.press('Tab');
    await tabTo(page, page.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await page.getByText('Referral “Keyboard Kerry” saved.').waitFor();
    expect(await viewCount(page, 'Active Referrals')).toBe(activeBefore + 1);

    await tabTo(page, page.getByRole('button', { name: 'Edit' }));
    await page.keyboard.press('Enter');
    await typeInto(page, /^Ward/, 'Stroke Unit');
    await tabTo(page, page.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await page.getByText('Changes saved.').waitFor();
    expect(await page.getByText('Ward', { exact: true }).locator('xpath=following-sibling::dd').innerText()).toBe('Stroke Unit');

    // Discharge: the destination and method appear once the status says the patient is leaving.
    await tabTo(page, page.getByRole('button', { name: 'Edit' }));
    await page.keyboard.press('Enter');
    await chooseWithKeyboard(page, /^Status/, 'Discharged');
    await typeInto(page, /^Discharge date/, ukDate(demoToday()));
    await page.keyboard.press('Tab');
    await chooseWithKeyboard(page, /^Discharge destination/, '19 Usual place of residence');
    await chooseWithKeyboard(page, /^Discharge method/, '1 Clinical advice or consent');
    await tabTo(page, page.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await page.locator('dt:text-is("Status") + dd:text-is("Discharged")').waitFor();
    expect(await page.locator('dt:text-is("Discharge date") + dd').innerText()).toBe(ukDate(demoToday()));
    expect(await viewCount(page, 'Active Referrals')).toBe(activeBefore);

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText(/^Changed by Priya Shah/).first().waitFor();
    expect(await page.getByRole('list', { name: 'Version history' }).innerText()).toMatch(/Status: Referred → Discharged/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows both versions when someone else saved first, and the merge loses nothing', async () => {
    const asSam = repositoryAs(sam);
    const added = await asSam.add({
      Title: 'Conflict Connie',
      NhsNumber: '4010232137',
      Hospital: 'Wythenshawe Hospital',
      AdmissionDate: addDays(demoToday(), -10),
      ReferralDate: addDays(demoToday(), -9),
      Status: 'Assessing',
      Ward: 'AMU'
    });
    if (added.kind !== 'saved') throw new Error(`Sam could not add the referral: ${JSON.stringify(added)}`);

    const { page, errors } = await openPage(browser, `${tracker}&item=${added.saved.id}`, { width: 1400, height: 900 });
    await page.getByRole('heading', { name: 'Conflict Connie' }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    await typeInto(page, /^Ward/, 'Ward 12');
    await typeInto(page, /^Notes/, 'Family visiting on Tuesday.');

    const [current] = await (async () => {
      const found = [];
      for await (const chunk of asSam.find([where('NhsNumber', 'eq', '4010232137')])) found.push(...chunk);
      return found;
    })();
    const theirs = await asSam.update(current, { Ward: 'Elm Ward', Status: 'Awaiting care package' });
    expect(theirs.kind).toBe('saved');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Sam Okafor changed this item while you were editing it' }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'urgent-care-merge.png') });
    expect(await page.getByText(/^Status: Assessing → Awaiting care package$/).count()).toBe(1);
    expect(await page.getByText(/^Notes: \(blank\) → Family visiting on Tuesday\.$/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save the merged item' }).click();
    await page.getByText('Choose which value to keep for Ward.').waitFor();
    await page.getByRole('radio', { name: 'Yours: Ward 12' }).check();
    await page.getByRole('button', { name: 'Save the merged item' }).click();
    await page.getByText('The merged referral is saved.').waitFor();

    const merged = await asSam.getById(added.saved.id);
    expect(merged.item).toMatchObject({ Ward: 'Ward 12', Status: 'Awaiting care package', Notes: 'Family visiting on Tuesday.' });
    // The browser reports SharePoint's 412 (the stale save) itself; nothing else may go wrong.
    expect(errors.filter((error) => !/status of 412 \(Precondition Failed\)/.test(error))).toEqual([]);
    await page.close();
  });

  it('brings back what was typed after a reload', async () => {
    const { page, errors } = await openPage(browser, tracker);
    await trackerReady(page);
    await page.getByRole('button', { name: 'New referral' }).click();
    await typeInto(page, /^Patient name/, 'Draft Dora');
    await typeInto(page, /^Ward/, 'Oak Ward');
    await page.reload();
    await trackerReady(page);
    await page.getByRole('button', { name: 'New referral' }).click();
    await page.getByText('What you typed before was not saved, so it has been brought back.').waitFor();
    expect(await page.getByRole('textbox', { name: /^Patient name/ }).inputValue()).toBe('Draft Dora');
    expect(await page.getByRole('textbox', { name: /^Ward/ }).inputValue()).toBe('Oak Ward');
    await page.getByRole('button', { name: 'Discard the draft' }).click();
    expect(await page.getByRole('textbox', { name: /^Patient name/ }).inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the view to CSV and Excel with formulas neutralised', async () => {
    const added = await repositoryAs(sam).add({
      Title: '=HYPERLINK("http://evil.example","Click")',
      NhsNumber: '9434765870',
      Hospital: 'Other hospital',
      AdmissionDate: addDays(demoToday(), -2),
      ReferralDate: addDays(demoToday(), -1),
      Status: 'Referred'
    });
    expect(added.kind).toBe('saved');
    const { page, errors } = await openPage(browser, tracker, { width: 1400, height: 900 });
    await trackerReady(page);
    await page.getByRole('searchbox', { name: 'Search by NHS number or name' }).fill('943 476 5870');
    await page.getByText('Showing 1 of').waitFor();

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await new Response((await csvDownload.createReadStream()) as unknown as ReadableStream).text();
    const rows = parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0].slice(0, 3)).toEqual(['ID', 'Patient name', 'NHS number']);
    expect(rows[1][1]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(rows[1][2]).toBe('943 476 5870');

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Excel' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toBe(`Active Referrals ${demoToday()}.xlsx`);
    const chunks: Buffer[] = [];
    for await (const chunk of await xlsxDownload.createReadStream()) chunks.push(chunk as Buffer);
    const zip = await JSZip.loadAsync(Buffer.concat(chunks));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(sheetXml).not.toMatch(/<f>/);
    expect(`${sheetXml}${strings}`).toContain('<t>\'=HYPERLINK(');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens at a referral from a deep link, and lays out compactly in a Teams tab', async () => {
    const { page, errors } = await openPage(browser, `${tracker}&host=teamsTab&theme=dark&item=1`, { width: 800, height: 700 });
    await page.getByRole('heading', { name: String(demoReferrals({ count: demoCount, seed: demoSeed, today: demoToday() }, [2, 3])[0].Title) }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Link to this referral' }).inputValue()).toMatch(/[?&]item=1\b/);
    await page.screenshot({ path: path.join(screenshots, 'urgent-care-teams-item.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['sharepoint', 'dark', 'contrast'])('has no axe violations in the %s theme: grid, form and report', async (theme) => {
    const { page, errors } = await openPage(browser, `${tracker}&theme=${theme}`, { width: 1400, height: 900 });
    await trackerReady(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New referral' }).click();
    await page.getByRole('form', { name: /new item/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `urgent-care-form-${theme}.png`) });
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('tab', { name: 'Daily report' }).click();
    await page.getByRole('heading', { name: 'Referrals and discharges by week' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `urgent-care-report-${theme}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  // It saves a referral, so it runs here, after this file's counts, not in a file running beside them.
  it('says before saving what the stewards will chase and that the referral may already exist, then keeps focus where a keyboard user expects it', async () => {
    const existing = demoReferrals({ count: demoCount, seed: demoSeed, today: demoToday() }, [2, 3]).find((row) => isValidNhsNumber(String(row.NhsNumber)))!;
    const { page, errors } = await openPage(browser, 'app=urgent-care', { width: 1300, height: 900 });
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
    await tabTo(page, page.getByRole('button', { name: 'New referral' }));
    await page.keyboard.press('Enter');
    // Focus starts in the first field, not on the panel's close button: a name's space types a space.
    await page.waitForFunction(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return active?.tagName === 'INPUT' && active === active.closest('form')?.querySelector('input');
    });
    await page.keyboard.type('Ann Other');
    expect(await page.getByRole('textbox', { name: /^Patient name/ }).inputValue()).toBe('Ann Other');
    await typeInto(page, /^Patient name/, 'Duplicate Dora');
    await typeInto(page, /^NHS number/, String(existing.NhsNumber));
    await typeInto(page, /^Admission date/, ukDate(String(existing.AdmissionDate)));
    await page.keyboard.press('Tab');
    await page.getByText('Urgent Care Referrals already has an item with the same NHS number and admission date.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save anyway' }).waitFor();
    await page.getByText('This can be saved, but the data stewards will be asked about:').waitFor();
    // In the data-quality check's own words: the form warns of exactly what the stewards' tab will count.
    expect(await page.getByText('The discharge pathway must be filled in.').count()).toBe(1);
    await page.getByRole('button', { name: new RegExp(`^Open ${String(existing.Title)}`) }).click();
    await page.getByRole('heading', { name: String(existing.Title) }).first().waitFor();

    // A new, different referral: saved, focus on what happened; then Edit puts focus in the first field.
    await page.getByRole('button', { name: 'Close', exact: true }).first().click();
    await tabTo(page, page.getByRole('button', { name: 'New referral' }));
    await page.keyboard.press('Enter');
    // What was typed for the duplicate is kept as a draft: start afresh.
    await page.getByRole('button', { name: 'Discard the draft' }).click();
    await typeInto(page, /^Patient name/, 'Focus Fiona');
    await typeInto(page, /^NHS number/, '9434765919');
    await chooseWithKeyboard(page, /^Hospital/, 'Wythenshawe Hospital');
    await typeInto(page, /^Admission date/, ukDate(demoToday()));
    await page.keyboard.press('Tab');
    await tabTo(page, page.getByRole('button', { name: /^Save/ }));
    await page.keyboard.press('Enter');
    await page.getByText('Referral “Focus Fiona” saved.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Referral “Focus Fiona” saved.');
    await tabTo(page, page.getByRole('button', { name: 'Edit' }));
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: /edit item/ }).waitFor();
    // The form takes focus as it mounts: on a loaded machine that is a moment after it appears.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'Focus Fiona', undefined, { timeout: 5_000 });
    expect(await page.getByText('Referral “Focus Fiona” saved.').count()).toBe(0);

    // Cancel throws the change away: the next Edit starts from what is saved, with no draft to restore.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Cancelled Carl');
    await tabTo(page, page.getByRole('button', { name: 'Cancel', exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Edit' }));
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: /edit item/ }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Patient name/ }).inputValue()).toBe('Focus Fiona');
    expect(await page.getByRole('button', { name: 'Discard the draft' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('offers a site visitor, who may only read, no way to add, import or edit a referral', async () => {
    const { page, errors } = await openPage(browser, tracker, { width: 1300, height: 900 }, origin(), jo);
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: 'New referral' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import from a spreadsheet' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    await page.getByRole('button', { name: /^Open / }).first().click();
    await page.getByRole('tab', { name: 'Details', selected: true }).waitFor();
    await page.getByRole('tab', { name: 'History' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
