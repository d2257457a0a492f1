import type { SPFI } from '@pnp/sp';
import { beginSiteIdentity } from '../data/siteIdentity';
import type { Clock } from '../domain/clock';

/**
 * Begins the reads an app's first screen waits for, so that they are on their way while the rest of the app
 * downloads and first renders: the screen's own reads take them instead of asking again. `openedAt` is the
 * item the app was opened at (its deep link), if any. Each app's lives in a module of its own, apart from
 * the app, so that a host can start them before the app (React, Fluent UI, the screens) has arrived.
 */
export type FirstReads = (sp: SPFI, clock: Clock, openedAt: string | undefined) => void;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Begins the app's first reads and who is signed in (every app's shell asks that first), and resolves once
 * their requests have left.
 */
export async function beginFirstReads(reads: FirstReads | undefined, sp: SPFI, clock: Clock, openedAt: string | undefined): Promise<void> {
  reads?.(sp, clock, openedAt);
  beginSiteIdentity(sp);
  // PnPjs sends each request from a timer of its own, set once the read's first steps (promise callbacks)
  // have run: a timer set now would fire before it, one set from that timer fires after it.
  await nextTask();
  await nextTask();
}
