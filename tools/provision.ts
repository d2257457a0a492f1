import { planProvisioning } from '../src/data/provisioning';
import { upgradeSite } from '../src/data/siteUpgrade';
import { spForSite } from '../src/data/sharePoint';
import { describeSharePointProblem } from '../src/data/sharePointProblem';
import type { AnyRegister } from '../src/data/itemMapping';
import { registers } from '../src/domain/registers';
import { fetchSignedInAs } from '../workbench/emulator/signIn';
import { option } from './commandLine';
import { signInByDeviceCode } from './tenantSignIn';

/**
 * `npm run provision -- --site <url> [--dry-run]`: makes a site hold every register as declared, or with
 * --dry-run says what it would change. The same plan and the same changes as a web part's "Update the site".
 * - On SharePoint Online: `--client-id <app id> --tenant <tenant>` signs in by device code (README).
 * - On a local emulator (the default site is the workbench's): `--user <login>` names who is asking.
 * Exits 1 when it finds differences it will not change.
 */
async function transport(site: string): Promise<{ fetch?: typeof fetch }> {
  const clientId = option('--client-id');
  const tenant = option('--tenant');
  if (clientId || tenant) {
    if (!clientId || !tenant) throw new Error('Give both --client-id and --tenant to sign in to SharePoint Online.');
    return { fetch: await signInByDeviceCode(site, { clientId, tenant }, (message) => console.log(message)) };
  }
  if (new URL(site).hostname.endsWith('.sharepoint.com')) {
    throw new Error('SharePoint Online needs a sign-in: give --client-id and --tenant (see "Running the command line against a tenant" in the README).');
  }
  const user = option('--user');
  return user ? { fetch: fetchSignedInAs(user) } : {};
}

async function main(): Promise<void> {
  const site = option('--site') ?? 'http://127.0.0.1:8080/sites/custodian';
  const sp = spForSite(site, await transport(site));
  const all = registers as unknown as AnyRegister[];
  const plan = await planProvisioning(sp, all);
  if (process.argv.includes('--dry-run')) {
    console.log(plan.changes.length ? plan.changes.map((change) => `would change: ${change.action}`).join('\n') : `${site} already matches the registers.`);
  } else {
    // Also records that the site is current, so that the web parts stop checking it.
    await upgradeSite(sp, all, plan, (done, total) => console.log(`changed (${done} of ${total}): ${plan.changes[done - 1].action}`));
    if (!plan.changes.length) console.log(`${site} already matches the registers.`);
  }
  if (plan.needsPerson.length) {
    console.log(plan.needsPerson.map((line) => `NOT changed: ${line}`).join('\n'));
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  const problem = describeSharePointProblem(error);
  console.error(`Provisioning stopped: ${problem.detail}${problem.status ? ` (HTTP ${problem.status})` : ''}`);
  if (problem.status === 401) console.error('To sign in to a local emulator, name a site user: --user priya.shah@council.example');
  process.exit(1);
});
