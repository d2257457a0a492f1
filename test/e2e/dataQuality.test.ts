import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { referralsAs } from '../support/referralsAs';
import { axeViolations, demoToday, openPage as openSharedPage, privateWorkbench, screenshots, tabTo } from '../support/workbenchPage';
import type { RunningWorkbench } from '../../workbench/server';
import { spForSite } from '../../src/data/sharePoint';
import { createRepository } from '../../src/data/repository';
import { ukDate } from '../../src/domain/lists/displayValue';
import { urgentCareReferrals } from '../../src/domain/registers';
import { addDays } from '../../src/domain/calendar/isoDate';
import type { Register } from '../../src/domain/lists/defineList';
import { createQualityStore } from '../../src/data/qualityStore';
import { checkRegister } from '../../src/data/qualityRuns';
import { qualityChecks } from '../../src/domain/quality/qualityChecks';
import { isValidNhsNumber } from '../../src/domain/validators/nhsNumber';

const rule = 'discharge-date-when-discharged';
/** In the site's visitors group: reads everything, changes nothing. */
const visitor = 'i:0#.f|membership|jo.lee@council.example';
const register = urgentCareReferrals as unknown as Register;
const ruleSentence = 'When the status is Discharged, the discharge date must be filled in.';
// Fixes and exceptions change the referrals, so this file has a workbench of its own: the tracker's tests
// count the demo data as generated, at the same time, on the shared one.
let workbench: RunningWorkbench;
const openPage = (browser: Browser, query: string, viewport: { width: number; height: number }) => openSharedPage(browser, query, viewport, workbench.origin);
const referrals = () => createRepository(spForSite(workbench.siteUrl), urgentCareReferrals, () => new Date());

/** Referrals marked Discharged with no discharge date, read from the site now and found without the engine. */
async function dischargedWithoutDate(): Promise<Array<{ id: number; validNhsNumber: boolean }>> {
  const found: Array<{ id: number; validNhsNumber: boolean }> = [];
  for await (const page of referrals().all()) {
    for (const { id, item } of page) {
      if (item.Status === 'Discharged' && item.DischargeDate === null) found.push({ id, validNhsNumber: isValidNhsNumber(String(item.NhsNumber)) });
    }
  }
  return found;
}

async function checksDone(page: Page): Promise<void> {
  await page.getByText(/items checked against \d+ rules/).waitFor({ timeout: 20_000 });
}

/** The rule's row in the rule table: failing and excepted counts. */
async function ruleCounts(page: Page): Promise<{ failing: number; excepted: number }> {
  const row = page.getByRole('row', { name: new RegExp(`^${ruleSentence.replace(/[.]/g, '\\.')}`) });
  const cells = await row.getByRole('cell').allInnerTexts();
  const number = (text: string): number => Number(text.replace(/,/g, ''));
  return { failing: number(cells[2]), excepted: number(cells[3]) };
}

