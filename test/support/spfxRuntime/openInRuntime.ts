/**
 * `npm run spfx-runtime -- --web-part "Data Quality" [--teams default|dark|contrast] [--item <deep link>]
 * [--user <login>] [--width <px>] [--out <file.png>]`: boots one web part of the last package built
 * (`npm run package`) in Microsoft's SPFx runtime, as the package tests do, against the demo site, and
 * saves a screenshot of it with what the page asked for or reported that nobody expected.
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../chromium';
import { startWorkbench } from '../../../workbench/server';
import { prepareSite } from '../../../workbench/prepareSite';
import { londonDateOf } from '../../../src/domain/calendar/londonTime';
import { openWebPart, readPackage, type TeamsTab } from './spfxHost';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'web-part': { type: 'string', default: 'Urgent Care Tracker' },
      teams: { type: 'string' },
      item: { type: 'string' },
      user: { type: 'string', default: 'i:0#.f|membership|priya.shah@council.example' },
      width: { type: 'string', default: '1366' },
      out: { type: 'string', default: 'test-output/spfx-runtime.png' }
    }
  });
  const theme = values.teams as TeamsTab['theme'] | undefined;
  if (theme && !['default', 'dark', 'contrast'].includes(theme)) throw new Error('--teams is one of default, dark or contrast.');
  const started = Date.now();
  const workbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
  await prepareSite(workbench, londonDateOf(Date.now()));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: Number(values.width), height: 900 } });
    const booting = Date.now();
    const hosted = await openWebPart(context, {
      site: { origin: 'https://council.sharepoint.com', sitePath: '/sites/custodian', emulator: workbench.emulator },
      pkg: await readPackage(),
      user: values.user!,
      webPart: values['web-part']!,
      teams: theme ? { theme, subPageId: values.item } : undefined,
      query: !theme && values.item ? `item=${encodeURIComponent(values.item)}` : undefined
    });
    console.log(`${values['web-part']} loaded ${theme ? `in a Teams tab (${theme})` : 'on a SharePoint page'} in ${Date.now() - booting} ms (${Date.now() - started} ms with the demo site).`);
    // Long enough for the first screen's reads, and for Fluent's warning about any icon drawn unregistered.
    await hosted.page.waitForTimeout(4000);
    await hosted.page.screenshot({ path: values.out!, fullPage: true });
    console.log(`Screenshot: ${values.out}`);
    const problems = hosted.problems();
    console.log(problems.length ? `Unexpected:\n${problems.join('\n')}` : 'Nothing unexpected was asked for or reported.');
    if (problems.length) process.exitCode = 1;
  } finally {
    await browser.close();
    await workbench.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
