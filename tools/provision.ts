import { provision } from '../src/data/provisioning';
import { spForSite } from '../src/data/sharePoint';
import { describeSharePointProblem } from '../src/data/sharePointProblem';
import type { AnyRegister } from '../src/data/itemMapping';
import { registers } from '../src/domain/registers';

/**
 * `npm run provision -- --site <url>`: makes a site hold every register as declared. Without --site it
 * provisions the workbench's emulated site. Exits 1 when it finds differences it will not change itself.
 */
async function main(): Promise<void> {
  const flag = process.argv.indexOf('--site');
  const site = flag >= 0 ? process.argv[flag + 1] : 'http://127.0.0.1:8080/sites/custodian';
  if (!site) throw new Error('Give the site address after --site.');
  const report = await provision(spForSite(site), registers as unknown as AnyRegister[]);
  console.log(report.applied.length ? report.applied.map((line) => `changed: ${line}`).join('\n') : `${site} already matches the registers.`);
  if (report.destructive.length) {
    console.log(report.destructive.map((line) => `NOT changed: ${line}`).join('\n'));
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  const problem = describeSharePointProblem(error);
  console.error(`Provisioning stopped: ${problem.detail}${problem.status ? ` (HTTP ${problem.status})` : ''}`);
  process.exit(1);
});
