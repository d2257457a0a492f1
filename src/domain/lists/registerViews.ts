import type { IsoDate } from '../calendar/isoDate';
import type { ItemRecord, SortOrder } from './itemQuery';
import type { Condition } from './rules';
import { conditionHolds } from './rulePredicate';
import { fieldsOf } from './rules';

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

/**
 * The fields a screen listing these views must read: what decides every view's count, and what the
 * view on show displays and sorts by, with any the screen names besides (its search, filters, report).
 */
export function fieldsToList(views: readonly RegisterView[], shown: { columns: readonly string[]; sort: SortOrder }, besides: readonly string[] = []): string[] {
  const deciding = views.flatMap((view) => (view.condition ? fieldsOf(view.condition) : []));
  return [...new Set([...deciding, ...shown.columns, shown.sort.field, ...besides])];
}
