import type { ItemFilter } from '../../domain/lists/itemQuery';

/** The filters the tracker offers, each on a field of the register, none narrowing anything yet. */
export const noFilters: readonly ItemFilter[] = [
  { kind: 'oneOf', field: 'Hospital', values: [] },
  { kind: 'contains', field: 'Ward', text: '' },
  { kind: 'oneOf', field: 'Pathway', values: [] },
  { kind: 'oneOf', field: 'Status', values: [] },
  { kind: 'dateRange', field: 'ReferralDate' },
  { kind: 'dateRange', field: 'DischargeDate' }
];
