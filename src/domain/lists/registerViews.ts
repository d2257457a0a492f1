import type { IsoDate } from '../calendar/isoDate';
import type { ItemRecord, SortOrder } from './itemQuery';
import type { Condition } from './rules';
import { conditionHolds } from './rulePredicate';

/** A named selection of a register's items, like a SharePoint list view: which items, which columns, what order. */
export interface RegisterView {
  /** Stable and URL-safe: links and saved column choices refer to it. */
  id: string;
  title: string;
  /** Says in plain English which items are in the view. */
  description: string;
  /** Items meeting this; every item when absent. */
  condition?: Condition;
  /** Only items the signed-in person changed last. */
  changedByMe?: boolean;
  columns: readonly string[];
  sort: SortOrder;
}

export interface ViewContext {
  userId: number;
  today: IsoDate;
}

export function isInView(view: RegisterView, record: ItemRecord, context: ViewContext): boolean {
  if (view.changedByMe && record.editorId !== context.userId) return false;
  return !view.condition || conditionHolds(view.condition, record.item as Record<string, unknown>, context);
}
