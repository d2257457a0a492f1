import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { browserFiles } from '../support/chromium';

/**
 * The package tests open a package built now, from this checkout, by the same command a developer runs, in
 * a browser unpacked here once, before the test files' workers each ask for it.
 */
export default function buildPackage(): void {
  execFileSync('npm', ['run', '--silent', 'package'], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['ignore', 'ignore', 'inherit']
  });
  browserFiles();
}
