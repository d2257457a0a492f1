import type { SPFI } from '@pnp/sp';
import { beginSiteIdentity } from '../data/siteIdentity';
import type { Clock } from '../domain/clock';
import type { AppDefinition } from './appDefinition';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Begins the app's first reads (its `readAhead`) and who is signed in (every app's shell asks that first),
 * and resolves once their requests have left: then render the app.
 */
export async function beginFirstReads(app: AppDefinition, sp: SPFI, clock: Clock, openedAt: string | undefined, properties: Readonly<Record<string, unknown>> = {}): Promise<void> {
  app.readAhead?.(sp, clock, openedAt, properties);
  beginSiteIdentity(sp);
  // PnPjs sends each request from a timer of its own, set once the read's first steps (promise callbacks)
  // have run: a timer set now would fire before it, one set from that timer fires after it.
  await nextTask();
  await nextTask();
}
