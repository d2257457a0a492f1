import * as React from 'react';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';

const title = 'Urgent Care Tracker';
const summary = 'Log and follow admissions, referrals, care packages and discharges.';

function UrgentCareTracker({ services }: AppProps): JSX.Element {
  return <AppShell title={title} summary={summary} services={services} />;
}

export const urgentCareApp: AppDefinition = { id: 'urgent-care', title, summary, Component: UrgentCareTracker };
