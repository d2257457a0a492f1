import * as path from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { parse } from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { launchChromium } from '../support/chromium';
import { axeViolations, chooseWithKeyboard, demoToday, openPage, origin, screenshots, tabTo, typeInto } from '../support/workbenchPage';
import { spForSite } from '../../src/data/sharePoint';
import { fetchSignedInAs } from '../../workbench/emulator/signIn';
import { foiDeadlines } from '../../src/domain/foi/foiClock';
import { quarterOf, quarterDays, quarterTitle } from '../../src/domain/foi/quarters';
import { longUkDate } from '../../src/domain/calendar/longDates';
import { ukDate } from '../../src/domain/lists/displayValue';
import { foiRequests } from '../../src/domain/registers';
import { demoFoi } from '../../workbench/demoData/foiDemo';
import { foiDemoOptions, foiDemoPeople } from '../../workbench/demoData/seed';
import { demoFoiOfficer } from '../../workbench/prepareSite';

const sam = 'i:0#.f|membership|sam.okafor@council.example';
const priya = 'i:0#.f|membership|priya.shah@council.example';
const siteUrl = (): string => `${origin()}/sites/custodian`;
const demo = () => demoFoi({ ...foiDemoOptions, today: demoToday() }, foiDemoPeople.officers, foiDemoPeople.contacts);

async function logReady(page: Page): Promise<void> {
  await page.getByText(/^Showing [\d,]+ of [\d,]+ requests in Open\.$/).waitFor({ timeout: 20_000 });
}

/** The value shown for a term in the request page's list of dates. */
async function dateShown(page: Page, term: string): Promise<string> {
  return page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]').innerText();
}

/** Presses the step's button, then the form's own save button (the same words), all from the keyboard. */
async function step(page: Page, name: string, fill: () => Promise<void> = async () => undefined): Promise<void> {
  await tabTo(page, page.getByRole('group', { name: 'Next steps' }).getByRole('button', { name }));
  await page.keyboard.press('Enter');
  const form = page.getByRole('region', { name });
  await form.waitFor();
  await fill();
  await tabTo(page, form.locator('button[type="submit"]'));
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: `${name}: done.` }).waitFor();
  // The step's form is gone: focus is on what happened, not lost to the page.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(`${name}: done.`);
}

