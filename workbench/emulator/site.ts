import { randomBytes, randomUUID } from 'node:crypto';
import { parseFieldSchema, type FieldSpec } from './fieldSpec';
import { parseFormula, validationPasses, type FormulaValue } from './formula/formula';
import { calculate, coerceValue, defaultValueOf, formulaValueOf, todaySerial, writeName, type StoredValue } from './itemValues';
import { fieldsIn, matches, parseFilter, topLevelConditions, type FilterExpression } from './odata/filter';
import { applyProperties, booleanOf, Directory, integerOf, loadDirectory, optionalText, requiredText, seedDirectory, type DirectoryState, type Securable } from './directory';
import type { PermissionName } from './permissions';
import { defaultPrincipals, type SeedPrincipals, type SiteGroup, type SiteUser } from './principals';
import { badRequest, ListNotFound, listViewThreshold, notFound, SharePointError } from './sharePointError';
import { Store } from './store';
import { UniqueValues, uniqueKeyOf } from './uniqueValues';

/** SharePoint's list view threshold, and the largest page a query may ask for. */
export const listViewThresholdItems = 5000;

export interface ItemVersion {
  version: number;
  values: Record<string, StoredValue>;
  modified: string;
  editorId: number;
}

export interface ItemState extends Securable {
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

/** List settings SharePoint keeps and returns but the emulator does not act on beyond keeping them. */
export interface ListSettings {
  Hidden: boolean;
  OnQuickLaunch: boolean;
  NoCrawl: boolean;
  EnableAttachments: boolean;
  EnableMinorVersions: boolean;
  ContentTypesEnabled: boolean;
  EnableFolderCreation: boolean;
  MajorVersionLimit: number;
}

export interface ListState extends Securable {
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
  settings?: Partial<ListSettings>;
}

const defaultListSettings: ListSettings = {
  Hidden: false,
  OnQuickLaunch: false,
  NoCrawl: false,
  EnableAttachments: true,
  EnableMinorVersions: false,
  ContentTypesEnabled: false,
  EnableFolderCreation: true,
  MajorVersionLimit: 500
};

export function listSettings(list: ListState): ListSettings {
  return { ...defaultListSettings, ...(list.settings ?? {}) };
}

interface SiteDocument {
  title: string;
  description?: string;
  listIds: string[];
  /** Signs form digests (the farm's key), so that a digest outlives a restart of the emulator as it outlives SharePoint's. */
  digestKey?: string;
  /** Site columns. */
  fields?: FieldSpec[];
  directory?: DirectoryState;
  /** Before the directory: people and groups with their site level. */
  users?: SiteUser[];
  groups?: Array<SiteGroup & { role?: 'read' | 'contribute' | 'fullControl' }>;
}

export interface SiteOptions {
  /** A SQLite file, or ":memory:" (the default) for tests. */
  file?: string;
  title?: string;
  principals?: SeedPrincipals;
  /** The time items are stamped with; tests move it to another day. */
  clock?: () => Date;
  /** The real time, in milliseconds, that form digests expire by; only a test of expiry changes it. */
  digestClock?: () => number;
}

/** What a permission change addresses: the web, a list, or an item in a list. */
export type Scope = { kind: 'web' } | { kind: 'list'; list: ListState } | { kind: 'item'; list: ListState; item: ItemState };

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

/** ETags as SharePoint Online shows them: odata.etag carries the version; the ETag header the item's guid too. */
export function itemETags(item: ItemState): string[] {
  return [`"${item.version}"`, `"${item.guid},${item.version}"`];
}

function builtInTitle(): FieldSpec {
  return {
    fromBaseType: true,
    ...parseFieldSchema('<Field ID="{fa564e0f-0c70-4ab9-b863-0177e6ddd247}" Name="Title" StaticName="Title" DisplayName="Title" Type="Text" Required="TRUE" MaxLength="255" />', randomUUID)
  };
}

/** Sites held in memory in one process stand for one farm: a digest one issued, another accepts. */
const inMemoryFarmKey = randomBytes(32).toString('hex');

/** Document libraries (base template 101) hold files; list items are added to them by uploading. */
export const documentLibraryTemplate = 101;

/** A list's title: SharePoint allows up to 255 characters and none of these. */
function listTitleOf(value: unknown): string {
  const title = requiredText(value, 'Title', 255);
  if (/[\u0000-\u001f]/.test(title)) throw badRequest('The list title contains characters that are not allowed.');
  return title;
}

export class Site {
  private readonly store: Store;
  private readonly clock: () => Date;
  private readonly digestClock: () => number;
  private document: SiteDocument;
  readonly directory: Directory;
  private readonly lists = new Map<string, ListState>();
  private readonly items = new Map<string, Map<number, ItemState>>();
  private readonly uniqueValues = new UniqueValues((listId) => this.items.get(listId)!.values());

