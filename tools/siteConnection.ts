import type { SPFI } from '@pnp/sp';
import { spForSite } from '../src/data/sharePoint';
import { fetchSignedInAs } from '../workbench/emulator/signIn';
import { option } from './commandLine';
import { signInByDeviceCode } from './tenantSignIn';

/** The workbench's emulated site, which a command without --site works on. */
export const workbenchSite = 'http://127.0.0.1:8080/sites/custodian';

/**
 * PnPjs for the site a command names, signed in as the command line can be:
 * - SharePoint Online: `--client-id <app id> --tenant <tenant>`, by device code (README);
 * - a local emulator: `--user <login>` names who is asking.
 */
export async function connectToSite(): Promise<{ site: string; sp: SPFI }> {
  const site = option('--site') ?? workbenchSite;
  const clientId = option('--client-id');
  const tenant = option('--tenant');
  if (clientId || tenant) {
    if (!clientId || !tenant) throw new Error('Give both --client-id and --tenant to sign in to SharePoint Online.');
    return { site, sp: spForSite(site, { fetch: await signInByDeviceCode(site, { clientId, tenant }, (message) => console.log(message)) }) };
  }
  if (new URL(site).hostname.endsWith('.sharepoint.com')) {
    throw new Error('SharePoint Online needs a sign-in: give --client-id and --tenant (see "Running the command line against a tenant" in the README).');
  }
  const user = option('--user');
  return { site, sp: spForSite(site, user ? { fetch: fetchSignedInAs(user) } : {}) };
}
