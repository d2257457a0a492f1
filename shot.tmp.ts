import { chromium } from 'playwright-core';
async function main() {
  const [url, file, width, user, tab, open] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
  if (user) await context.addCookies([{ name: 'custodian-user', value: encodeURIComponent(user), url }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByText(/^Showing [\d,]+ of/).waitFor({ timeout: 30000 });
  if (tab) { await page.getByRole('tab', { name: tab }).click(); await page.waitForTimeout(2500); }
  if (open) { await page.getByRole('button', { name: new RegExp(open) }).first().click(); await page.waitForTimeout(2500); }
  await page.screenshot({ path: file, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log('overflow', overflow, 'errors', errors);
  await browser.close();
}
main();
