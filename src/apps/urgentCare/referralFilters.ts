import type { IsoDate } from '../../domain/calendar/isoDate';
import type { ItemFilter } from '../../domain/lists/itemQuery';

/** What the officer has narrowed the view to, as the toolbar holds it. */
export interface ReferralFilters {
  hospitals: string[];
  pathways: string[];
  statuses: string[];
  ward: string;
  referredFrom?: IsoDate;
  referredTo?: IsoDate;
  dischargedFrom?: IsoDate;
  dischargedTo?: IsoDate;
}

export const noFilters: ReferralFilters = { hospitals: [], pathways: [], statuses: [], ward: '' };

export function itemFilters(filters: ReferralFilters): ItemFilter[] {
  return [
    { kind: 'oneOf', field: 'Hospital', values: filters.hospitals },
    { kind: 'oneOf', field: 'Pathway', values: filters.pathways },
    { kind: 'oneOf', field: 'Status', values: filters.statuses },
    { kind: 'contains', field: 'Ward', text: filters.ward },
    { kind: 'dateRange', field: 'ReferralDate', from: filters.referredFrom, to: filters.referredTo },
    { kind: 'dateRange', field: 'DischargeDate', from: filters.dischargedFrom, to: filters.dischargedTo }
  ];
}

export function activeFilterCount(filters: ReferralFilters): number {
  return (
    Number(filters.hospitals.length > 0) +
    Number(filters.pathways.length > 0) +
    Number(filters.statuses.length > 0) +
    Number(filters.ward.trim() !== '') +
    Number(Boolean(filters.referredFrom || filters.referredTo)) +
    Number(Boolean(filters.dischargedFrom || filters.dischargedTo))
  );
}
