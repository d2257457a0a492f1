import { provision, type ProvisionReport } from '../src/data/siteUpgrade';
import { spForSite } from '../src/data/sharePoint';
import type { Register } from '../src/domain/lists/defineList';
import type { IsoDate } from '../src/domain/calendar/isoDate';
import { registers } from '../src/domain/registers';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups/web';
import { dataCustodiansGroup } from '../src/domain/registers/dataCustodians';
import { foiOfficersGroup } from '../src/domain/registers/foiRequesters';
import { seedDemoFoi, seedDemoReferrals, seedDemoWiki } from './demoData/seed';
import { defaultPrincipals } from './emulator/principals';
import type { RunningWorkbench } from './server';

/** The demo's FOI officer: a member of the site who is also in the FOI Officers group. */
export const demoFoiOfficer = defaultPrincipals.users[2].loginName;

/** The demo's data custodian, who keeps the wiki: the same member (Alex Morgan). */
export const demoDataCustodian = demoFoiOfficer;

/** Puts the demo FOI officer and data custodian in the groups provisioning created (adding a member twice changes nothing). */
export async function addDemoGroupMembers(sp: SPFI): Promise<void> {
  await sp.web.siteGroups.getByName(foiOfficersGroup).users.add(demoFoiOfficer);
  await sp.web.siteGroups.getByName(dataCustodiansGroup).users.add(demoDataCustodian);
}

/**
 * What `npm start` does to its site before anyone opens the page: the registers' lists made to match
 * their declarations (idempotent), the demo FOI officer put in the FOI Officers group, and the demo
 * referrals, FOI requests and wiki (catalogue, guidance, glossary) imported into empty lists.
 */
export async function prepareSite(
  workbench: RunningWorkbench,
  today: IsoDate
): Promise<{ report: ProvisionReport; seeded: number; seededRequests: number; seededWiki: number }> {
  const sp = spForSite(workbench.siteUrl);
  const report = await provision(sp, registers as unknown as Register[]);
  await addDemoGroupMembers(sp);
  return {
    report,
    seeded: seedDemoReferrals(workbench.emulator, today),
    seededRequests: seedDemoFoi(workbench.emulator, today),
    seededWiki: seedDemoWiki(workbench.emulator, today)
  };
}