  constructor(options: SiteOptions = {}) {
    this.store = new Store(options.file ?? ':memory:');
    this.clock = options.clock ?? (() => new Date());
    this.digestClock = options.digestClock ?? Date.now;
    const saved = this.store.readDocument<SiteDocument>('site');
    if (saved) {
      this.document = saved;
      const directory = saved.directory ?? loadDirectory({ users: saved.users ?? [], groups: saved.groups ?? [] });
      this.directory = new Directory(directory, () => this.saveSite());
      for (const id of saved.listIds) {
        const list = this.store.readDocument<ListState>(`list:${id}`)!;
        list.nextItemId = this.store.readDocument<number>(`nextItemId:${id}`) ?? list.nextItemId;
        this.lists.set(id, list);
        this.items.set(id, new Map(this.store.readItems<ItemState>(id).map((item) => [item.id, item])));
      }
    } else {
      this.document = { title: options.title ?? 'Custodian', description: '', listIds: [], digestKey: options.file && options.file !== ':memory:' ? randomBytes(32).toString('hex') : inMemoryFarmKey, fields: [builtInTitle()] };
      this.directory = new Directory(seedDirectory(options.principals ?? defaultPrincipals), () => this.saveSite());
      this.store.transaction(() => {
        this.saveSite();
        this.addList({ Title: 'Documents', BaseTemplate: documentLibraryTemplate, Description: '' }, 'Shared Documents');
      });
    }
    if (!this.document.digestKey) {
      this.document.digestKey = randomBytes(32).toString('hex');
      this.saveSite();
    }
  }

  close(): void {
    this.store.close();
  }

  get title(): string {
    return this.document.title;
  }

  get description(): string {
    return this.document.description ?? '';
  }

  get digestKey(): string {
    return this.document.digestKey!;
  }

  digestNow(): number {
    return this.digestClock();
  }

  now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private saveSite(): void {
    const { users: _users, groups: _groups, ...rest } = this.document;
    this.store.writeDocument('site', { ...rest, listIds: [...this.lists.keys()], directory: this.directory?.state });
  }

  private saveList(list: ListState): void {
    this.store.writeDocument(`list:${list.id}`, list);
    this.saveNextItemId(list);
  }

  /** Kept apart from the list's own document, which holds every column: an item added writes a number, not the list. */
  private saveNextItemId(list: ListState): void {
    this.store.writeDocument(`nextItemId:${list.id}`, list.nextItemId);
  }

  /** Runs a change as one SQLite transaction. */
  private change<T>(work: () => T): T {
    return this.store.transaction(work);
  }

  /** Writes to the directory (people, groups, permission levels) are saved in one transaction each. */
  people<T>(work: (directory: Directory) => T): T {
    return this.change(() => work(this.directory));
  }

  updateWeb(user: SiteUser, properties: Record<string, unknown>): void {
    this.assert(user, 'manageWeb');
    const draft = { ...this.document };
    applyProperties(
      properties,
      { Title: (value) => (draft.title = requiredText(value, 'Title', 255)), Description: (value) => (draft.description = optionalText(value, 'Description', 2000)) },
      'SP.Web',
      ['Id', 'Url', 'ServerRelativeUrl']
    );
    this.document = draft;
    this.change(() => this.saveSite());
  }

