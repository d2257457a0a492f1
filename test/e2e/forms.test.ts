import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { demoToday, openPage, tabTo } from '../support/workbenchPage';
import { longUkDate } from '../../src/domain/calendar/longDates';


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
    const [year, month, day] = demoToday().split('-');
    const typedAs = [`${day}/${month}/${year.slice(2)}`, `${Number(day)}/${Number(month)}/${year}`, demoToday(), `${day}.${month}.${year}`];
    for (const typed of typedAs) {
      await tabTo(page, field);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(typed);
      await page.keyboard.press('Tab');
      expect(await field.inputValue()).toBe(`${day}/${month}/${year}`);
      await page.getByText(longUkDate(demoToday()), { exact: false }).first().waitFor();
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

  it('reads a date of birth’s two-digit year as a past one, and refuses a date of birth in the future', async () => {
    const { page, errors } = await openPage(browser, 'app=urgent-care', { width: 1300, height: 900 });
    await page.getByText(/^Showing [\d,]+ of [\d,]+ referrals in Active Referrals\.$/).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'New referral' }).click();
    const field = page.getByRole('textbox', { name: /^Date of birth/ });
    await tabTo(page, field);
    await page.keyboard.type('3/3/33');
    await page.keyboard.press('Tab');
    expect(await field.inputValue()).toBe('03/03/1933');
    await page.getByText(longUkDate('1933-03-03'), { exact: false }).first().waitFor();

    await tabTo(page, field, { backwards: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3/3/2033');
    await page.keyboard.press('Tab');
    expect(await field.inputValue()).toBe('03/03/2033');
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.getByRole('link', { name: 'The date of birth cannot be in the future.' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
