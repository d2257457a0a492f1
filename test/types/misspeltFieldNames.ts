/**
 * A type test, run by `npm run typecheck` (the first step of `npm test`): each line marked @ts-expect-error
 * must fail to compile, and the typecheck fails if one ever compiles. A register's field names are checked
 * from its declaration to the screen, the repository and the items read.
 */
import type { Repository } from '../../src/data/repository';
import type { FieldName, ItemOf } from '../../src/domain/lists/defineList';
import type { Saved } from '../../src/domain/lists/itemQuery';
import type { RegisterScreenDeclaration } from '../../src/domain/lists/registerScreen';
import type { RegisterView, ViewContext } from '../../src/domain/lists/registerViews';
import type { urgentCareReferrals } from '../../src/domain/registers';
import { trackerScreen } from '../../src/domain/urgentCare/trackerViews';

type Referrals = typeof urgentCareReferrals;
declare const repository: Repository<ItemOf<Referrals>>;
declare const saved: Saved<ItemOf<Referrals>>;

export const spelt = [
  repository.update(saved, { Ward: 'Elm Ward' }),
  // @ts-expect-error -- "Wrad" is not a field of Urgent Care Referrals
  repository.update(saved, { Wrad: 'Elm Ward' }),
  // @ts-expect-error -- nor is "Hopsital"
  repository.add({ Title: 'Ada Lovelace', Hopsital: 'Wythenshawe Hospital' }),
  saved.item.DischargeDate,
  // @ts-expect-error -- an item read has only the register's fields
  saved.item.DischargDate
];

export const screen: RegisterScreenDeclaration<Referrals, ViewContext, never> = {
  ...trackerScreen,
  // @ts-expect-error -- the link column is a field of the register
  linkColumn: 'Titel',
  // @ts-expect-error -- so is every field searched
  search: { fields: ['Title', 'NhsNumbr'], label: 'Search' }
};

export const view: RegisterView<ViewContext, FieldName<Referrals>> = {
  id: 'misspelt',
  title: 'Misspelt',
  description: 'A view naming a column the register does not have.',
  // @ts-expect-error -- and every column a view shows
  columns: ['Title', 'Warde'],
  sort: { field: 'Modified', descending: true }
};
