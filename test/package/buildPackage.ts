import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** The package tests open a package built now, from this checkout, by the same command a developer runs. */
export default function buildPackage(): void {
  execFileSync('npm', ['run', '--silent', 'package'], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['ignore', 'ignore', 'inherit']
  });
}
