import * as React from 'react';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';

const title = 'Data Wiki';
const summary = 'The catalogue, data dictionary and guidance for every register.';

function DataWiki({ services }: AppProps): JSX.Element {
  return <AppShell title={title} summary={summary} services={services} />;
}

export const dataWikiApp: AppDefinition = { id: 'data-wiki', title, summary, Component: DataWiki };
