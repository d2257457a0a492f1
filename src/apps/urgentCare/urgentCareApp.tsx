import * as React from 'react';
import { createRepository } from '../../data/repository';
import { urgentCareReferrals } from '../../domain/registers/urgentCareReferrals';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';
import { firstScreenFields } from './trackerFields';
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
  readAhead: (sp, clock) => createRepository(sp, urgentCareReferrals, clock).beginListing(firstScreenFields)
};
