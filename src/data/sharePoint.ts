import { spfi, SPBrowser, SPFx, type SPFI } from '@pnp/sp';
import type { ISPFXContext } from '@pnp/sp/behaviors/spfx';
import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { defaultRetryPolicy, retryingFetch, type RetryPolicy } from './retry';

/**
 * PnPjs, configured in one place for every host: a web part on a page or in a Teams tab (the SPFx context
 * carries the site and the sign-in), and the local workbench (the site's address). Every host sends through
 * the same retrying fetch.
 */

export interface Transport {
  /** Where requests go; the browser's fetch unless a test or the workbench says otherwise. */
  fetch?: typeof fetch;
  retry?: RetryPolicy;
}

const browserFetch: typeof fetch = (input, init) => fetch(input, init);

function Send({ fetch: fetchImpl = browserFetch, retry = defaultRetryPolicy }: Transport): TimelinePipe<Queryable> {
  const send = retryingFetch(fetchImpl, retry);
  return (instance) => {
    instance.on.send.replace(async (url, init) => send(url.toString(), init));
    return instance;
  };
}

export function spForWebPart(context: ISPFXContext, transport: Transport = {}): SPFI {
  return spfi().using(SPFx(context), Send(transport));
}

export function spForSite(siteUrl: string, transport: Transport = {}): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), Send(transport));
}
