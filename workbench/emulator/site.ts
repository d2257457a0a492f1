import { randomUUID } from 'node:crypto';
import { parseFieldSchema, type FieldSpec } from './fieldSpec';
import { parseFormula, validationPasses, type FormulaValue } from './formula/formula';
import { coerceValue, defaultValueOf, formulaValueOf, todaySerial, writeName, type StoredValue } from './itemValues';
import { fieldsIn, matches, parseFilter, topLevelConditions, type FilterExpression } from './odata/filter';
import { defaultPrincipals, isAllowed, type Action, type RoleAssignment, type SeedPrincipals, type SiteGroup, type SiteUser } from './principals';
import { accessDenied, badRequest, listViewThreshold, notFound, SharePointError } from './sharePointError';
import { Store } from './store';

/** SharePoint's list view threshold, and the largest page a query may ask for. */
export const listViewThresholdItems = 5000;

export interface ItemVersion {
  version: number;
  values: Record<string, StoredValue>;
  modified: string;
  editorId: number;
}

export interface ItemState {
  id: number;
  guid: string;
  version: number;
  values: Record<string, StoredValue>;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  history: ItemVersion[];
}

export interface ListState {
  id: string;
  title: string;
  url: string;
  description: string;
  baseTemplate: number;
  enableVersioning: boolean;
  validationFormula: string;
  validationMessage: string;
  created: string;
  fields: FieldSpec[];
  nextItemId: number;
  /** Set when the list's permission inheritance is broken. */
  roleAssignments?: RoleAssignment[];
}

interface SiteDocument {
  title: string;
  users: SiteUser[];
  groups: SiteGroup[];
  listIds: string[];
}

export interface SiteOptions {
  /** A SQLite file, or ":memory:" (the default) for tests. */
  file?: string;
  title?: string;
  principals?: SeedPrincipals;
  clock?: () => Date;
}

export interface QueryOptions {
  filter?: string;
  orderBy?: string;
  top?: number;
  skipToken?: string;
}

export interface QueryResult {
  items: ItemState[];
  /** The $skiptoken for the next page, when there is one. */
  nextSkipToken?: string;
}

const system = { id: 1073741823, loginName: 'SHAREPOINT\\system', title: 'System Account', email: '', isSiteAdmin: true };

/** ETags as SharePoint Online shows them: odata.etag carries the version; the ETag header the item's guid too. */
export function itemETags(item: ItemState): string[] {
  return [`"${item.version}"`, `"${item.guid},${item.version}"`];
}

function builtInTitle(): FieldSpec {
  return parseFieldSchema(
    '<Field ID="{fa564e0f-0c70-4ab9-b863-0177e6ddd247}" Name="Title" StaticName="Title" DisplayName="Title" Type="Text" Required="TRUE" MaxLength="255" />',
    randomUUID
  );
}

export class Site {
  readonly title: string;
  private readonly store: Store;
  private readonly clock: () => Date;
  private users: SiteUser[];
  private groups: SiteGroup[];
  private readonly lists = new Map<string, ListState>();
  private readonly items = new Map<string, Map<number, ItemState>>();

  constructor(options: SiteOptions = {}) {
    this.store = new Store(options.file ?? ':memory:');
    this.clock = options.clock ?? (() => new Date());
    const saved = this.store.readDocument<SiteDocument>('site');
    if (saved) {
      this.title = saved.title;
      this.users = saved.users;
      this.groups = saved.groups;
      for (const id of saved.listIds) {
        const list = this.store.readDocument<ListState>(`list:${id}`)!;
        this.lists.set(id, list);
        this.items.set(id, new Map(this.store.readItems<ItemState>(id).map((item) => [item.id, item])));
      }
    } else {
      const seed = options.principals ?? defaultPrincipals;
      this.title = options.title ?? 'Custodian';
      this.users = seed.users.map((user, index) => ({ ...user, id: index + 1 }));
      this.groups = seed.groups.map((group, index) => ({
        id: 100 + index,
        title: group.title,
        role: group.role,
        memberIds: group.members.map((login) => this.userByLogin(login)!.id)
      }));
      this.saveSite();
    }
  }

