import type * as React from 'react';
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
}
