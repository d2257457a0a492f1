import { planProvisioning } from '../src/data/provisioning';
import { upgradeSite } from '../src/data/siteUpgrade';
import { describeSharePointProblem } from '../src/data/sharePointProblem';
import type { Register } from '../src/domain/lists/defineList';
import { registers } from '../src/domain/registers';
import { connectToSite } from './siteConnection';

/**
 * `npm run provision -- --site <url> [--dry-run]`: makes a site hold every register as declared, or with
 * --dry-run says what it would change. The same plan and the same changes as a web part's "Update the site
 * now"; signing in as in siteConnection. Exits 1 when it finds differences it will not change.
 */
async function main(): Promise<void> {
  const { site, sp } = await connectToSite();
  const all = registers as unknown as Register[];
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
