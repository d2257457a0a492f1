import { launchChromium } from './test/support/chromium';
async function main() {
  const browser = await launchChromium();
  for (const [width, name] of [[1366, 'wide'], [320, 'narrow']] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('http://127.0.0.1:8090/?app=data-wiki');
    await page.getByText(/Showing \d+ of \d+ datasets/).waitFor({ timeout: 30000 });
    await page.screenshot({ path: `/tmp/wiki-${name}.png`, fullPage: false });
    await page.getByRole('searchbox').fill('dischrge redy');
    await page.getByText(/matches for/).waitFor();
    await page.screenshot({ path: `/tmp/wiki-search-${name}.png` });
    await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/wiki-dict-${name}.png` });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(name, 'scrollWidth', scroll, errors);
    await page.close();
  }
  await browser.close();
}
main();
