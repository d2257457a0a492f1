import type { Browser, Frame } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { openWebPart, readPackage, type HostedWebPart, type PackageAssets, type SpfxSite, type TeamsTab } from '../support/spfxRuntime/spfxHost';
import { axeViolations } from '../support/workbenchPage';
import { startWorkbench, type RunningWorkbench } from '../../workbench/server';
import { demoFoiOfficer, prepareSite } from '../../workbench/prepareSite';
import { londonDateOf } from '../../src/domain/calendar/londonTime';
import { collectPages, createRepository } from '../../src/data/repository';
import { spForSite } from '../../src/data/sharePoint';
import { dataBreaches, foiRequests, urgentCareReferrals } from '../../src/domain/registers';
import { isValidNhsNumber } from '../../src/domain/validators/nhsNumber';
import { ruleSentence } from '../../src/domain/lists/ruleSentence';

// The package a council installs, booted by Microsoft's own SPFx runtime from node_modules, on a SharePoint
// page and in a Teams tab, against an emulated site under a tenant's address. Each boot is seconds of
// framework code: these are the journeys that touch the web part host, Teams and chunk loading.
const owner = 'i:0#.f|membership|priya.shah@council.example';
const firstScreens: Record<string, RegExp> = {
  'Urgent Care Tracker': /^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/,
  'FOI Log': /^Showing [\d,]+ of [\d,]+ requests in Open\.$/,
  'Data Quality': /items checked against \d+ rules/,
  'Data Wiki': /^Showing \d+ of \d+ datasets\.$/,
  // Placed on a page and not yet set: it offers the registers it can show.
  'Custodian register': /^This web part has not been set to show a register yet/
};

let workbench: RunningWorkbench;
let pkg: PackageAssets;
let site: SpfxSite;
let browser: Browser;

async function open(webPart: string, options: { user?: string; teams?: TeamsTab; width?: number; query?: string; properties?: Record<string, unknown> } = {}): Promise<HostedWebPart> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1366, height: 900 } });
  return openWebPart(context, { site, pkg, user: options.user ?? owner, webPart, teams: options.teams, query: options.query, properties: options.properties });
}

/** Chooses an option of a Fluent dropdown, by the dropdown's label. */
async function choose(frame: Frame, label: RegExp, option: string): Promise<void> {
  await frame.getByRole('combobox', { name: label }).click();
  await frame.getByRole('option', { name: option, exact: true }).click();
}

async function firstScreen(frame: Frame, webPart: string): Promise<void> {
  await frame.getByText(firstScreens[webPart]).first().waitFor({ timeout: 30_000 });
}

/** The first item of a register that `wanted` picks, as the site holds it now. */
async function firstWhere<R extends typeof urgentCareReferrals | typeof foiRequests>(register: R, wanted: (item: Record<string, unknown>) => boolean): Promise<number> {
  for await (const page of createRepository(spForSite(workbench.siteUrl), register, () => new Date()).all()) {
    const found = page.find(({ item }) => wanted(item as Record<string, unknown>));
    if (found) return found.id;
  }
  throw new Error(`No item of ${register.title} is the one the test needs.`);
}

/** Nothing unexpected happened on the way: then the browser context goes. */
async function closeClean(hosted: HostedWebPart): Promise<void> {
  expect(hosted.problems()).toEqual([]);
  await hosted.page.context().close();
}

const background = (frame: Frame): Promise<string> => frame.evaluate(() => getComputedStyle(document.querySelector('#webpart > *') ?? document.body).backgroundColor);

