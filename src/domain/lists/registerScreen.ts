import type { FieldName, Register } from './defineList';
import type { FieldDefinition } from './fields';
import type { ItemFilter, SortOrder } from './itemQuery';
import { fieldsToList, type RegisterView, type ViewContext } from './registerViews';

/**
 * What the shared register screen needs to know of a register, besides the register itself. Every field it
 * names is one the register declares (or one of its derived columns, D): a misspelt name does not compile.
 */
export interface RegisterScreenDeclaration<R extends Register = Register, C extends ViewContext = ViewContext, D extends string = string> {
  register: R;
  /** The first is the view the screen opens at. */
  views: ReadonlyArray<RegisterView<C, FieldName<R> | D>>;
  /** What one item is called, and many: "referral", "referrals". */
  noun: string;
  nouns: string;
  /** The column whose value opens an item. */
  linkColumn: FieldName<R>;
  /** What the quick search looks in, and what its box says. */
  search: { fields: ReadonlyArray<FieldName<R>>; label: string };
  /** The filters offered, each narrowing nothing yet. */
  filters?: ReadonlyArray<ItemFilter & { field: FieldName<R> }>;
  /** Columns worked out from the item rather than stored (the FOI log's Due by): shown, sorted and exported like fields. */
  derivedFields?: Readonly<Record<D, FieldDefinition>>;
  /** Fields every screen state reads besides its views', search's and filters': a rule's (checked when the register was declared), that a banner counts by. */
  alwaysRead?: readonly string[];
  /** Reads every field of every item: for a register whose tabs need most of it anyway. */
  readsWhole?: boolean;
  /** The values a new item starts with. */
  newValues?: (today: string) => Record<string, unknown>;
}

/** A register the register web part can show: named, and its screen loaded only when it is opened (offeredRegisters.ts). */
export interface OfferedRegister {
  name: string;
  title: string;
  description: string;
  screen: () => Promise<RegisterScreenDeclaration>;
}

export interface ScreenState {
  shown: { columns: readonly string[]; sort: SortOrder };
  /** Fields the parts opened so far need (a report's). */
  parts: readonly string[];
  /** An item is being entered: the duplicate warning compares the register's duplicate key. */
  entering: boolean;
}

/** The register's fields the screen reads of every item for what is on show: never the whole item unless declared. */
export function fieldsToRead(screen: RegisterScreenDeclaration<Register, never>, { shown, parts, entering }: ScreenState): string[] {
  const stored = Object.keys(screen.register.fields);
  if (screen.readsWhole) return stored;
  const named = fieldsToList(screen.views, shown, [
    ...screen.search.fields,
    ...(screen.filters ?? []).map((filter) => filter.field),
    ...(screen.alwaysRead ?? []),
    ...parts,
    ...(entering ? screen.register.duplicateKey : [])
  ]);
  return named.filter((name) => stored.includes(name));
}

/** What the screen's first view reads before anything is opened: what a host asks for ahead. */
export const firstScreenFields = (screen: RegisterScreenDeclaration<Register, never>): string[] =>
  fieldsToRead(screen, { shown: screen.views[0], parts: [], entering: false });
