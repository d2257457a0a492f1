import * as React from 'react';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';

const title = 'FOI Log';
const summary = 'Log Freedom of Information and EIR requests and meet every statutory deadline.';

function FoiLog({ services }: AppProps): JSX.Element {
  return <AppShell title={title} summary={summary} services={services} />;
}

export const foiApp: AppDefinition = { id: 'foi', title, summary, Component: FoiLog };
