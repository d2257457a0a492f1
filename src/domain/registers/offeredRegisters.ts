// Written by `npm run generate` (tools/registers/offeredRegisters.ts) from the register screens the domain declares: do not edit.
import type { OfferedRegister } from '../lists/registerScreen';

export const offeredRegisters: readonly OfferedRegister[] = [
  {
    name: 'urgentCareReferrals',
    title: 'Urgent Care Referrals',
    description: 'Referrals to the Urgent Care Control Room: admissions, care packages and discharges from hospital.',
    screen: () => import(/* webpackChunkName: 'register-urgentCareReferrals' */ '../urgentCare/trackerViews').then((module) => module.trackerScreen)
  },
  {
    name: 'dataBreaches',
    title: 'Personal Data Breaches',
    description: 'Every personal data breach, reported to the ICO or not, as UK GDPR Article 33(5) requires.',
    screen: () => import(/* webpackChunkName: 'register-dataBreaches' */ './dataBreaches').then((module) => module.breachScreen)
  }
];
