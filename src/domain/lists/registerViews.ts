import type { ItemRecord, SortOrder } from './itemQuery';
import type { Condition } from './rules';
import { conditionHolds, type RuleContext } from './rulePredicate';
import { fieldsOf } from './rules';

/** What every view may ask besides the item: who is looking, today's date and the time now. */
export interface ViewContext extends RuleContext {
  userId: number;
}

/**
 * A named selection of a register's items, like a SharePoint list view: which items, which columns, what
 * order. Which items is a condition in the rule language where it can be (so it is counted, described and
 * read like any rule), or a question for what the register's own screen works out (the FOI clock).
 */
export interface RegisterView<C extends ViewContext = ViewContext, N extends string = string> {
  /** Stable and URL-safe: links and saved column choices refer to it. */
  id: string;
  title: string;
  /** Says in plain English which items are in the view. */
  description: string;
  /** Items meeting this; every item when absent. */
  condition?: Condition;
  /** Only items the signed-in person changed last. */
  changedByMe?: boolean;
  /** Items this says yes to, when the condition language cannot ask it. */
  includes?: (record: ItemRecord, context: C) => boolean;
  /** The register's fields (and the screen's derived columns) shown, in order. */
  columns: readonly N[];
  /** By a column, or by when items were last changed. */
  sort: SortOrder & { field: N | 'Modified' };
}

export function isInView<C extends ViewContext>(view: RegisterView<C>, record: ItemRecord, context: C): boolean {
  if (view.changedByMe && record.editorId !== context.userId) return false;
  if (view.includes && !view.includes(record, context)) return false;
  return !view.condition || conditionHolds(view.condition, record.item as Record<string, unknown>, context);
}

/**
 * The fields a screen listing these views must read: what decides every view's count, and what the
 * view on show displays and sorts by, with any the screen names besides (its search, filters, report).
 */
export function fieldsToList(views: readonly RegisterView<never>[], shown: { columns: readonly string[]; sort: SortOrder }, besides: readonly string[] = []): string[] {
  const deciding = views.flatMap((view) => (view.condition ? fieldsOf(view.condition) : []));
  return [...new Set([...deciding, ...shown.columns, shown.sort.field, ...besides])];
}
