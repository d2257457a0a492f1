import type { SPFI } from '@pnp/sp';
import { SharePointEmulator, type EmulatorOptions } from '../../workbench/emulator/emulator';
import { emulatorFetch } from '../../workbench/emulator/inProcess';
import { defaultPrincipals } from '../../workbench/emulator/principals';
import { spForSite } from '../../src/data/sharePoint';
import type { RetryPolicy } from '../../src/data/retry';

export const siteUrl = 'http://127.0.0.1:8080/sites/custodian';

/** Retries as in production, but records the waits instead of sleeping through them. */
export function recordedRetries(): RetryPolicy & { waits: number[] } {
  const waits: number[] = [];
  return { retries: 6, networkRetries: 2, baseDelayMs: 500, maxDelayMs: 60_000, waits, sleep: async (milliseconds) => void waits.push(milliseconds) };
}

/** A fresh in-memory emulated site, and the app's own PnPjs set-up talking to it as a given user (the owner by default). */
export function emulatedSite(options: EmulatorOptions = {}, retry: RetryPolicy = recordedRetries()): {
  emulator: SharePointEmulator;
  sp: (identity?: string) => SPFI;
} {
  const emulator = new SharePointEmulator({ anonymousAs: defaultPrincipals.users[0].loginName, ...options });
  return { emulator, sp: (identity) => spForSite(siteUrl, { fetch: emulatorFetch(emulator, identity), retry }) };
}