async function openTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** As a keyboard user moves between tabs: Shift+Tab back into the tab list, Home, arrow keys along, Enter. */
async function openTabByKeyboard(page: Page, name: string): Promise<void> {
  const tabs = page.getByRole('tablist').filter({ has: page.getByRole('tab', { name: 'Audit' }) });
  await tabTo(page, tabs, { backwards: true });
  await page.keyboard.press('Home');
  const target = tabs.getByRole('tab', { name: new RegExp(`^${name}`) });
  for (let presses = 0; presses < 6 && !(await target.evaluate((tab) => tab === document.activeElement)); presses++) {
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Enter');
  await tabs.getByRole('tab', { name: new RegExp(`^${name}`), selected: true }).waitFor();
}

describe('the data-quality tab in Chromium, on the demo data', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    workbench = await privateWorkbench();
    // Yesterday's run, stored as the tab would have stored it then: the trend has two days to draw.
    const sp = spForSite(workbench.siteUrl);
    const yesterday = () => new Date(Date.now() - 86_400_000);
    await checkRegister(sp, createQualityStore(sp, yesterday), register, qualityChecks(register), yesterday, { record: 'always', historyDays: 1 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  it('lists the referrals discharged without a date; a fix from the queue, by keyboard alone, takes one off and is audited', async () => {
    const expected = await dischargedWithoutDate();
    expect(expected.length).toBeGreaterThan(250);
    // One whose NHS number is valid, so the discharge date is all the save needs.
    const position = expected.findIndex((referral) => referral.validNhsNumber);
    const [fixing, following] = [expected[position].id, expected[position + 1].id];
    const { page, errors } = await openPage(browser, `app=data-quality&item=urgentCareReferrals/${rule}/${fixing}`, { width: 1300, height: 900 });
    await checksDone(page);
    await page.getByText(`Item ${position + 1} of ${expected.length.toLocaleString('en-GB')}`, { exact: true }).waitFor();
    await page.getByRole('heading', { name: new RegExp(`\\(item ${fixing}\\)$`) }).waitFor();
    // The facts a steward needs to choose the date: when the patient came in, was referred and was ready.
    const facts = page.getByRole('definition');
    const about = page.locator('dl[aria-label="About this item"]');
    const item = (await referrals().getById(fixing)).item;
    expect(await about.locator('dt:text-is("Admission date") + dd').innerText()).toBe(ukDate(item.AdmissionDate));
    expect(await about.locator('dt:text-is("Referral date") + dd').innerText()).toBe(ukDate(item.ReferralDate));
    expect(await facts.count()).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(screenshots, 'data-quality-queue.png') });

    await tabTo(page, page.getByRole('textbox', { name: /^Discharge date/ }));
    await page.keyboard.type(ukDate(demoToday()));
    await page.keyboard.press('Tab');
    await tabTo(page, page.getByRole('button', { name: 'Save and go to next' }));
    await page.keyboard.press('Enter');
    await page.getByText(`Item ${position + 1} of ${(expected.length - 1).toLocaleString('en-GB')}`, { exact: true }).waitFor();
    const next = page.getByRole('heading', { name: new RegExp(`\\(item ${following}\\)$`) });
    await next.waitFor();
    expect(await next.evaluate((heading) => heading === document.activeElement)).toBe(true);
    expect((await referrals().getById(fixing)).item.DischargeDate).toBe(demoToday());

    await openTabByKeyboard(page, 'Audit');
    const audit = page.getByRole('row', { name: new RegExp(`Priya Shah Fixed .*\\(item ${fixing}\\) When the status is Discharged`) });
    await audit.waitFor();
    expect(await audit.innerText()).toContain('Changed Discharge date');

    await openTabByKeyboard(page, 'Rules');
    expect(await ruleCounts(page)).toEqual({ failing: expected.length - 1, excepted: 0 });
    expect(await page.getByText(/Fixed through this tab this week: [1-9]/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never asks for a delay reason for a cancelled referral, or one marked discharged', async () => {
    const expected: number[] = [];
    for await (const page of referrals().all()) {
      for (const { id, item } of page) {
        if (item.DischargeReadyDate && item.DischargeReadyDate < demoToday() && !item.DischargeDate && !item.DelayReason && !['Cancelled', 'Discharged'].includes(item.Status)) expected.push(id);
      }
    }
    const { page, errors } = await openPage(browser, `app=data-quality&item=urgentCareReferrals/delay-reason-when-ready-and-in-hospital/${expected[0]}`, { width: 1300, height: 900 });
    await checksDone(page);
    await page.getByText(`Item 1 of ${expected.length.toLocaleString('en-GB')}`, { exact: true }).waitFor();
    // The status is one of the rule's own fields, so it is in the form to change, not among the facts.
    const status = await page.getByRole('combobox', { name: /^Status/ }).innerText();
    expect(['Cancelled', 'Discharged']).not.toContain(status.trim());
    expect(await page.locator('dl[aria-label="About this item"] dt:text-is("Admission date")').count()).toBe(1);
    const listForm = await page.getByRole('link', { name: /^Open it in the Urgent Care Referrals list/ }).getAttribute('href');
    expect(listForm).toMatch(new RegExp(`/sites/custodian/Lists/UrgentCareReferrals/DispForm\\.aspx\\?ID=${expected[0]}$`));
    const followed = await page.request.get(listForm!);
    expect([followed.status(), await followed.text()]).toEqual([501, expect.stringContaining('not SharePoint’s own pages') as unknown as string]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('merges with a colleague’s change made while the item was open in the queue, losing neither', async () => {
    const expected = await dischargedWithoutDate();
    const { id } = expected.filter((referral) => referral.validNhsNumber)[1];
    const { page, errors } = await openPage(browser, `app=data-quality&item=urgentCareReferrals/${rule}/${id}`, { width: 1300, height: 900 });
    await checksDone(page);
    await page.getByRole('heading', { name: new RegExp(`\\(item ${id}\\)$`) }).waitFor();

    // Sam puts the same referral right from the tracker, with another date and a note, a moment earlier.
    const asSam = referralsAs(workbench.siteUrl, 'i:0#.f|membership|sam.okafor@council.example');
    const open = await asSam.getById(id);
    const samsDate = addDays(demoToday(), -1);
    expect((await asSam.update(open, { DischargeDate: samsDate, Notes: 'Went home on the Friday.' })).kind).toBe('saved');

    await page.getByRole('textbox', { name: /^Discharge date/ }).fill(ukDate(demoToday()));
    await page.getByRole('button', { name: 'Save and go to next' }).click();
    await page.getByRole('heading', { name: 'Sam Okafor changed this item while you were editing it' }).waitFor();
    expect(await page.getByText(/^Notes: \(blank\) → Went home on the Friday\.$/).count()).toBe(1);
    await page.getByRole('radio', { name: `Sam Okafor’s: ${ukDate(samsDate)}` }).check();
    await page.getByRole('button', { name: 'Save the merged item' }).click();
    await page.getByText(/^Saved /).waitFor();
    expect((await referrals().getById(id)).item).toMatchObject({ DischargeDate: samsDate, Notes: 'Went home on the Friday.' });
    // The browser reports SharePoint's 412 (the stale save) itself; nothing else may go wrong.
    expect(errors.filter((error) => !/status of 412 \(Precondition Failed\)/.test(error))).toEqual([]);
    await page.close();
  });

  it('drops from the queue an item a colleague put right after the checks ran, once the queue reads it, and never shows it', async () => {
    const expected = await dischargedWithoutDate();
    const [shown, following, puttingRight, after] = expected.slice(10, 14).map((referral) => referral.id);
    const { page, errors } = await openPage(browser, `app=data-quality&item=urgentCareReferrals/${rule}/${shown}`, { width: 1300, height: 900 });
    await checksDone(page);
    await page.getByRole('heading', { name: new RegExp(`\\(item ${shown}\\)$`) }).waitFor();
    await page.getByText(`Item 11 of ${expected.length.toLocaleString('en-GB')}`, { exact: true }).waitFor();

    // Sam enters the discharge date from the tracker: the run's copy of the referral is now out of date.
    const asSam = referralsAs(workbench.siteUrl, 'i:0#.f|membership|sam.okafor@council.example');
    const samsDate = addDays(demoToday(), -2);
    expect((await asSam.update(await asSam.getById(puttingRight), { DischargeDate: samsDate })).kind).toBe('saved');

    await page.getByRole('button', { name: 'Skip to next' }).click();
    await page.getByRole('heading', { name: new RegExp(`\\(item ${following}\\)$`) }).waitFor();
    // Reading the item after this one whole finds Sam's change: the checks take it, and the queue is one shorter.
    await page.getByText(`Item 12 of ${(expected.length - 1).toLocaleString('en-GB')}`, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Skip to next' }).click();
    await page.getByRole('heading', { name: new RegExp(`\\(item ${after}\\)$`) }).waitFor();
    expect((await referrals().getById(puttingRight)).item.DischargeDate).toBe(samsDate);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes an excepted item out of the count, lists the exception, and counts it again when reverted', async () => {
    const { page, errors } = await openPage(browser, `app=data-quality&item=urgentCareReferrals/${rule}`, { width: 1300, height: 900 });
    await checksDone(page);
    const before = await ruleCounts(page);

    await openTab(page, /^Fix queue/);
    const item = (await page.getByRole('heading', { name: /\(item \d+\)$/ }).innerText()).match(/item (\d+)/)![1];
    // By keyboard: the form takes focus when it opens, and Cancel gives it back to the button that opened it.
    const exceptButton = page.getByRole('button', { name: 'Record an exception instead…' });
    await tabTo(page, exceptButton);
    await page.keyboard.press('Enter');
    const exceptionForm = page.getByRole('form', { name: 'Record an exception' });
    await exceptionForm.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('form[aria-label="Record an exception"]') != null);
    await tabTo(page, exceptionForm.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await exceptionForm.waitFor({ state: 'detached' });
    expect(await exceptButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('label', { hasText: 'Not applicable: patient died' }).click();
    await page.getByRole('radio', { name: 'Not applicable: patient died', checked: true }).waitFor();
    await page.getByRole('textbox', { name: 'Explanation' }).fill('Died on the ward; the hospital records no discharge.');
    await page.getByRole('button', { name: 'Save exception' }).click();
    await page.getByText(/^Exception recorded for /).waitFor();

    await openTab(page, /^Rules/);
    expect(await ruleCounts(page)).toEqual({ failing: before.failing - 1, excepted: 1 });
    await openTab(page, /^Exceptions/);
    const row = page.getByRole('row', { name: new RegExp(`\\(item ${item}\\) `) });
    expect(await row.innerText()).toContain('Not applicable: patient died: Died on the ward');
    await row.getByRole('button', { name: /^Revert/ }).click();
    await row.getByText(/^Reverted .* by Priya Shah$/).waitFor();

    await openTab(page, /^Rules/);
    expect(await ruleCounts(page)).toEqual(before);
    await openTab(page, /^Audit/);
    // The audit is a tab of its own, rendered once its code is in: wait for it before counting its rows.
    const auditRows = page.getByRole('row', { name: new RegExp(`Priya Shah (Excepted|Reverted) .*\\(item ${item}\\) `) });
    await auditRows.first().waitFor();
    expect(await auditRows.count()).toBe(2);
    // Newest first, with the time of day: the revert just made heads the audit.
    const newest = page.getByRole('row').nth(1);
    expect(await newest.innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}\s+Priya Shah\s+Reverted/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a site visitor, who may only read, what is wrong but offers no fix, no exception and no revert', async () => {
    // An active exception recorded by a steward: the visitor sees it, and no way to revert it.
    const [excepted] = await dischargedWithoutDate();
    const steward = workbench.emulator.site.userByLogin('priya.shah@council.example')!;
    const outcome = await createQualityStore(spForSite(workbench.siteUrl), () => new Date()).addException(
      { register: register.name, checkId: rule, itemId: excepted.id, reason: 'Not applicable: patient died', explanation: 'Recorded for the visitor test.', summary: `Item ${excepted.id}` },
      { id: steward.id, title: steward.title, email: steward.email }
    );
    expect(outcome.kind).toBe('saved');
    const { page, errors } = await openSharedPage(browser, `app=data-quality&item=urgentCareReferrals/${rule}`, { width: 1300, height: 900 }, workbench.origin, visitor);
    await checksDone(page);
    await openTab(page, /^Fix queue/);
    await page.getByText(/SharePoint does not let you change items in Urgent Care Referrals/).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: 'Save and go to next' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Record an exception instead…' }).count()).toBe(0);
    await openTab(page, /^Exceptions/);
    await page.getByRole('row', { name: new RegExp(`\\(item ${excepted.id}\\) .*Recorded for the visitor test\\.`) }).waitFor();
    expect(await page.getByRole('button', { name: /^Revert/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a Teams channel tab, and a link to a rule opens its failing items', async () => {
    const { page, errors } = await openPage(browser, `app=data-quality&host=teamsTab&theme=dark&item=urgentCareReferrals/${rule}`, { width: 800, height: 700 });
    await checksDone(page);
    await page.getByRole('heading', { name: /^Failing items \(/ }).waitFor();
    expect(await page.getByRole('tab', { name: 'Rules', selected: true }).count()).toBe(1);
    await page.screenshot({ path: path.join(screenshots, 'data-quality-teams-dark.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['sharepoint', 'dark', 'contrast'])('has no axe violations in the %s theme: scores, rules, queue, exception, audit', async (theme) => {
    const { page, errors } = await openPage(browser, `app=data-quality&theme=${theme}&item=urgentCareReferrals/${rule}`, { width: 1300, height: 900 });
    await checksDone(page);
    await page.getByRole('heading', { name: /^Failing items \(/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openTab(page, /^Scores/);
    // What the steward has to act on leads, before any percentage.
    const firstCard = page.getByRole('list', { name: 'What to put right, and scores by dimension' }).getByRole('listitem').first();
    expect(await firstCard.innerText()).toMatch(/^Items to put right\s+[\d,]+\s+of [\d,]+ items fail at least one check/);
    for (const day of [demoToday(), addDays(demoToday(), -1)]) await page.getByRole('rowheader', { name: ukDate(day) }).waitFor();
    await page.getByRole('listbox', { name: 'Legends' }).getByRole('option', { name: 'Timeliness' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `data-quality-scores-${theme}.png`), fullPage: true });
    await openTab(page, /^Fix queue/);
    await page.getByRole('button', { name: 'Record an exception instead…' }).click();
    await page.getByRole('button', { name: 'Save exception' }).click();
    await page.getByText('Select why the rule does not apply to this item.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openTab(page, /^Exceptions/);
    expect(await axeViolations(page)).toEqual([]);
    await openTab(page, /^Audit/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
