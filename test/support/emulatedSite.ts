import type { SPFI } from '@pnp/sp';
import { SharePointEmulator, type EmulatorOptions } from '../../workbench/emulator/emulator';
import { emulatorFetch } from '../../workbench/emulator/inProcess';
import type { EmulatorResponse } from '../../workbench/emulator/rest';
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

/** A raw call with a fresh form digest, as a client other than PnPjs might make it; nobody named means the owner. */
export async function callWithDigest(emulator: SharePointEmulator, method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<EmulatorResponse> {
  const digest = (JSON.parse((await emulator.handle({ method: 'POST', url: `${siteUrl}/_api/contextinfo`, headers: {}, body: '' })).body) as { FormDigestValue: string }).FormDigestValue;
  return emulator.handle({ method, url: `${siteUrl}/_api/${path}`, headers: { accept: 'application/json;odata=nometadata', 'x-requestdigest': digest, ...headers }, body });
}
