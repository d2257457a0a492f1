import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Main as it was when the work on first-screen budgets (issue 17) began. */
const issue17Start = '91e28b2c3b950c894ce9c80e81f44a72075838de';

/**
 * What the browser benches compare with, in the same run: `--baseline <git ref>` on the command line, or
 * main before the work on first-screen budgets began. Nothing when the ref is not in this clone.
 */
export function baselineRef(argv = process.argv): string | undefined {
  const named = argv.indexOf('--baseline');
  const ref = named >= 0 ? argv[named + 1] : issue17Start;
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { stdio: 'ignore' });
    return ref;
  } catch {
    console.log(`No baseline: the git ref "${ref}" is not in this clone. Name one with --baseline <ref>.`);
    return undefined;
  }
}

/** A checkout of `ref` beside this one (a git worktree) that builds with this one's node_modules. */
export function checkOut(ref: string): { folder: string; remove(): void } {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'custodian-baseline-')), 'checkout');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', folder, ref]);
  symlinkSync(path.resolve('node_modules'), path.join(folder, 'node_modules'), 'dir');
  return { folder, remove: () => execFileSync('git', ['worktree', 'remove', '--force', folder]) };
}