  // People ---------------------------------------------------------------------------------------

  allUsers(): SiteUser[] {
    return this.directory.users;
  }

  allGroups(): SiteGroup[] {
    return this.directory.groups;
  }

  userById(id: number): SiteUser | undefined {
    return this.directory.userById(id);
  }

  userByLogin(login: string): SiteUser | undefined {
    return this.directory.userByLogin(login);
  }

  can(user: SiteUser, permission: PermissionName, ...scopes: Securable[]): boolean {
    return this.directory.can(user, permission, ...scopes);
  }

  assert(user: SiteUser, permission: PermissionName, ...scopes: Securable[]): void {
    this.directory.assert(user, permission, ...scopes);
  }

  /** The object a scope names and the objects it inherits through, nearest first (the web is implied last). */
  chain(scope: Scope): Securable[] {
    return scope.kind === 'web' ? [this.directory.web] : scope.kind === 'list' ? [scope.list] : [scope.item, scope.list];
  }

  /** Gives an object unique permissions (a copy of what it inherited, or none), or makes it inherit again. */
  setUniquePermissions(user: SiteUser, scope: Scope, unique: { copy: boolean } | undefined): void {
    const scopes = this.chain(scope);
    const [target] = scopes;
    this.assert(user, 'managePermissions', ...scopes);
    this.change(() => {
      if (!unique) {
        if (scope.kind === 'web') throw badRequest('The root web of a site always has unique permissions.');
        delete target.roleAssignments;
      } else if (!target.roleAssignments) {
        target.roleAssignments = unique.copy ? structuredClone(this.directory.assignmentsFor(...scopes.slice(1))) : [];
      }
      this.saveSecurable(scope);
    });
  }

  /** Adds or removes one principal's permission level on an object that has unique permissions. */
  changeRoleAssignment(user: SiteUser, scope: Scope, principalId: number, roleDefinitionId: number | undefined, add: boolean): void {
    const scopes = this.chain(scope);
    const [target] = scopes;
    this.assert(user, 'managePermissions', ...scopes);
    if (!target.roleAssignments) throw badRequest('This object inherits its permissions from its parent: break inheritance before changing them.');
    if (!this.directory.principalExists(principalId)) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
    if (roleDefinitionId !== undefined) this.directory.roleDefinition(roleDefinitionId);
    this.change(() => {
      const assignments = target.roleAssignments!;
      const current = assignments.find((assignment) => assignment.principalId === principalId);
      if (add) {
        if (roleDefinitionId === undefined) throw badRequest('A role assignment needs a role definition.');
        if (current) current.roleDefinitionIds = [...new Set([...current.roleDefinitionIds, roleDefinitionId])];
        else assignments.push({ principalId, roleDefinitionIds: [roleDefinitionId] });
      } else if (current) {
        current.roleDefinitionIds = roleDefinitionId === undefined ? [] : current.roleDefinitionIds.filter((id) => id !== roleDefinitionId);
        if (!current.roleDefinitionIds.length) assignments.splice(assignments.indexOf(current), 1);
      }
      this.saveSecurable(scope);
    });
  }

  private saveSecurable(scope: Scope): void {
    if (scope.kind === 'web') this.saveSite();
    else if (scope.kind === 'list') this.saveList(scope.list);
    else this.store.writeItem(scope.list.id, scope.item.id, scope.item);
  }

  /** Removes a group, and with it every permission it was given on the web, its lists and their items. */
  removeGroup(user: SiteUser, group: SiteGroup): void {
    this.change(() => {
      this.directory.removeGroup(user, group, (principalId) => {
        const withoutGroup = (scope: Securable): boolean => {
          if (!scope.roleAssignments?.some((assignment) => assignment.principalId === principalId)) return false;
          scope.roleAssignments = scope.roleAssignments.filter((assignment) => assignment.principalId !== principalId);
          return true;
        };
        for (const list of this.allLists()) {
          if (withoutGroup(list)) this.saveList(list);
          for (const item of this.items.get(list.id)!.values()) if (withoutGroup(item)) this.store.writeItem(list.id, item.id, item);
        }
      });
    });
  }

