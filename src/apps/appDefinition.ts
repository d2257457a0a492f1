import type * as React from 'react';
import type { SPFI } from '@pnp/sp';
import type { Clock } from '../domain/clock';
import type { Services } from './services';

export interface AppProps {
  services: Services;
}

/** What a host needs to offer an app: how to name it and how to mount it. */
export interface AppDefinition {
  /** Stable, URL-safe: the workbench routes on it. */
  id: string;
  title: string;
  summary: string;
  Component: React.ComponentType<AppProps>;
  /**
   * Begins the reads the first screen waits for, so that they are on their way while the app first renders
   * (which holds the page for a while): the screen's own reads take them instead of asking again. A host
   * calls it through `beginFirstReads` (firstReads.ts), with the connection it then gives the app, the
   * item the app was opened at (its deep link), if any, and the web part's settings.
   */
  readAhead?(sp: SPFI, clock: Clock, openedAt: string | undefined, properties: Readonly<Record<string, unknown>>): void;
}
