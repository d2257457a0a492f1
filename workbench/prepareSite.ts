import { provision, type ProvisionReport } from '../src/data/provisioning';
import { spForSite } from '../src/data/sharePoint';
import type { AnyRegister } from '../src/data/itemMapping';
import type { IsoDate } from '../src/domain/calendar/isoDate';
import { registers } from '../src/domain/registers';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups/web';
import { foiOfficersGroup } from '../src/domain/registers/foiRequesters';
import { seedDemoFoi, seedDemoReferrals } from './demoData/seed';
import { defaultPrincipals } from './emulator/principals';
import type { RunningWorkbench } from './server';

/** The demo's FOI officer: a member of the site who is also in the FOI Officers group. */
export const demoFoiOfficer = defaultPrincipals.users[2].loginName;

/** Puts the demo FOI officer in the group provisioning created (adding a member twice changes nothing). */
export async function addDemoFoiOfficer(sp: SPFI): Promise<void> {
  await sp.web.siteGroups.getByName(foiOfficersGroup).users.add(demoFoiOfficer);
}

/**
 * What `npm start` does to its site before anyone opens the page: the registers' lists made to match
 * their declarations (idempotent), the demo FOI officer put in the FOI Officers group, and the demo
 * referrals and FOI requests imported into empty lists.
 */
export async function prepareSite(
  workbench: RunningWorkbench,
  today: IsoDate
): Promise<{ report: ProvisionReport; seeded: number; seededRequests: number }> {
  const sp = spForSite(workbench.siteUrl);
  const report = await provision(sp, registers as unknown as AnyRegister[]);
  await addDemoFoiOfficer(sp);
  return { report, seeded: seedDemoReferrals(workbench.emulator, today), seededRequests: seedDemoFoi(workbench.emulator, today) };
}