  close(): void {
    this.store.close();
  }

  private now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private saveSite(): void {
    this.store.writeDocument('site', { title: this.title, users: this.users, groups: this.groups, listIds: [...this.lists.keys()] });
  }

  private saveList(list: ListState): void {
    this.store.writeDocument(`list:${list.id}`, list);
  }

  // People ---------------------------------------------------------------------------------------

  allUsers(): SiteUser[] {
    return this.users;
  }

  allGroups(): SiteGroup[] {
    return this.groups;
  }

  userById(id: number): SiteUser | undefined {
    return id === system.id ? system : this.users.find((user) => user.id === id);
  }

  userByLogin(login: string): SiteUser | undefined {
    const wanted = login.toLowerCase();
    return this.users.find((user) => user.loginName.toLowerCase() === wanted || user.email.toLowerCase() === wanted);
  }

  /** ensureuser: a person known to the directory becomes a site user. The emulator's directory is its seed list. */
  ensureUser(login: string): SiteUser {
    const user = this.userByLogin(login) ?? this.userByLogin(login.replace(/^i:0#\.f\|membership\|/i, ''));
    if (!user) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', `The user with the login name "${login}" does not exist.`);
    return user;
  }

  canDo(user: SiteUser, action: Action, list?: ListState): boolean {
    return isAllowed(user, action, this.groups, list?.roleAssignments);
  }

  assertAllowed(user: SiteUser, action: Action, list?: ListState): void {
    if (!this.canDo(user, action, list)) throw accessDenied();
  }

  // Lists ----------------------------------------------------------------------------------------

  allLists(): ListState[] {
    return [...this.lists.values()];
  }

  listByTitle(title: string): ListState {
    const wanted = title.toLowerCase();
    const list = this.allLists().find((candidate) => candidate.title.toLowerCase() === wanted);
    if (!list) throw notFound(`List '${title}'`);
    return list;
  }

  listById(id: string): ListState {
    const list = this.lists.get(id.toLowerCase());
    if (!list) throw notFound(`List '${id}'`);
    return list;
  }

  createList(properties: Record<string, unknown>, user: SiteUser): ListState {
    this.assertAllowed(user, 'manage');
    const title = String(properties.Title ?? '').trim();
    if (!title) throw badRequest('A list needs a title.');
    if (this.allLists().some((list) => list.title.toLowerCase() === title.toLowerCase())) {
      throw new SharePointError(500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
    }
    const list: ListState = {
      id: randomUUID(),
      title,
      url: `Lists/${title.replace(/[^A-Za-z0-9]/g, '')}`,
      description: String(properties.Description ?? ''),
      baseTemplate: Number(properties.BaseTemplate ?? 100),
      enableVersioning: Boolean(properties.EnableVersioning ?? false),
      validationFormula: '',
      validationMessage: '',
      created: this.now(),
      fields: [builtInTitle()],
      nextItemId: 1
    };
    this.lists.set(list.id, list);
    this.items.set(list.id, new Map());
    this.saveList(list);
    this.saveSite();
    return list;
  }

  updateList(list: ListState, properties: Record<string, unknown>, user: SiteUser): void {
    this.assertAllowed(user, 'manage', list);
    if (properties.ValidationFormula !== undefined) {
      const formula = String(properties.ValidationFormula);
      if (formula.length > 1023) throw badRequest('The validation formula is longer than 1023 characters.');
      if (formula) this.assertFormulaNamesColumns(list, formula);
      list.validationFormula = formula;
    }
    if (properties.ValidationMessage !== undefined) list.validationMessage = String(properties.ValidationMessage);
    if (properties.Title !== undefined) list.title = String(properties.Title);
    if (properties.Description !== undefined) list.description = String(properties.Description);
    if (properties.EnableVersioning !== undefined) list.enableVersioning = Boolean(properties.EnableVersioning);
    this.saveList(list);
  }

  /** Breaks the list's inheritance and gives exactly these principals these roles. */
  setListPermissions(list: ListState, assignments: RoleAssignment[] | undefined): void {
    list.roleAssignments = assignments;
    this.saveList(list);
  }

  itemCount(list: ListState): number {
    return this.items.get(list.id)!.size;
  }

  // Fields ---------------------------------------------------------------------------------------

  fieldByName(list: ListState, nameOrTitle: string): FieldSpec {
    const wanted = nameOrTitle.toLowerCase();
    const field =
      list.fields.find((candidate) => candidate.internalName.toLowerCase() === wanted) ??
      list.fields.find((candidate) => candidate.title.toLowerCase() === wanted);
    if (!field) throw badRequest(`Column '${nameOrTitle}' does not exist. It may have been deleted by another user.`);
    return field;
  }

  addField(list: ListState, schemaXml: string, user: SiteUser): FieldSpec {
    this.assertAllowed(user, 'manage', list);
    const field = parseFieldSchema(schemaXml, randomUUID);
    if (list.fields.some((existing) => existing.internalName.toLowerCase() === field.internalName.toLowerCase())) {
      throw new SharePointError(500, '-2130575342, Microsoft.SharePoint.SPException', `A duplicate field name "${field.internalName}" was found.`);
    }
    if (field.validationFormula) this.assertFormulaNamesColumns({ ...list, fields: [...list.fields, field] }, field.validationFormula);
    list.fields.push(field);
    this.saveList(list);
    return field;
  }

  updateField(list: ListState, field: FieldSpec, properties: Record<string, unknown>, user: SiteUser): void {
    this.assertAllowed(user, 'manage', list);
    const next = { ...field };
    if (properties.Title !== undefined) next.title = String(properties.Title);
    if (properties.Description !== undefined) next.description = String(properties.Description);
    if (properties.Required !== undefined) next.required = Boolean(properties.Required);
    if (properties.Indexed !== undefined) next.indexed = Boolean(properties.Indexed);
    if (properties.EnforceUniqueValues !== undefined) next.unique = Boolean(properties.EnforceUniqueValues);
    if (properties.ValidationFormula !== undefined) next.validationFormula = String(properties.ValidationFormula) || undefined;
    if (properties.ValidationMessage !== undefined) next.validationMessage = String(properties.ValidationMessage) || undefined;
    if (properties.Choices !== undefined) {
      const choices = Array.isArray(properties.Choices) ? properties.Choices : (properties.Choices as { results?: unknown[] }).results;
      next.choices = (choices ?? []).map(String);
    }
    if (properties.MaxLength !== undefined) next.maxLength = Number(properties.MaxLength);
    if (next.unique && !next.indexed) throw badRequest('The column must be indexed before it can enforce unique values.');
    if (next.unique && !field.unique) this.assertNoDuplicates(list, next);
    Object.assign(field, next);
    this.saveList(list);
  }

  // Items ----------------------------------------------------------------------------------------

  item(list: ListState, id: number): ItemState {
    const item = this.items.get(list.id)!.get(id);
    if (!item) throw new SharePointError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
    return item;
  }

  addItem(list: ListState, body: Record<string, unknown>, user: SiteUser): ItemState {
    this.assertAllowed(user, 'write', list);
    const values = this.valuesWithDefaults(list, body);
    this.validate(list, values, undefined);
    const item = this.storeNewItem(list, values, user);
    this.saveList(list);
    return item;
  }

  private valuesWithDefaults(list: ListState, body: Record<string, unknown>): Record<string, StoredValue> {
    return { ...Object.fromEntries(list.fields.map((field) => [field.internalName, defaultValueOf(field)])), ...this.coerce(list, body) };
  }

  /** Gives an item its id, version 1 and first history entry, and writes it through. */
  private storeNewItem(list: ListState, values: Record<string, StoredValue>, user: SiteUser): ItemState {
    const now = this.now();
    const item: ItemState = {
      id: list.nextItemId++,
      guid: randomUUID(),
      version: 1,
      values,
      created: now,
      modified: now,
      authorId: user.id,
      editorId: user.id,
      history: [{ version: 1, values: { ...values }, modified: now, editorId: user.id }]
    };
    this.items.get(list.id)!.set(item.id, item);
    this.store.writeItem(list.id, item.id, item);
    return item;
  }

  updateItem(list: ListState, id: number, body: Record<string, unknown>, ifMatch: string | undefined, user: SiteUser): ItemState {
    this.assertAllowed(user, 'write', list);
    const item = this.item(list, id);
    this.assertETag(item, ifMatch);
    const values = { ...item.values, ...this.coerce(list, body) };
    this.validate(list, values, item.id);
    item.values = values;
    item.version++;
    item.modified = this.now();
    item.editorId = user.id;
    item.history.push({ version: item.version, values: { ...values }, modified: item.modified, editorId: user.id });
    this.store.writeItem(list.id, item.id, item);
    return item;
  }

  deleteItem(list: ListState, id: number, ifMatch: string | undefined, user: SiteUser): void {
    this.assertAllowed(user, 'write', list);
    const item = this.item(list, id);
    this.assertETag(item, ifMatch);
    this.items.get(list.id)!.delete(id);
    this.store.deleteItem(list.id, id);
  }

  /** Writes items exactly as given, skipping validation: how legacy data arrived before the rules existed. */
  importItems(list: ListState, rows: Array<Record<string, unknown>>, user: SiteUser): void {
    this.store.transaction(() => {
      for (const row of rows) this.storeNewItem(list, this.valuesWithDefaults(list, row), user);
      this.saveList(list);
    });
  }

  private assertETag(item: ItemState, ifMatch: string | undefined): void {
    if (ifMatch === undefined || ifMatch === '*') return;
    if (!itemETags(item).includes(ifMatch)) {
      throw new SharePointError(
        412,
        '-1, Microsoft.SharePoint.Client.ClientServiceException',
        `The request ETag value '${ifMatch}' does not match the object's ETag value '"${item.guid},${item.version}"'.`
      );
    }
  }

  private coerce(list: ListState, body: Record<string, unknown>): Record<string, StoredValue> {
    const byWriteName = new Map(list.fields.map((field) => [writeName(field).toLowerCase(), field]));
    const values: Record<string, StoredValue> = {};
    for (const [name, raw] of Object.entries(body)) {
      if (name === '__metadata') continue;
      const field = byWriteName.get(name.toLowerCase());
      if (!field || field.readOnly) {
        throw badRequest(
          `The property '${name}' does not exist on type 'SP.Data.${list.url.split('/').pop()}ListItem'. Make sure to only use property names that are defined by the type.`
        );
      }
      values[field.internalName] = coerceValue(field, raw, (id) => this.userById(id) !== undefined);
    }
    return values;
  }

  private formulaContext(list: ListState, values: Record<string, StoredValue>) {
    const byTitle = new Map(list.fields.map((field) => [field.title.toLowerCase(), field]));
    return {
      column: (title: string): FormulaValue | undefined => {
        const field = byTitle.get(title.toLowerCase());
        return field ? formulaValueOf(field, values[field.internalName] ?? null) : undefined;
      },
      today: todaySerial(this.clock())
    };
  }

  /**
   * What SharePoint checks on every write: each column's own validation, the list's validation, then
   * unique values. Required columns are not checked (SharePoint does not, on REST writes).
   */
  private validate(list: ListState, values: Record<string, StoredValue>, itemId: number | undefined): void {
    const context = this.formulaContext(list, values);
    for (const field of list.fields) {
      if (field.validationFormula && !validationPasses(field.validationFormula, context)) {
        throw new SharePointError(400, '-2130575163, Microsoft.SharePoint.SPException', field.validationMessage || 'List data validation failed.');
      }
    }
    if (list.validationFormula && !validationPasses(list.validationFormula, context)) {
      throw new SharePointError(400, '-2130575163, Microsoft.SharePoint.SPException', list.validationMessage || 'List data validation failed.');
    }
    for (const field of list.fields.filter((candidate) => candidate.unique)) {
      const value = values[field.internalName];
      if (value === null || value === undefined) continue;
      const clash = [...this.items.get(list.id)!.values()].some(
        (other) => other.id !== itemId && sameValue(other.values[field.internalName], value)
      );
      if (clash) {
        throw new SharePointError(
          409,
          '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
          'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
        );
      }
    }
  }

  private assertNoDuplicates(list: ListState, field: FieldSpec): void {
    const seen = new Set<string>();
    for (const item of this.items.get(list.id)!.values()) {
      const value = item.values[field.internalName];
      if (value === null) continue;
      const key = String(value).toLowerCase();
      if (seen.has(key)) throw badRequest('This column cannot enforce unique values: it already has duplicates.');
      seen.add(key);
    }
  }

  private assertFormulaNamesColumns(list: ListState, formula: string): void {
    try {
      parseFormula(formula);
    } catch (error) {
      throw badRequest(`The formula contains a syntax error or is not supported. ${(error as Error).message}`);
    }
    const titles = new Set(list.fields.map((field) => field.title.toLowerCase()));
    for (const [, name] of formula.matchAll(/\[([^\]]+)\]/g)) {
      if (!titles.has(name.toLowerCase())) {
        throw badRequest('The formula refers to a column that does not exist.  Check the formula for spelling mistakes or change the non-existing column to an existing column.');
      }
    }
  }

  // Queries --------------------------------------------------------------------------------------

  /** Reads a field (or projection) of an item, as $filter and $orderby see it. */
  reader(list: ListState, item: ItemState): (name: string) => unknown {
    return (name) => {
      const [head, projected] = name.split('/');
      const key = head.toLowerCase();
      if (key === 'id') return item.id;
      if (key === 'created') return item.created;
      if (key === 'modified') return item.modified;
      if (key === 'authorid' || (key === 'author' && projected)) return this.projectUser(item.authorId, projected);
      if (key === 'editorid' || (key === 'editor' && projected)) return this.projectUser(item.editorId, projected);
      const field =
        list.fields.find((candidate) => candidate.internalName.toLowerCase() === key) ??
        list.fields.find((candidate) => `${candidate.internalName}Id`.toLowerCase() === key);
      if (!field) throw badRequest(`The field or property '${name}' does not exist.`);
      const value = item.values[field.internalName];
      if (field.type === 'User' && projected) return this.projectUser(value as number | null, projected);
      if (field.type === 'Lookup' && projected) return projected.toLowerCase() === 'id' ? value : this.lookupTitle(field, value as number | null);
      return value;
    };
  }

  private projectUser(id: number | null, property: string | undefined): unknown {
    if (id === null) return null;
    if (!property || property.toLowerCase() === 'id') return id;
    const user = this.userById(id);
    const key = property.toLowerCase();
    return key === 'title' ? user?.title : key === 'email' ? user?.email : key === 'name' ? user?.loginName : undefined;
  }

  lookupTitle(field: FieldSpec, id: number | null): string | null {
    if (id === null || !field.lookupList) return null;
    const target =
      this.lists.get(field.lookupList.replace(/[{}]/g, '').toLowerCase()) ?? this.allLists().find((list) => list.url === field.lookupList);
    const item = target ? this.items.get(target.id)!.get(id) : undefined;
    return item ? String(item.values[field.showField ?? 'Title'] ?? '') : null;
  }

  private isIndexed(list: ListState, name: string): boolean {
    const key = name.split('/')[0].toLowerCase();
    if (key === 'id') return true;
    const field = list.fields.find(
      (candidate) => candidate.internalName.toLowerCase() === key || `${candidate.internalName}Id`.toLowerCase() === key
    );
    return Boolean(field?.indexed);
  }

  /**
   * A query on a list over the threshold must be narrowed by an indexed column to at most 5,000 items,
   * and may sort only by an indexed column; reading by ID in pages is always allowed.
   */
  private assertUnderThreshold(list: ListState, all: ItemState[], filter: FilterExpression | undefined, orderField: string | undefined): void {
    if (all.length <= listViewThresholdItems) return;
    if (orderField && !this.isIndexed(list, orderField)) throw listViewThreshold();
    if (!filter) return;
    // SharePoint narrows by one index: the first indexed column among the top-level `and` conditions,
    // with every condition on that same column (so ID gt 5000 and ID le 10000 is one window).
    const conditions = topLevelConditions(filter);
    const first = conditions.find((condition) => fieldsIn(condition).every((name) => this.isIndexed(list, name)));
    if (!first) throw listViewThreshold();
    const column = fieldsIn(first)[0].toLowerCase();
    const narrowing = conditions.filter((condition) => fieldsIn(condition).every((name) => name.toLowerCase() === column));
    const scanned = all.filter((item) => narrowing.every((condition) => matches(condition, this.reader(list, item)))).length;
    if (scanned > listViewThresholdItems) throw listViewThreshold();
  }

  query(list: ListState, options: QueryOptions, user: SiteUser): QueryResult {
    this.assertAllowed(user, 'read', list);
    const top = options.top ?? 100;
    if (!Number.isInteger(top) || top < 0 || top > listViewThresholdItems) {
      throw badRequest(`The $top value ${options.top} is not valid: a page holds at most ${listViewThresholdItems} items.`);
    }
    const filter = options.filter ? parseFilter(options.filter) : undefined;
    const [orderField, direction] = (options.orderBy ?? 'ID asc').trim().split(/\s+/);
    const descending = direction?.toLowerCase() === 'desc';
    const all = [...this.items.get(list.id)!.values()];
    this.assertUnderThreshold(list, all, filter, options.orderBy ? orderField : undefined);

    const key = (item: ItemState): unknown => this.reader(list, item)(orderField);
    const ordered = (filter ? all.filter((item) => matches(filter, this.reader(list, item))) : all).sort((a, b) => {
      const order = compareForSort(key(a), key(b)) || a.id - b.id;
      return descending ? -order : order;
    });

    const start = options.skipToken ? this.resumeAfter(ordered, options.skipToken, key, descending) : 0;
    const page = ordered.slice(start, start + top);
    const last = page[page.length - 1];
    const more = start + top < ordered.length && last !== undefined;
    return {
      items: page,
      nextSkipToken: more
        ? `Paged=TRUE&p_ID=${last.id}${orderField.toLowerCase() === 'id' ? '' : `&p_${orderField}=${encodeURIComponent(String(key(last) ?? ''))}`}`
        : undefined
    };
  }

  private resumeAfter(ordered: ItemState[], skipToken: string, key: (item: ItemState) => unknown, descending: boolean): number {
    const token = new URLSearchParams(skipToken);
    const lastId = Number(token.get('p_ID'));
    if (!Number.isInteger(lastId)) throw badRequest('The $skiptoken is not valid.');
    const index = ordered.findIndex((item) => item.id === lastId);
    if (index >= 0) return index + 1;
    // The last item seen was deleted: resume at the first item that sorts after it.
    const lastKey = [...token.entries()].find(([name]) => name.startsWith('p_') && name !== 'p_ID')?.[1];
    const next = ordered.findIndex((item) => {
      const order = lastKey === undefined ? item.id - lastId : compareForSort(key(item), lastKey) || item.id - lastId;
      return descending ? order < 0 : order > 0;
    });
    return next < 0 ? ordered.length : next;
  }
}

function sameValue(a: StoredValue | undefined, b: StoredValue): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function compareForSort(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return -1;
  if (b === null || b === undefined || b === '') return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en-GB', { sensitivity: 'base' });
}
