import * as React from 'react';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';
import { DataWiki } from './DataWiki';
import { registerPanelIcons } from '../../ui/icons/panelIcons';

// This app's first screen has the icons of forms and panels too (edit, link, history, print).
registerPanelIcons();

const title = 'Data Wiki';
const summary = 'The catalogue, data dictionary and guidance for every register.';

function DataWikiApp({ services }: AppProps): JSX.Element {
  return (
    <AppShell title={title} summary={summary} services={services}>
      {() => <DataWiki services={services} />}
    </AppShell>
  );
}

export const dataWikiApp: AppDefinition = { id: 'data-wiki', title, summary, Component: DataWikiApp };
