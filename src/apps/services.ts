import type { Theme } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import type { Clock } from '../domain/clock';

/** Where an app is running; a Teams tab gets the compact layout. */
export type Host = 'sharePointPage' | 'teamsTab' | 'workbench';

/** Everything an app needs from outside. Hosts build it; apps never reach for globals. */
export interface Services {
  sp: SPFI;
  /** The address of the site `sp` talks to, for messages when it cannot be reached. */
  siteUrl: string;
  theme: Theme;
  clock: Clock;
  host: Host;
}

export const systemClock: Clock = () => new Date();
