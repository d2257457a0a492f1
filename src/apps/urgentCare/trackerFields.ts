import { dischargeDateRule } from '../../domain/urgentCare/dischargeDateRule';
import { fieldsToList, type RegisterView } from '../../domain/lists/registerViews';
import { ruleFields } from '../../domain/lists/rules';
import { urgentCareReferrals } from '../../domain/registers/urgentCareReferrals';
import { reportFields } from '../../domain/urgentCare/dailyReport';
import { trackerViews } from '../../domain/urgentCare/trackerViews';
import { noFilters } from './referralFilters';
import { referralFields } from './referralRegister';

/** The quick search finds a referral by the patient's name (the list's Title) or NHS number, as its label says. */
export const searchedFields = Object.fromEntries(Object.entries(referralFields).filter(([name, field]) => name === 'Title' || field.kind === 'nhsNumber'));

export interface TrackerScreen {
  /** The view on show, with the columns chosen for it. */
  shown: Pick<RegisterView, 'columns' | 'sort'>;
  /** The daily report has been opened. */
  report: boolean;
  /** A referral is being entered or edited: the form's duplicate warning compares the register's duplicate key. */
  entering: boolean;
}

/** The fields the tracker reads of every referral for what is on screen: never the whole item. */
export function trackerFields({ shown, report, entering }: TrackerScreen): string[] {
  return fieldsToList(trackerViews, shown, [
    ...Object.keys(searchedFields),
    ...noFilters.map((filter) => filter.field),
    ...ruleFields(dischargeDateRule),
    ...(report ? reportFields : []),
    ...(entering ? urgentCareReferrals.duplicateKey : [])
  ]);
}

/** What the tracker's first screen reads: the first view's, before the report or a form is opened. */
export const firstScreenFields = trackerFields({ shown: trackerViews[0], report: false, entering: false });
