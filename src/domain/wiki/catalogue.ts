import { addDays, type IsoDate } from '../calendar/isoDate';
import { dataCatalogue } from '../registers/dataCatalogue';

/** Reviews are due a year after the last, unless the site says otherwise. */
const defaultReviewDays = 365;

/** A dataset is due for review when nobody has confirmed its entry within `withinDays`, or ever. */
export function reviewDue(lastReviewed: IsoDate | null | undefined, today: IsoDate, withinDays: number = defaultReviewDays): boolean {
  return !lastReviewed || addDays(lastReviewed, withinDays) < today;
}

/** The catalogue's people columns: who is accountable, who looks after the storage, who the quality. */
export const responsibleFields = ['Owner', 'Custodian', 'Steward'] as const;

type ResponsibleField = (typeof responsibleFields)[number];

export type CatalogueResponsibilities = Partial<Record<ResponsibleField, { id: number } | null>>;

/** What a person is to a dataset, as the catalogue names its columns ("Data owner", "Data steward"). Empty when none. */
export function rolesOf(dataset: CatalogueResponsibilities, personId: number): string[] {
  return responsibleFields.filter((field) => dataset[field]?.id === personId).map((field) => dataCatalogue.fields[field].title);
}
