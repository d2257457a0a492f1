import * as React from 'react';
import { createRepository } from '../../data/repository';
import { firstScreenFields } from '../../domain/lists/registerScreen';
import { trackerScreen } from '../../domain/urgentCare/trackerViews';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';
import { UrgentCareTracker } from './UrgentCareTracker';

const title = 'Urgent Care Tracker';
const summary = 'Log and follow admissions, referrals, care packages and discharges.';

function UrgentCareApp({ services }: AppProps): JSX.Element {
  return (
    <AppShell title={title} summary={summary} services={services} eager={(identity, settled) => <UrgentCareTracker services={services} identity={identity} onSettled={settled} />} />
  );
}

export const urgentCareApp: AppDefinition = {
  id: 'urgent-care',
  title,
  summary,
  Component: UrgentCareApp,
  readAhead: (sp, clock) => createRepository(sp, trackerScreen.register, clock).beginListing(firstScreenFields(trackerScreen))
};