async function chooseManyWithKeyboard(page: Page, label: RegExp, options: string[]): Promise<void> {
  await tabTo(page, page.getByRole('combobox', { name: label }));
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor();
  for (const option of options) {
    const seen: Array<string | undefined> = [];
    for (let presses = 0; presses < 60; presses++) {
      // A multiple choice's options are checkboxes: the words are in the checkbox around the focused input,
      // after the tick's icon-font character.
      const focused = await page.evaluate(() => document.activeElement?.closest('.ms-Checkbox')?.textContent?.replace(/[\uE000-\uF8FF]/g, '').trim());
      if (focused === option) break;
      seen.push(focused);
      await page.keyboard.press('ArrowDown');
      if (presses === 59) throw new Error(`The keyboard never reached ${option}: ${seen.join(' | ')}`);
    }
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Escape');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

describe('the FOI log in Chromium, on the demo data', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('lets an FOI officer log a request, clarify, extend and respond by keyboard, with the engine’s dates on screen and on the list', async () => {
    const { page, errors } = await openPage(browser, 'app=foi', { width: 1300, height: 900 }, origin(), demoFoiOfficer);
    await logReady(page);
    await tabTo(page, page.getByRole('button', { name: 'New request' }));
    await page.keyboard.press('Enter');
    await typeInto(page, /^Requester name/, 'Keyboard Kim');
    await typeInto(page, /^Requester email/, 'kim@example.org');
    await tabTo(page, page.getByRole('button', { name: 'Save the requester and continue' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Step 2 of 2: the request from R-\d{4}$/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Step 2 of 2/);
    await typeInto(page, /^Request summary/, 'Road gritting routes this winter');
    await typeInto(page, /^Request(?! summary)/, 'Please send the gritting routes and the tonnes of salt used.');
    await chooseWithKeyboard(page, /^Directorate/, 'Place');
    await tabTo(page, page.getByRole('button', { name: 'Log the request' }));
    await page.keyboard.press('Enter');

    const logged = page.getByRole('status').filter({ hasText: /^Request FOI-\d{4}-\d{4} logged\.$/ });
    await logged.waitFor();
    const reference = /FOI-\d{4}-\d{4}/.exec(await logged.innerText())![0];
    const received = { Regime: 'FOI' as const, ReceivedDate: demoToday() };
    expect(await dateShown(page, 'Due')).toBe(longUkDate(foiDeadlines(received, demoToday()).dueDate));

    await step(page, 'Ask for clarification', async () => {
      await typeInto(page, /^Clarification asked/, 'Which winters: this one only, or the last five?');
    });
    await page.getByText('Paused: awaiting clarification').waitFor();
    await page.getByText('Clarification asked for: the clock stopped. Which winters: this one only, or the last five?').waitFor();
    await step(page, 'Clarification received');
    const clarified = { ...received, ClarificationRequestedDate: demoToday(), ClarificationReceivedDate: demoToday() };
    expect(await dateShown(page, 'Due')).toBe(longUkDate(foiDeadlines(clarified, demoToday()).dueDate));

    await step(page, 'Extend for the public interest test', async () => {
      // Each step has its own note: the extension's starts empty, not holding the clarification's.
      expect(await page.getByRole('textbox', { name: /^Why extended/ }).inputValue()).toBe('');
      await typeInto(page, /^Why extended/, 's.43: the routes’ costs against a live tender.');
    });
    const extended = foiDeadlines({ ...clarified, PublicInterestExtension: true }, demoToday());
    expect(await dateShown(page, 'Refusal or extension notice due')).toBe(longUkDate(extended.dueDate));
    expect(await dateShown(page, 'Extended due date')).toBe(longUkDate(extended.extendedDueDate!));

    // The log shows, and exports, the date that binds now: the extended one, not day 20.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await typeInto(page, /^Search by reference/, reference, 'searchbox');
    await page.getByText(/^Showing 1 of [\d,]+ requests in Open\.$/).waitFor();
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await page.getByRole('columnheader', { name: 'Due by' }).first().waitFor();
    await row.waitFor();
    expect(await row.innerText()).toContain(ukDate(extended.extendedDueDate!));
    expect(await row.innerText()).not.toContain(ukDate(extended.dueDate));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const exported = parse<string[]>(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')).data.filter((cells) => cells.length > 1);
    expect(exported[1][exported[0].indexOf('Due by')]).toBe(ukDate(extended.extendedDueDate!));
    await page.getByRole('button', { name: new RegExp(`^Open ${reference}`) }).click();
    await page.getByRole('group', { name: 'Next steps' }).waitFor();

    await step(page, 'Respond', async () => {
      await chooseWithKeyboard(page, /^Outcome/, 'Granted in part');
      // An FOI request is offered FOIA exemptions only, never EIR exceptions.
      await tabTo(page, page.getByRole('combobox', { name: /^Exemptions applied/ }));
      await page.keyboard.press('Enter');
      const offered = await page.getByRole('listbox').innerText();
      expect(offered).toContain('s.43 Commercial interests');
      expect(offered).not.toContain('EIR');
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await chooseManyWithKeyboard(page, /^Exemptions applied/, ['s.43 Commercial interests']);
      await typeInto(page, /^Public interest test/, 'Live procurement: withholding prices protects the tender; the public interest favours withholding.');
    });
    await page.getByText('Answered on time').first().waitFor();
    // The page is back at its top: the request's title is in view, not scrolled up under the panel's header.
    const title = page.getByRole('heading', { name: new RegExp(`^${reference}:`) });
    expect(
      await title.evaluate((heading) => {
        const box = heading.getBoundingClientRect();
        return box.top >= 0 && heading.contains(document.elementFromPoint(box.left + 4, box.top + 4));
      })
    ).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'foi-request-page.png'), fullPage: true });

    // Answered is not published: the disclosure log takes it when an officer publishes it.
    await step(page, 'Publish in the disclosure log');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('tab', { name: 'Disclosure log' }).click();
    await typeInto(page, /^Search the disclosure log/, reference, 'searchbox');
    await page.getByText(/^Showing 1 of [\d,]+ published requests\.$/).waitFor();

    const stored = await spForSite(siteUrl()).web.lists.getByTitle(foiRequests.title).items.filter(`Reference eq '${reference}'`)();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ Status: 'Responded', Outcome: 'Granted in part', Exemptions: ['s.43 Commercial interests'], PublicInterestExtension: true });
    expect(new Date(stored[0].ExtendedDueDate).toLocaleDateString('en-CA', { timeZone: 'Europe/London' })).toBe(extended.extendedDueDate);
    expect(new Date(stored[0].DueDate).toLocaleDateString('en-CA', { timeZone: 'Europe/London' })).toBe(extended.dueDate);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('keeps what an officer typed when another officer saved first, in a step, an edit and who asked, and merges both', async () => {
    const rows = demo().requests;
    const index = rows.findIndex((row, at) => row.Requester && !row.ResponseDate && !row.ClarificationRequestedDate && row.Status === 'Received' && at > 5);
    const id = index + 1;
    const asPriya = spForSite(siteUrl(), { fetch: fetchSignedInAs(priya) }).web.lists;
    const request = asPriya.getByTitle(foiRequests.title).items.getById(id);
    const { page, errors } = await openPage(browser, `app=foi&item=${id}`, { width: 1300, height: 900 }, origin(), demoFoiOfficer);
    const otherChange = page.getByRole('heading', { name: 'Priya Shah changed this item while you were editing it' });

    // A step: the question typed is kept through the merge, and the step is done once it is saved.
    await page.getByRole('group', { name: 'Next steps' }).getByRole('button', { name: 'Ask for clarification' }).click();
    await typeInto(page, /^Clarification asked/, 'Which wards do you mean?');
    await request.update({ Notes: 'Priya: the requester rang to say it is about 2025 only.' });
    await page.getByRole('region', { name: 'Ask for clarification' }).locator('button[type="submit"]').click();
    await otherChange.waitFor();
    // The merge takes the keyboard: its heading has focus, in place of the form that went.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Priya Shah changed this item while you were editing it');
    await page.getByText('Kept from you').waitFor();
    await page.getByRole('button', { name: 'Save the merged item' }).click();
    await page.getByRole('status').filter({ hasText: 'Ask for clarification: done.' }).waitFor();
    let stored = (await request.select('ClarificationQuestion', 'ClarificationRequestedDate', 'Notes')()) as Record<string, unknown>;
    expect(stored.ClarificationQuestion).toBe('Which wards do you mean?');
    expect(stored.ClarificationRequestedDate).toBeTruthy();
    expect(stored.Notes).toBe('Priya: the requester rang to say it is about 2025 only.');

    // An edit of all the details: the officer goes back to their own changes, and finds them still typed.
    await page.getByRole('tab', { name: 'All details' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await typeInto(page, /^Notes/, 'Alex: the wards are in the attached letter.');
    await request.update({ InternalDeadline: demoToday() });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await otherChange.waitFor();
    await page.getByRole('button', { name: 'Back to my changes' }).click();
    expect(await page.getByRole('textbox', { name: /^Notes/ }).inputValue()).toBe('Alex: the wards are in the attached letter.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    stored = (await request.select('Notes', 'InternalDeadline')()) as Record<string, unknown>;
    expect(stored.Notes).toBe('Alex: the wards are in the attached letter.');
    expect(stored.InternalDeadline).toBeTruthy();

    // Who asked: a requester's details meet the same policy.
    await page.getByRole('tab', { name: 'Clock and actions' }).click();
    await page.getByRole('button', { name: 'Edit who asked' }).click();
    await typeInto(page, /^Requester postal address/, '1 Town Hall Square');
    const requesterId = (rows[index].Requester as { id: number }).id;
    await asPriya.getByTitle('FOI Requesters').items.getById(requesterId).update({ RequesterEmail: 'changed.by.priya@example.org' });
    await page.getByRole('button', { name: 'Save the requester' }).click();
    await otherChange.waitFor();
    expect(await page.getByText(/^Requester postal address: .* → 1 Town Hall Square$/).count()).toBe(1);
    await page.getByRole('button', { name: 'Save the merged item' }).click();
    await page.getByRole('button', { name: 'Edit who asked' }).waitFor();
    const requester = (await asPriya.getByTitle('FOI Requesters').items.getById(requesterId).select('RequesterEmail', 'RequesterAddress')()) as Record<string, unknown>;
    expect(requester).toMatchObject({ RequesterEmail: 'changed.by.priya@example.org', RequesterAddress: '1 Town Hall Square' });
    // The browser reports SharePoint's 412s (the stale saves) itself; nothing else may go wrong.
    expect(errors.filter((error) => !/status of 412 \(Precondition Failed\)/.test(error))).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows a directorate contact the request but never who asked; SharePoint refuses them the requesters list', async () => {
    const rows = demo().requests;
    const index = rows.findIndex((row) => row.Requester && (row.DirectorateContact as { id: number } | undefined)?.id === 2);
    const requester = demo().requesters[(rows[index].Requester as { id: number }).id - 1];
    const refusals: number[] = [];
    const { page, errors } = await openPage(browser, `app=foi&item=${index + 1}`, { width: 1300, height: 900 }, origin(), sam);
    page.on('response', (response) => {
      if (decodeURIComponent(response.url()).includes("getByTitle('FOI Requesters')")) refusals.push(response.status());
    });
    await page.reload();
    await page.getByText(/Only FOI officers can see who asked/).waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: new RegExp(`^${String(rows[index].Reference)}:`) }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(String(requester.RequesterName));
    if (requester.RequesterEmail) expect(text).not.toContain(String(requester.RequesterEmail));
    expect(text).not.toMatch(/New request/);
    expect(text).toContain('The FOI officers take the request through its steps.');
    expect(await page.getByRole('group', { name: 'Next steps' }).getByRole('button').count()).toBe(0);
    // Nothing that would move the statutory clock is offered to him: SharePoint would refuse it (403).
    await page.getByRole('tab', { name: 'All details' }).click();
    await page.getByRole('textbox', { name: 'Link to this request' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    // PnPjs fetches the form digest first, so the refusal is for who he is, not for a missing digest.
    const asContact = spForSite(siteUrl(), { fetch: fetchSignedInAs(sam) }).web.lists.getByTitle(foiRequests.title).items.getById(index + 1);
    await expect(asContact.update({ Status: 'Closed' })).rejects.toMatchObject({ status: 403 });
    expect((await asContact.select('Status')<{ Status: string }>()).Status).toBe(rows[index].Status);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((status) => status === 403)).toBe(true);

    const asSam = await fetchSignedInAs(sam)(`${siteUrl()}/_api/web/lists/getByTitle('FOI%20Requesters')/items`, { headers: { accept: 'application/json;odata=nometadata' } });
    expect(asSam.status).toBe(403);
    expect(errors.filter((error) => !/403/.test(error))).toEqual([]);
    await page.close();
  }, 60_000);

  it('counts a quarter’s statistics as an independent count over the demo rows does', async () => {
    const rows = demo().requests;
    const [year, number] = quarterOf(demoToday()).split('-Q').map(Number);
    const previous = number === 1 ? `${year - 1}-Q4` : `${year}-Q${number - 1}`;
    const { from, to } = quarterDays(previous);
    const cohort = rows.filter((row) => String(row.ReceivedDate) >= from && String(row.ReceivedDate) <= to);
    const answered = cohort.filter((row) => row.ResponseDate && row.Outcome !== 'Withdrawn or lapsed');
    const computedDue = (row: Record<string, unknown>) => foiRequests.computed.compute(row, { today: demoToday() });
    const late = answered.filter((row) => String(row.ResponseDate) > String(computedDue(row).ExtendedDueDate ?? computedDue(row).DueDate));

    const { page, errors } = await openPage(browser, 'app=foi', { width: 1300, height: 900 }, origin(), demoFoiOfficer);
    await logReady(page);
    await page.getByRole('tab', { name: 'Statistics' }).click();
    const figures = page.getByRole('list', { name: `Figures for ${quarterTitle(previous)}` });
    await figures.waitFor();
    const figure = async (label: string): Promise<string> => (await figures.locator('li', { hasText: new RegExp(`${label}$`) }).locator('span').innerText()).replace(/,/g, '');
    expect(Number(await figure('Requests received'))).toBe(cohort.length);
    expect(Number(await figure('Answered'))).toBe(answered.length);
    expect(Number(await figure('Answered late'))).toBe(late.length);
    expect(Number(await figure('Internal reviews asked for'))).toBe(cohort.filter((row) => row.InternalReviewRequestedDate).length);
    expect(Number(await figure('Complaints to the ICO'))).toBe(cohort.filter((row) => row.IcoComplaintDate).length);
    expect(await figure('Answered in time \\(ICO line 90%\\)')).toBe(`${((100 * (answered.length - late.length)) / answered.length).toFixed(1)}%`);
    const refused = cohort.filter((row) => row.Outcome === 'Refused (s.12 cost limit)').length;
    const outcomes = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Outcome' }) });
    if (refused) expect(await outcomes.getByRole('row', { name: /Refused \(s\.12 cost limit\)/ }).getByRole('cell').innerText()).toBe(String(refused));
    // A quarter has one name on the page: the chart's axis says what the table says.
    // A wrapped label is drawn a line (tspan) at a time.
    const axis = await page.locator('svg text').evaluateAll((labels) =>
      labels.map((label) => (label.querySelectorAll('tspan').length ? [...label.querySelectorAll('tspan')].map((line) => line.textContent?.trim()).join(' ') : label.textContent ?? ''))
    );
    expect(axis.filter((text) => /\d{4}-Q\d/.test(text))).toEqual([]);
    expect(axis).toContain(quarterTitle(quarterOf(demoToday())));
    await page.screenshot({ path: path.join(screenshots, 'foi-statistics.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('exports a disclosure log in which no cell holds any requester’s name, email or address', async () => {
    const { requesters, requests } = demo();
    const { page, errors } = await openPage(browser, 'app=foi', { width: 1300, height: 900 }, origin(), demoFoiOfficer);
    await logReady(page);
    await page.getByRole('tab', { name: 'Disclosure log' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const cells = parse<string[]>(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')).data.flat().map((cell) => cell.toLowerCase());
    expect(cells.length).toBeGreaterThan(requests.filter((row) => row.ResponseDate).length);
    const personal = requesters.flatMap((person) => [person.RequesterName, person.RequesterEmail, ...String(person.RequesterAddress ?? '').split('\n')]).filter((value): value is string => typeof value === 'string' && value.trim().length > 3);
    const leaks = cells.filter((cell) => personal.some((value) => cell.includes(value.toLowerCase())));
    expect(leaks).toEqual([]);
    expect(cells).not.toContain('keyboard kim');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it.each(['sharepoint', 'dark', 'contrast'])('has no axe violations in the %s theme: log, request page, new request, statistics, disclosure log', async (theme) => {
    const { page, errors } = await openPage(browser, `app=foi&theme=${theme}`, { width: 1300, height: 900 }, origin(), demoFoiOfficer);
    await logReady(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Open FOI-/ }).first().click();
    await page.getByRole('group', { name: 'Next steps' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByRole('textbox', { name: /^Requester name/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('tab', { name: 'Statistics' }).click();
    await page.getByRole('heading', { name: 'By directorate' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Disclosure log' }).click();
    await page.getByRole('grid', { name: 'Disclosure log' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
