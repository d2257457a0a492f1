import { provision, type ProvisionReport } from '../src/data/provisioning';
import { spForSite } from '../src/data/sharePoint';
import type { AnyRegister } from '../src/data/itemMapping';
import type { IsoDate } from '../src/domain/calendar/isoDate';
import { registers } from '../src/domain/registers';
import { seedDemoReferrals } from './demoData/seed';
import type { RunningWorkbench } from './server';

/**
 * What `npm start` does to its site before anyone opens the page: the registers' lists made to match
 * their declarations (idempotent), and the demo referrals imported into an empty tracker.
 */
export async function prepareSite(workbench: RunningWorkbench, today: IsoDate): Promise<{ report: ProvisionReport; seeded: number }> {
  const report = await provision(spForSite(workbench.siteUrl), registers as unknown as AnyRegister[]);
  return { report, seeded: seedDemoReferrals(workbench.emulator, today) };
}
