import * as React from 'react';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';
import { FoiLog } from './FoiLog';

const title = 'FOI Log';
const summary = 'Log Freedom of Information and EIR requests and meet every statutory deadline.';

function FoiApp({ services }: AppProps): JSX.Element {
  return (
    <AppShell title={title} summary={summary} services={services}>
      {(identity) => <FoiLog services={services} identity={identity} />}
    </AppShell>
  );
}

export const foiApp: AppDefinition = { id: 'foi', title, summary, Component: FoiApp };
