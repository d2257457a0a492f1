import { addDays, type IsoDate } from '../calendar/isoDate';

/** Reviews are due a year after the last, unless the site says otherwise. */
export const defaultReviewDays = 365;

/** A dataset is due for review when nobody has confirmed its entry within `withinDays`, or ever. */
export function reviewDue(lastReviewed: IsoDate | null | undefined, today: IsoDate, withinDays: number = defaultReviewDays): boolean {
  return !lastReviewed || addDays(lastReviewed, withinDays) < today;
}

export type CatalogueRole = 'Data owner' | 'Data custodian' | 'Data steward';

interface PersonRef {
  id: number;
}

export interface CatalogueResponsibilities {
  Owner?: PersonRef | null;
  Custodian?: PersonRef | null;
  Steward?: PersonRef | null;
}

/** What a person is to a dataset: its owner, custodian or steward (or several). Empty when none. */
export function rolesOf(dataset: CatalogueResponsibilities, personId: number): CatalogueRole[] {
  const roles: Array<[keyof CatalogueResponsibilities, CatalogueRole]> = [
    ['Owner', 'Data owner'],
    ['Custodian', 'Data custodian'],
    ['Steward', 'Data steward']
  ];
  return roles.filter(([field]) => dataset[field]?.id === personId).map(([, role]) => role);
}
