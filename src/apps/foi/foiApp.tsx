import * as React from 'react';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';
import { FoiLog } from './FoiLog';

const title = 'FOI Log';
const summary = 'Freedom of Information and EIR requests on the statutory clock, with statistics and the disclosure log.';

function FoiApp({ services }: AppProps): JSX.Element {
  return (
    <AppShell title={title} summary={summary} services={services}>
      {(identity) => <FoiLog services={services} identity={identity} />}
    </AppShell>
  );
}

export const foiApp: AppDefinition = { id: 'foi', title, summary, Component: FoiApp };
