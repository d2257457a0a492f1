// Written by `npm run generate` (tools/registers/offeredRegisters.ts) from the register screens the domain declares: do not edit.
import type { RegisterScreenDeclaration } from '../lists/registerScreen';

/** A register the register web part can show: named, and its screen loaded only when it is opened. */
export interface OfferedRegister {
  name: string;
  title: string;
  description: string;
  screen: () => Promise<RegisterScreenDeclaration>;
}

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
