import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { siteDeclarationText } from '../domain/lists/siteDeclaration';
import { siteSettings } from '../domain/registers/siteSettings';
import type { Register } from '../domain/lists/defineList';
import { filterExpression, where } from './itemFilter';
import { canManageLists } from './listPermissions';
import { applyProvisioning, planProvisioning, type ProvisionPlan } from './provisioning';

export interface ProvisionReport {
  /** What was changed, one sentence each. */
  applied: string[];
  /** Differences left alone because fixing them could lose data: for a person to decide. */
  destructive: string[];
}

/**
 * Whether a site's lists are those this release of Custodian was built for, and bringing them there.
 * The release that last brought a site up to date records the digest of its registers in Custodian
 * Settings; a web part whose registers give the same digest has nothing to check, so an up-to-date site
 * costs one read. Otherwise the site is planned: an owner is shown the changes and makes them; anyone
 * else is told that the site needs an owner.
 */

/** The setting that holds the digest of the registers the site's lists were last brought up to. */
export const listsVersionSetting = 'Custodian lists version';

export type SiteState =
  | { kind: 'current' }
  | { kind: 'behind'; plan: ProvisionPlan; owner: boolean };

export async function registersDigest(registers: readonly Register[]): Promise<string> {
  const bytes = new TextEncoder().encode(siteDeclarationText(registers));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const settings = (sp: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle(siteSettings.title);
const versionFilter = filterExpression(siteSettings, [where('Title', 'eq', listsVersionSetting)]);

interface Recorded {
  id: number;
  value: string;
}

async function recordedDigest(sp: SPFI): Promise<Recorded | undefined> {
  try {
    const [item] = await settings(sp).items.select('Id', 'SettingValue').filter(versionFilter).top(1)<Array<{ Id: number; SettingValue: string | null }>>();
    return item ? { id: item.Id, value: item.SettingValue ?? '' } : undefined;
  } catch (error) {
    // A site from before the settings list: certainly behind.
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

async function recordDigest(sp: SPFI, digest: string, recorded: Recorded | undefined): Promise<void> {
  if (recorded?.value === digest) return;
  const values = { SettingValue: digest, Explanation: 'Written by Custodian when it brought the site’s lists up to date. Do not change it by hand.' };
  if (recorded) await settings(sp).items.getById(recorded.id).update(values);
  else await settings(sp).items.add({ Title: listsVersionSetting, ...values });
}

/** Whether the site is current; when it is not, the plan (an owner's, or what anyone else may see of it). */
export async function checkSite(sp: SPFI, registers: readonly Register[]): Promise<SiteState> {
  const [digest, recorded] = await Promise.all([registersDigest(registers), recordedDigest(sp)]);
  if (recorded?.value === digest) return { kind: 'current' };
  const owner = await canManageLists(sp);
  const plan = await planProvisioning(sp, registers, { reader: owner ? 'owner' : 'member' });
  if (plan.changes.length) return { kind: 'behind', plan, owner };
  // Up to date but never recorded (made by hand, or by the app's feature alone): an owner records it.
  if (owner) await recordDigest(sp, digest, recorded);
  return { kind: 'current' };
}

/**
 * What the site must change before these lists can take items as this release writes them (its columns
 * and rules, not who may open them): for a person about to add many at once, who is told before they start
 * rather than refused row by row. Empty when the lists are current.
 */
export async function changesBeforeAdding(sp: SPFI, registers: readonly Register[]): Promise<string[]> {
  const plan = await planProvisioning(sp, registers, { reader: 'writer' });
  return plan.changes.map((change) => change.action);
}

/**
 * Makes the plan's changes, then plans again: when nothing is left to change, records that the site is
 * current. Returns what was done and what (if anything) the second plan still finds.
 */
export async function upgradeSite(
  sp: SPFI,
  registers: readonly Register[],
  plan: ProvisionPlan,
  onProgress?: (done: number, total: number) => void
): Promise<{ applied: string[]; remaining: ProvisionPlan }> {
  const applied = await applyProvisioning(plan, onProgress);
  const remaining = await planProvisioning(sp, registers);
  // The record lives in Custodian Settings: a provisioning of some registers without it (a benchmark's) has nowhere to keep it.
  const keepsSettings = registers.some((register) => register.name === siteSettings.name);
  if (!remaining.changes.length && keepsSettings) await recordDigest(sp, await registersDigest(registers), await recordedDigest(sp));
  return { applied, remaining };
}

/** Plans and upgrades in one go, with nobody to ask: what `npm start` does to its site, and tests to theirs. */
export async function provision(sp: SPFI, registers: readonly Register[]): Promise<ProvisionReport> {
  const { applied, remaining } = await upgradeSite(sp, registers, await planProvisioning(sp, registers));
  return { applied, destructive: remaining.needsPerson };
}
