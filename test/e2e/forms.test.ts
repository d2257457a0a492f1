import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { chooseWithKeyboard, openPage, tabTo, typeInto } from '../support/workbenchPage';
import { longUkDate } from '../../src/domain/calendar/longDates';
import { ukDate } from '../../src/domain/lists/displayValue';
import { isValidNhsNumber } from '../../src/domain/validators/nhsNumber';
import { demoReferrals } from '../../workbench/demoData/urgentCareDemo';
import { demoCount, demoSeed } from '../../workbench/demoData/seed';

const today = (): string => process.env.WORKBENCH_DEMO_TODAY ?? '';

describe('a register form’s date field in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('understands dates as UK staff type them, says what it understood, and names what it cannot read, keeping the typing', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care', { width: 1300, height: 900 });
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'New referral' }).click();
    const field = page.getByRole('textbox', { name: /^Admission date/ });
    const [year, month, day] = today().split('-');
    const typedAs = [`${day}/${month}/${year.slice(2)}`, `${Number(day)}/${Number(month)}/${year}`, today(), `${day}.${month}.${year}`];
    for (const typed of typedAs) {
      await tabTo(page, field);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(typed);
      await page.keyboard.press('Tab');
      expect(await field.inputValue()).toBe(`${day}/${month}/${year}`);
      await page.getByText(longUkDate(today()), { exact: false }).first().waitFor();
    }

    const refusals: Array<[string, string]> = [
      ['31/02/2026', 'There is no 31 February 2026.'],
      ['11/20/2026', 'There is no month 20 in "11/20/2026". Dates here are day first: did you mean 20/11/2026?'],
      ['tbc', '"tbc" is not a date Custodian can read. Write the date day first, like 20/11/2026 or 20 Nov 2026.']
    ];
    for (const [typed, reason] of refusals) {
      await tabTo(page, field);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(typed);
      await page.keyboard.press('Tab');
      await page.getByText(reason, { exact: true }).waitFor();
      expect(await field.inputValue()).toBe(typed);
    }
    // A refused date is not quietly replaced by the last good one: the form will not save it.
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: /^The admission date must be a real date, day first/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('says before saving what the stewards will chase and that the referral may already exist, then keeps focus where a keyboard user expects it', async () => {
    const existing = demoReferrals({ count: demoCount, seed: demoSeed, today: today() }, [2, 3]).find((row) => isValidNhsNumber(String(row.NhsNumber)))!;
    const { page, errors } = await openPage(browser, 'app=urgent-care', { width: 1300, height: 900 });
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
    await tabTo(page, page.getByRole('button', { name: 'New referral' }));
    await page.keyboard.press('Enter');
    await typeInto(page, /^Patient name/, 'Duplicate Dora');
    await typeInto(page, /^NHS number/, String(existing.NhsNumber));
    await typeInto(page, /^Admission date/, ukDate(String(existing.AdmissionDate)));
    await page.keyboard.press('Tab');
    await page.getByText('Urgent Care Referrals already has an item with the same NHS number and admission date.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save anyway' }).waitFor();
    await page.getByText('This can be saved, but the data stewards will be asked about:').waitFor();
    expect(await page.getByText('The discharge ready date is blank.').count()).toBe(1);
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
    await typeInto(page, /^Admission date/, ukDate(today()));
    await page.keyboard.press('Tab');
    await tabTo(page, page.getByRole('button', { name: /^Save/ }));
    await page.keyboard.press('Enter');
    await page.getByText('Referral for Focus Fiona saved.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Referral for Focus Fiona saved.');
    await tabTo(page, page.getByRole('button', { name: 'Edit' }));
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: /edit item/ }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Focus Fiona');
    expect(await page.getByText('Referral for Focus Fiona saved.').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
