import { provision } from '../src/data/provisioning';
import { spForSite } from '../src/data/sharePoint';
import { describeSharePointProblem } from '../src/data/sharePointProblem';
import type { AnyRegister } from '../src/data/itemMapping';
import { registers } from '../src/domain/registers';
import { fetchSignedInAs } from '../workbench/emulator/signIn';
import { option } from './commandLine';

/**
 * `npm run provision -- --site <url> [--user <login>]`: makes a site hold every register as declared.
 * Without --site it provisions the workbench's emulated site; --user names who is asking, for a local
 * emulator (a command line has no sign-in of its own). Exits 1 when it finds differences it will not change.
 */
async function main(): Promise<void> {
  const site = option('--site') ?? 'http://127.0.0.1:8080/sites/custodian';
  const user = option('--user');
  const report = await provision(spForSite(site, user ? { fetch: fetchSignedInAs(user) } : {}), registers as unknown as AnyRegister[]);
  console.log(report.applied.length ? report.applied.map((line) => `changed: ${line}`).join('\n') : `${site} already matches the registers.`);
  if (report.destructive.length) {
    console.log(report.destructive.map((line) => `NOT changed: ${line}`).join('\n'));
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  const problem = describeSharePointProblem(error);
  console.error(`Provisioning stopped: ${problem.detail}${problem.status ? ` (HTTP ${problem.status})` : ''}`);
  if (problem.status === 401) console.error('To sign in to a local emulator, name a site user: --user priya.shah@council.example');
  process.exit(1);
});
