import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

interface BrowserFiles {
  executable: string;
  /** The fonts that come with it, where it has its own. */
  fonts?: string;
}

let packaged: BrowserFiles | undefined;

/**
 * The Chromium that `npm ci` installed from the registry (@sparticuz/chromium: the same version on every
 * machine, fonts included), unpacked on first use. The package is an ES module that finds its files through
 * import.meta, so a Node of its own unpacks it.
 */
function packagedChromium(): BrowserFiles {
  if (!packaged) {
    const executable = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const { default: packaged } = await import('@sparticuz/chromium'); process.stdout.write(await packaged.executablePath());"],
      { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' }
    );
    packaged = { executable, fonts: path.join(path.dirname(executable), 'fonts') };
  }
  return packaged;
}

/** CHROMIUM_PATH if set (a browser of the person's choosing), otherwise the one the lockfile installs. */
export function browserFiles(): BrowserFiles {
  const configured = process.env.CHROMIUM_PATH;
  if (!configured) return packagedChromium();
  if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH names ${configured}, and there is no browser there.`);
  return { executable: configured };
}

export function launchChromium(): Promise<Browser> {
  const { executable, fonts } = browserFiles();
  return chromium.launch({
    executablePath: executable,
    headless: true,
    // Its own fonts, or text is drawn with whatever the machine happens to have.
    env: fonts ? { ...process.env, FONTCONFIG_PATH: fonts } : process.env,
    args: ['--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
}