  // Lists ----------------------------------------------------------------------------------------

  allLists(): ListState[] {
    return [...this.lists.values()];
  }

  listByTitle(title: string): ListState {
    const wanted = title.toLowerCase();
    const list = this.allLists().find((candidate) => candidate.title.toLowerCase() === wanted);
    if (!list) throw new ListNotFound(title);
    return list;
  }

  listById(id: string): ListState {
    const list = this.lists.get(id.toLowerCase());
    if (!list) throw notFound(`List '${id}'`);
    return list;
  }

  listByUrl(serverRelativeOrWebRelative: string): ListState {
    const wanted = serverRelativeOrWebRelative.replace(/\/+$/, '').toLowerCase();
    const list = this.allLists().find((candidate) => wanted === candidate.url.toLowerCase() || wanted.endsWith(`/${candidate.url.toLowerCase()}`));
    if (!list) throw notFound(`List '${serverRelativeOrWebRelative}'`);
    return list;
  }

  createList(properties: Record<string, unknown>, user: SiteUser): ListState {
    this.assert(user, 'manageLists');
    return this.change(() => this.addList(properties));
  }

  private addList(properties: Record<string, unknown>, url?: string): ListState {
    const list: ListState = {
      id: randomUUID(),
      title: '',
      url: '',
      description: '',
      baseTemplate: 100,
      enableVersioning: false,
      validationFormula: '',
      validationMessage: '',
      created: this.now(),
      fields: [builtInTitle()],
      nextItemId: 1
    };
    applyProperties(properties, { ...this.listSetters(list), BaseTemplate: (value) => (list.baseTemplate = integerOf(value, 'BaseTemplate', 100, 1000)), AllowContentTypes: (value) => void booleanOf(value, 'AllowContentTypes') }, 'SP.List');
    if (!list.title) throw badRequest('A list needs a title.');
    if (![100, documentLibraryTemplate].includes(list.baseTemplate)) {
      throw new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', `Lists of template ${list.baseTemplate} are not emulated: only custom lists (100) and document libraries (101).`);
    }
    if (this.allLists().some((existing) => existing.title.toLowerCase() === list.title.toLowerCase())) {
      throw new SharePointError(500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
    }
    const name = list.title.replace(/[^A-Za-z0-9]/g, '') || `List${this.lists.size + 1}`;
    list.url = url ?? (list.baseTemplate === documentLibraryTemplate ? name : `Lists/${name}`);
    this.lists.set(list.id, list);
    this.items.set(list.id, new Map());
    this.saveList(list);
    this.saveSite();
    return list;
  }

  private listSetters(list: ListState): Record<string, (value: unknown) => void> {
    const settings: Record<string, (value: unknown) => void> = {};
    for (const [name, fallback] of Object.entries(defaultListSettings)) {
      settings[name] = (value) => {
        list.settings = { ...(list.settings ?? {}), [name]: typeof fallback === 'boolean' ? booleanOf(value, name) : integerOf(value, name, 1, 50000) };
      };
    }
    return {
      ...settings,
      Title: (value) => (list.title = listTitleOf(value)),
      Description: (value) => (list.description = optionalText(value, 'Description', 4000)),
      EnableVersioning: (value) => (list.enableVersioning = booleanOf(value, 'EnableVersioning')),
      ValidationFormula: (value) => {
        const formula = optionalText(value, 'ValidationFormula', 1023);
        if (formula) this.assertFormulaNamesColumns(list.fields, formula);
        list.validationFormula = formula;
      },
      ValidationMessage: (value) => (list.validationMessage = optionalText(value, 'ValidationMessage', 1024))
    };
  }

  updateList(list: ListState, properties: Record<string, unknown>, user: SiteUser): void {
    this.assert(user, 'manageLists', list);
    const draft: ListState = { ...list, settings: { ...(list.settings ?? {}) } };
    applyProperties(properties, this.listSetters(draft), 'SP.List', ['Id', 'ItemCount', 'Created', 'EntityTypeName']);
    if (draft.title.toLowerCase() !== list.title.toLowerCase() && this.allLists().some((other) => other.title.toLowerCase() === draft.title.toLowerCase())) {
      throw new SharePointError(500, '-2130575342, Microsoft.SharePoint.SPException', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
    }
    Object.assign(list, draft);
    this.change(() => this.saveList(list));
  }

  /** Deletes a list and every item in it; recycling does the same and gives the recycle bin entry's id. */
  deleteList(list: ListState, user: SiteUser): string {
    this.assert(user, 'manageLists', list);
    const lookups = this.allLists().filter((other) => other !== list && other.fields.some((field) => field.type === 'Lookup' && this.lookupTarget(field) === list));
    if (lookups.length) {
      throw badRequest(`The list cannot be deleted: ${lookups.map((other) => other.title).join(', ')} look up to it. Delete those lookup columns first.`);
    }
    this.change(() => {
      this.lists.delete(list.id);
      this.items.delete(list.id);
      this.uniqueValues.forget(list.id);
      this.store.deleteItems(list.id);
      this.store.deleteDocument(`list:${list.id}`);
      this.store.deleteDocument(`nextItemId:${list.id}`);
      this.saveSite();
    });
    return randomUUID();
  }

  itemCount(list: ListState): number {
    return this.items.get(list.id)!.size;
  }

  lastModified(list: ListState): string {
    let latest = list.created;
    for (const item of this.items.get(list.id)!.values()) if (item.modified > latest) latest = item.modified;
    return latest;
  }

  // Fields ---------------------------------------------------------------------------------------

  siteFields(): FieldSpec[] {
    return this.document.fields ?? [];
  }

  fieldByName(fields: readonly FieldSpec[], nameOrTitle: string): FieldSpec {
    const wanted = nameOrTitle.toLowerCase();
    const field =
      fields.find((candidate) => candidate.internalName.toLowerCase() === wanted) ?? fields.find((candidate) => candidate.title.toLowerCase() === wanted);
    if (!field) throw badRequest(`Column '${nameOrTitle}' does not exist. It may have been deleted by another user.`);
    return field;
  }

  /** Changing a list's columns needs ManageLists on it; changing site columns, ManageWeb. */
  private assertManagesFields(list: ListState | undefined, user: SiteUser): void {
    if (list) this.assert(user, 'manageLists', list);
    else this.assert(user, 'manageWeb');
  }

  private saveFields(list: ListState | undefined): void {
    if (list) {
      this.uniqueValues.forget(list.id);
      this.saveList(list);
    } else this.saveSite();
  }

  /** Adds a column to a list, or a site column when `list` is undefined. */
  addField(list: ListState | undefined, schemaXml: string, user: SiteUser): FieldSpec {
    this.assertManagesFields(list, user);
    const field = parseFieldSchema(schemaXml, randomUUID);
    const fields = list ? list.fields : this.siteFields();
    if (fields.some((existing) => existing.internalName.toLowerCase() === field.internalName.toLowerCase())) {
      throw new SharePointError(500, '-2130575342, Microsoft.SharePoint.SPException', `A duplicate field name "${field.internalName}" was found.`);
    }
    if (field.type === 'Lookup' && field.lookupList && !this.lookupTarget(field)) throw badRequest(`The lookup column's list ${field.lookupList} does not exist.`);
    for (const formula of [field.validationFormula, field.formula]) if (formula) this.assertFormulaNamesColumns([...fields, field], formula);
    this.change(() => {
      if (list) list.fields.push(field);
      else this.document.fields = [...this.siteFields(), field];
      this.saveFields(list);
    });
    return field;
  }

  updateField(list: ListState | undefined, field: FieldSpec, properties: Record<string, unknown>, user: SiteUser): void {
    this.assertManagesFields(list, user);
    const next = { ...field };
    const choicesOf = (value: unknown): string[] => {
      const choices = Array.isArray(value) ? value : (value as { results?: unknown[] } | null)?.results;
      if (!Array.isArray(choices) || choices.some((choice) => typeof choice !== 'string')) throw badRequest("An unexpected value was found for property 'Choices': expected a list of text.");
      return choices as string[];
    };
    applyProperties(
      properties,
      {
        Title: (value) => (next.title = requiredText(value, 'Title', 255)),
        Description: (value) => (next.description = optionalText(value, 'Description', 1024)),
        Required: (value) => (next.required = booleanOf(value, 'Required')),
        Indexed: (value) => (next.indexed = booleanOf(value, 'Indexed')),
        EnforceUniqueValues: (value) => (next.unique = booleanOf(value, 'EnforceUniqueValues')),
        Hidden: (value) => (next.hidden = booleanOf(value, 'Hidden')),
        Group: (value) => (next.group = optionalText(value, 'Group', 128) || undefined),
        ValidationFormula: (value) => (next.validationFormula = optionalText(value, 'ValidationFormula', 1023) || undefined),
        ValidationMessage: (value) => (next.validationMessage = optionalText(value, 'ValidationMessage', 1024) || undefined),
        DefaultValue: (value) => (next.default = value === null ? undefined : optionalText(value, 'DefaultValue', 255)),
        Choices: (value) => {
          if (field.type !== 'Choice' && field.type !== 'MultiChoice') throw badRequest(`The property 'Choices' does not exist on type 'SP.Field${field.type}'.`);
          next.choices = choicesOf(value);
        },
        MaxLength: (value) => {
          if (field.type !== 'Text') throw badRequest(`The property 'MaxLength' does not exist on type 'SP.Field${field.type}'.`);
          next.maxLength = integerOf(value, 'MaxLength', 1, 255);
        },
        MinimumValue: (value) => (next.min = value === null ? undefined : numberOf(value, 'MinimumValue')),
        MaximumValue: (value) => (next.max = value === null ? undefined : numberOf(value, 'MaximumValue'))
      },
      `SP.Field${field.type}`,
      ['Id', 'InternalName', 'StaticName', 'TypeAsString', 'FieldTypeKind', 'SchemaXml', 'EntityPropertyName']
    );
    if (next.unique && !next.indexed) throw badRequest('The column must be indexed before it can enforce unique values.');
    if (next.validationFormula && list) this.assertFormulaNamesColumns(list.fields, next.validationFormula);
    if (list && next.unique && !field.unique) this.assertNoDuplicates(list, next);
    if (list && field.indexed && !next.indexed && this.itemCount(list) > listViewThresholdItems) throw listViewThreshold();
    Object.assign(field, next);
    this.change(() => this.saveFields(list));
  }

  /** SetShowInDisplayForm, SetShowInEditForm, SetShowInNewForm. */
  showFieldIn(list: ListState | undefined, field: FieldSpec, form: 'display' | 'edit' | 'new', shown: boolean, user: SiteUser): void {
    this.assertManagesFields(list, user);
    field.showIn = { ...(field.showIn ?? { display: true, edit: true, new: true }), [form]: shown };
    this.change(() => this.saveFields(list));
  }

  /** reserveListItemId: the next id is taken, so no item will ever be given it. */
  reserveItemId(list: ListState, user: SiteUser): number {
    this.assert(user, 'addListItems', list);
    return this.change(() => {
      const id = list.nextItemId++;
      this.saveNextItemId(list);
      return id;
    });
  }

  deleteField(list: ListState | undefined, field: FieldSpec, user: SiteUser): void {
    this.assertManagesFields(list, user);
    if (field.internalName === 'Title' || field.readOnly) {
      throw new SharePointError(400, '-2147024809, System.ArgumentException', 'You cannot delete a hidden column, or one SharePoint needs: this column is part of the list.');
    }
    if (list) {
      const others = list.fields.filter((other) => other !== field);
      const titles = (text: string | undefined): boolean => Boolean(text && new RegExp(`\\[${field.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]`, 'i').test(text));
      if (titles(list.validationFormula) || others.some((other) => titles(other.formula))) {
        throw badRequest(`The column ${field.title} is used in a formula: change the formula first.`);
      }
    }
    this.change(() => {
      if (list) {
        list.fields = list.fields.filter((candidate) => candidate !== field);
        for (const item of this.items.get(list.id)!.values()) {
          delete item.values[field.internalName];
          this.store.writeItem(list.id, item.id, item);
        }
      } else this.document.fields = this.siteFields().filter((candidate) => candidate !== field);
      this.saveFields(list);
    });
  }

  // Items ----------------------------------------------------------------------------------------

  item(list: ListState, id: number): ItemState {
    const item = this.items.get(list.id)!.get(id);
    if (!item) throw new SharePointError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
    return item;
  }

  /** An item the user may see: one they may not is, to them, not there. */
  visibleItem(list: ListState, id: number, user: SiteUser): ItemState {
    const item = this.item(list, id);
    if (!this.can(user, 'viewListItems', item, list)) {
      if (this.can(user, 'viewListItems', list)) throw new SharePointError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
      this.assert(user, 'viewListItems', item, list);
    }
    return item;
  }

  addItem(list: ListState, body: Record<string, unknown>, user: SiteUser): ItemState {
    this.assert(user, 'addListItems', list);
    if (list.baseTemplate === documentLibraryTemplate) {
      throw new SharePointError(400, '-2147024809, System.ArgumentException', 'To add an item to a document library, use SPFileCollection.Add()');
    }
    const values = this.valuesWithDefaults(list, body);
    this.validate(list, values, undefined);
    return this.change(() => {
      const item = this.storeNewItem(list, values, user);
      this.saveNextItemId(list);
      return item;
    });
  }

  private valuesWithDefaults(list: ListState, body: Record<string, unknown>): Record<string, StoredValue> {
    return { ...Object.fromEntries(list.fields.map((field) => [field.internalName, defaultValueOf(field)])), ...this.coerce(list, body) };
  }

  /** Gives an item its id, version 1 and first history entry, and writes it through (the caller saves the list's next id in the same transaction). */
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
    this.uniqueValues.added(list.id, item);
    this.store.writeItem(list.id, item.id, item);
    return item;
  }

  updateItem(list: ListState, id: number, body: Record<string, unknown>, ifMatch: string | undefined, user: SiteUser): ItemState {
    const item = this.visibleItem(list, id, user);
    this.assert(user, 'editListItems', item, list);
    this.assertETag(item, ifMatch);
    const values = { ...item.values, ...this.coerce(list, body) };
    this.validate(list, values, item.id);
    this.uniqueValues.removed(list.id, item);
    item.values = values;
    this.uniqueValues.added(list.id, item);
    item.version++;
    item.modified = this.now();
    item.editorId = user.id;
    item.history.push({ version: item.version, values: { ...values }, modified: item.modified, editorId: user.id });
    this.change(() => this.store.writeItem(list.id, item.id, item));
    return item;
  }

  deleteItem(list: ListState, id: number, ifMatch: string | undefined, user: SiteUser): void {
    const item = this.visibleItem(list, id, user);
    this.assert(user, 'deleteListItems', item, list);
    this.assertETag(item, ifMatch);
    this.change(() => {
      this.items.get(list.id)!.delete(id);
      this.uniqueValues.removed(list.id, item);
      this.store.deleteItem(list.id, id);
    });
  }

  /** Writes items exactly as given, skipping validation: how legacy data arrived before the rules existed. */
  importItems(list: ListState, rows: Array<Record<string, unknown>>, user: SiteUser): void {
    this.change(() => {
      for (const row of rows) this.storeNewItem(list, this.valuesWithDefaults(list, row), user);
      this.saveNextItemId(list);
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

  /** A calculated column's value for an item, computed as SharePoint does when the item is read. */
  calculated(list: ListState, field: FieldSpec, item: ItemState): StoredValue {
    return calculate(field, this.formulaContext(list, item.values));
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
    if (this.uniqueValues.clash(list.id, list.fields, values, itemId)) {
      throw new SharePointError(
        409,
        '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
      );
    }
  }

  private assertNoDuplicates(list: ListState, field: FieldSpec): void {
    const seen = new Set<string>();
    for (const item of this.items.get(list.id)!.values()) {
      const key = uniqueKeyOf(item.values[field.internalName]);
      if (key === undefined) continue;
      if (seen.has(key)) throw badRequest('This column cannot enforce unique values: it already has duplicates.');
      seen.add(key);
    }
  }

  private assertFormulaNamesColumns(fields: readonly FieldSpec[], formula: string): void {
    try {
      parseFormula(formula);
    } catch (error) {
      throw badRequest(`The formula contains a syntax error or is not supported. ${(error as Error).message}`);
    }
    const titles = new Set(fields.map((field) => field.title.toLowerCase()));
    for (const [, name] of formula.matchAll(/\[([^\]]+)\]/g)) {
      if (!titles.has(name.toLowerCase())) {
        throw badRequest('The formula refers to a column that does not exist.  Check the formula for spelling mistakes or change the non-existing column to an existing column.');
      }
    }
  }

  private lookupTarget(field: FieldSpec): ListState | undefined {
    if (!field.lookupList) return undefined;
    return this.lists.get(field.lookupList.replace(/[{}]/g, '').toLowerCase()) ?? this.allLists().find((list) => list.url === field.lookupList);
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
    const target = this.lookupTarget(field);
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
    this.assert(user, 'viewListItems', list);
    const top = options.top ?? 100;
    if (!Number.isInteger(top) || top < 0 || top > listViewThresholdItems) {
      throw badRequest(`The $top value ${options.top} is not valid: a page holds at most ${listViewThresholdItems} items.`);
    }
    const filter = options.filter ? parseFilter(options.filter) : undefined;
    const orderKeys = (options.orderBy ?? 'ID asc').split(',').map((part) => {
      const [field, direction, ...extra] = part.trim().split(/\s+/);
      if (!field || extra.length || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
        throw badRequest(`The $orderby "${options.orderBy}" is not valid: columns, each then asc or desc.`);
      }
      return { field, descending: direction?.toLowerCase() === 'desc' };
    });
    const [{ field: orderField, descending }] = orderKeys;
    // A column the list does not have is refused even when no item would be read, as SharePoint refuses it.
    const probe = this.reader(list, { id: 0, guid: '', version: 0, values: {}, created: '', modified: '', authorId: 0, editorId: 0, history: [] });
    for (const name of [...(filter ? fieldsIn(filter) : []), ...orderKeys.map((orderKey) => orderKey.field)]) probe(name);
    const stored = [...this.items.get(list.id)!.values()];
    for (const orderKey of options.orderBy ? orderKeys : []) this.assertUnderThreshold(list, stored, filter, orderKey.field);
    if (!options.orderBy) this.assertUnderThreshold(list, stored, filter, undefined);
    // Items with unique permissions that do not let this user see them are trimmed, as SharePoint trims them.
    const all = stored.some((item) => item.roleAssignments) ? stored.filter((item) => !item.roleAssignments || this.can(user, 'viewListItems', item)) : stored;

    const key = (item: ItemState): unknown => this.reader(list, item)(orderField);
    const ordered = (filter ? all.filter((item) => matches(filter, this.reader(list, item))) : all).sort((a, b) => {
      for (const orderKey of orderKeys) {
        const order = compareForSort(this.reader(list, a)(orderKey.field), this.reader(list, b)(orderKey.field));
        if (order) return orderKey.descending ? -order : order;
      }
      return descending ? b.id - a.id : a.id - b.id;
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
    const lastIdText = token.get('p_ID') ?? '';
    if (token.get('Paged') !== 'TRUE' || !/^\d{1,10}$/.test(lastIdText)) throw badRequest('The $skiptoken is not valid.');
    const lastId = Number(lastIdText);
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

function numberOf(value: unknown, name: string): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(number)) throw badRequest(`An unexpected value was found for property '${name}': expected a number.`);
  return number;
}


function compareForSort(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return -1;
  if (b === null || b === undefined || b === '') return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en-GB', { sensitivity: 'base' });
}
