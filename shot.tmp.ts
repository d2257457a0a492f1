import { chromium } from 'playwright-core';
async function main() {
  const [url, file, width, user, clickText] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
  if (user) await context.addCookies([{ name: 'custodian-user', value: encodeURIComponent(user), url }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(url);
  await page.waitForTimeout(6000);
  if (clickText) { for (const t of clickText.split('|')) { await page.getByText(t, { exact: false }).first().click(); await page.waitForTimeout(2500); } }
  await page.screenshot({ path: file, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log('overflow', overflow, 'errors', errors.slice(0, 10));
  await browser.close();
}
main();
