import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { SharePointEmulator, type EmulatorOptions } from '../../workbench/emulator/emulator';
import { emulatorFetch } from '../../workbench/emulator/inProcess';

export const siteUrl = 'http://127.0.0.1:8080/sites/custodian';

/** PnPjs sends through the given fetch instead of the network. */
function Transport(fetchImpl: typeof fetch): TimelinePipe<Queryable> {
  return (instance) => {
    instance.on.send.replace(async (url, init) => fetchImpl(url.toString(), init));
    return instance;
  };
}

/** A fresh in-memory emulated site, and real PnPjs talking to it as a given user (the site owner by default). */
export function emulatedSite(options: EmulatorOptions = {}): { emulator: SharePointEmulator; sp: (identity?: string) => SPFI } {
  const emulator = new SharePointEmulator(options);
  return {
    emulator,
    sp: (identity) => spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), Transport(emulatorFetch(emulator, identity)))
  };
}
