import type { SPFI } from '@pnp/sp';
import { spForSite } from '../../src/data/sharePoint';
import { identityHeader } from '../../workbench/emulator/emulator';
import type { RetryPolicy } from '../../src/data/retry';

/** The app's own PnPjs set-up against an emulator over HTTP, signed in as one person. */
export function signedInSite(siteUrl: string, login: string, retry?: RetryPolicy): SPFI {
  const send: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set(identityHeader, login);
    return fetch(input, { ...init, headers });
  };
  return spForSite(siteUrl, { fetch: send, ...(retry ? { retry } : {}) });
}

export const owner = 'priya.shah@council.example';
export const editors = ['priya.shah@council.example', 'sam.okafor@council.example', 'alex.morgan@council.example'];
