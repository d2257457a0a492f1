import type { SPFI } from '@pnp/sp';
import { spForSite } from '../../src/data/sharePoint';
import { fetchSignedInAs } from '../../workbench/emulator/signIn';
import type { RetryPolicy } from '../../src/data/retry';

/** The app's own PnPjs set-up against an emulator over HTTP, signed in as one person. */
export function signedInSite(siteUrl: string, login: string, retry?: RetryPolicy): SPFI {
  return spForSite(siteUrl, { fetch: fetchSignedInAs(login), ...(retry ? { retry } : {}) });
}

export const owner = 'priya.shah@council.example';
export const editors = ['priya.shah@council.example', 'sam.okafor@council.example', 'alex.morgan@council.example'];