describe('the package in Microsoft’s SPFx runtime', () => {
  beforeAll(async () => {
    // The demo site as `npm start` prepares it, in memory; the pages reach it in-process, not over HTTP.
    workbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
    await prepareSite(workbench, londonDateOf(Date.now()));
    site = { origin: 'https://council.sharepoint.com', sitePath: '/sites/custodian', emulator: workbench.emulator };
    pkg = await readPackage();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  it.each(Object.keys(firstScreens))('loads %s on a SharePoint page from the package’s own chunks, every icon registered, nothing unexpected asked', async (webPart) => {
    const hosted = await open(webPart, { user: webPart === 'FOI Log' ? demoFoiOfficer : owner });
    await firstScreen(hosted.frame, webPart);
    // Fluent warns of an unregistered icon two seconds after it is drawn.
    await hosted.page.waitForTimeout(2500);
    expect(await axeViolations(hosted.frame, { network: false })).toEqual([]);
    await closeClean(hosted);
  }, 90_000);

  it('finds, edits and saves a referral on a SharePoint page', async () => {
    const referrals = createRepository(spForSite(workbench.siteUrl), urgentCareReferrals, () => new Date());
    const [first] = (await referrals.all().next()).value!;
    const hosted = await open('Urgent Care Tracker');
    const { frame } = hosted;
    await firstScreen(frame, 'Urgent Care Tracker');
    await frame.getByRole('tab', { name: /^All Referrals/ }).click();
    await frame.getByRole('searchbox', { name: 'Search by NHS number or name' }).fill(String(first.item.NhsNumber));
    await frame.getByRole('button', { name: new RegExp(`^Open ${String(first.item.Title)}`) }).first().click();
    await frame.getByRole('button', { name: 'Edit' }).click();
    const ward = frame.getByRole('textbox', { name: /^Ward/ });
    await ward.fill('Runtime Ward');
    await frame.getByRole('button', { name: /^Save/ }).click();
    await frame.getByText('Changes saved.').waitFor();
    expect((await referrals.getById(first.id)).item.Ward).toBe('Runtime Ward');
    await closeClean(hosted);
  }, 90_000);

  it('takes an FOI request, opened from its link, through a step as an FOI officer', async () => {
    const requests = createRepository(spForSite(workbench.siteUrl), foiRequests, () => new Date());
    // Open, with a directorate contact already: reassigning it needs nothing typed.
    const target = await firstWhere(foiRequests, (item) => !item.ResponseDate && item.Status === 'With directorate' && Boolean(item.DirectorateContact && item.Directorate));
    const hosted = await open('FOI Log', { user: demoFoiOfficer, query: `item=${target}` });
    const { frame } = hosted;
    const steps = frame.getByRole('group', { name: 'Next steps' });
    await steps.waitFor({ timeout: 30_000 });
    await steps.getByRole('button', { name: 'Reassign' }).click();
    await frame.getByRole('region', { name: 'Reassign' }).locator('button[type="submit"]').click();
    await frame.getByRole('status').filter({ hasText: 'Reassign: done.' }).waitFor();
    expect((await requests.getById(target)).item.AssignedDate).toBe(londonDateOf(Date.now()));
    await closeClean(hosted);
  }, 90_000);

  it('finds a field of the dictionary from a typo in the Data Wiki', async () => {
    const hosted = await open('Data Wiki');
    const { frame } = hosted;
    await firstScreen(frame, 'Data Wiki');
    await frame.getByRole('searchbox', { name: 'Search the wiki' }).fill('dischrge redy');
    await frame.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ hasText: 'Discharge ready date — Field of Urgent Care Referrals' }).first().waitFor();
    await closeClean(hosted);
  }, 90_000);

  it('opens the tracker in a Teams tab at the referral a deep link names, laid out for the tab', async () => {
    const referrals = createRepository(spForSite(workbench.siteUrl), urgentCareReferrals, () => new Date());
    const [, second] = (await referrals.all().next()).value!;
    const hosted = await open('Urgent Care Tracker', { teams: { theme: 'dark', subPageId: String(second.id) }, width: 800 });
    const { frame } = hosted;
    await frame.getByRole('dialog').getByText(String(second.item.Title)).first().waitFor({ timeout: 30_000 });
    // It knows it is in Teams: the compact layout, and the tab named for screen readers (the panel, a modal,
    // hides the page behind it from them, so these are found by their elements).
    const padding = await frame.locator('section > h2', { hasText: 'Urgent Care Tracker' }).evaluate((heading) => getComputedStyle(heading.closest('section')!).paddingTop);
    expect(padding).toBe('8px');
    expect(await frame.locator('h1').innerText()).toBe('Custodian');
    await closeClean(hosted);
  }, 90_000);

  const themed = ['Urgent Care Tracker', 'Data Quality'].flatMap((webPart) => (['default', 'dark', 'contrast'] as const).map((theme) => [webPart, theme] as const));
  it.each(themed)('follows Teams’ theme in the %s tab, starting %s, and its change, and is axe-clean', async (webPart, theme) => {
    const hosted = await open(webPart, { teams: { theme }, width: 1000 });
    await firstScreen(hosted.frame, webPart);
    expect(await hosted.teamsCalls()).toEqual(expect.arrayContaining(['initialize', 'getContext']));
    const before = await background(hosted.frame);
    expect(await axeViolations(hosted.frame, { network: false })).toEqual([]);
    const other = theme === 'dark' ? 'default' : 'dark';
    await hosted.setTeamsTheme(other);
    await hosted.frame.waitForFunction((was) => getComputedStyle(document.querySelector('#webpart > *') ?? document.body).backgroundColor !== was, before);
    expect(await axeViolations(hosted.frame, { network: false })).toEqual([]);
    await closeClean(hosted);
  }, 90_000);

  it('opens the Data Quality tab at the item a Teams deep link names, and saves a fix there', async () => {
    const referrals = createRepository(spForSite(workbench.siteUrl), urgentCareReferrals, () => new Date());
    const target = await firstWhere(urgentCareReferrals, (item) => item.Status === 'Discharged' && item.DischargeDate === null && isValidNhsNumber(String(item.NhsNumber)));
    const rule = 'discharge-date-when-discharged';
    const hosted = await open('Data Quality', { teams: { theme: 'default', subPageId: `urgentCareReferrals/${rule}/${target}` } });
    const { frame } = hosted;
    await frame.getByRole('heading', { name: new RegExp(`\\(item ${target}\\)$`) }).waitFor({ timeout: 30_000 });
    const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
    await frame.getByRole('textbox', { name: /^Discharge date/ }).fill(today);
    await frame.getByRole('textbox', { name: /^Discharge date/ }).press('Tab');
    await frame.getByRole('button', { name: 'Save and go to next' }).click();
    await frame.getByText(/^Saved /).waitFor();
    expect((await referrals.getById(target)).item.DischargeDate).not.toBeNull();
    await closeClean(hosted);
  }, 90_000);

  it('logs a personal data breach in the register web part, shows it overdue for the ICO, and a steward puts it right on the Data Quality tab', async () => {
    const breaches = createRepository(spForSite(workbench.siteUrl), dataBreaches, () => new Date());
    // Four days ago, by UK clocks: the ICO's 72 hours have passed.
    const aware = new Date(Date.now() - 4 * 86_400_000);
    const typedAware = aware.toLocaleString('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).replace(',', '');
    const logged = await open('Custodian register', { properties: { register: 'dataBreaches' } });
    let { frame } = logged;
    await frame.getByText(/^Showing \d+ of \d+ breaches in Open\.$/).waitFor({ timeout: 30_000 });
    await frame.getByRole('button', { name: 'New breach' }).click();
    await frame.getByRole('textbox', { name: /^Breach summary/ }).fill('Care plan emailed to the wrong family');
    await frame.getByRole('textbox', { name: /^Time the council became aware/ }).fill(typedAware);
    await choose(frame, /^Directorate/, 'Adults and Wellbeing');
    await choose(frame, /^Kind of breach/, 'Confidentiality');
    await frame.getByRole('textbox', { name: /^What happened/ }).fill('A social worker sent one family’s care plan to another family by email.');
    await choose(frame, /^ICO decision/, 'Reportable');
    await frame.getByRole('button', { name: /^Save/ }).click();
    await frame.getByText('Breach “Care plan emailed to the wrong family” saved.').waitFor();
    await frame.getByRole('button', { name: 'Close', exact: true }).first().click();
    await frame.getByRole('tab', { name: /^Overdue for the ICO/ }).click();
    await frame.getByText(/^Showing 1 of 1 breaches in Overdue for the ICO\.$/).waitFor();
    const [saved] = (await collectPages(breaches.all())).filter((breach) => breach.item.Title === 'Care plan emailed to the wrong family');
    await closeClean(logged);

    const steward = await open('Data Quality', { query: `item=${encodeURIComponent(`dataBreaches/ico-told-in-time/${saved.id}`)}` });
    ({ frame } = steward);
    await frame.getByRole('heading', { name: new RegExp(`\\(item ${saved.id}\\)$`) }).waitFor({ timeout: 30_000 });
    const late = dataBreaches.rules.find((rule) => rule.id === 'ico-told-in-time')!;
    await frame.getByText(ruleSentence(late, dataBreaches.fields)).first().waitFor();
    const now = new Date().toLocaleString('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).replace(',', '');
    await frame.getByRole('textbox', { name: /^Time the ICO was told/ }).fill(now);
    await frame.getByRole('button', { name: 'Save and go to next' }).click();
    // Told late: the register asks why, beside the field it needs.
    const reason = frame.getByRole('textbox', { name: /^Reason for reporting late/ });
    await reason.waitFor();
    await reason.fill('The family told us on a Friday night; the data protection officer was reached on Monday.');
    await frame.getByRole('button', { name: 'Save and go to next' }).click();
    await frame.getByText(/^Saved Care plan emailed to the wrong family\./).waitFor();
    const fixed = (await breaches.getById(saved.id)).item;
    expect(fixed.IcoReportedAt).not.toBeNull();
    expect(fixed.DelayReason).toMatch(/^The family told us/);
    await closeClean(steward);
  }, 120_000);
});
