import {
  builtInRoleDefinitions,
  emptyMask,
  fullMask,
  grants,
  roleDefinitionIdByLevel,
  union,
  type BasePermissions,
  type PermissionName,
  type RoleAssignment,
  type RoleDefinition
} from './permissions';
import { sameLogin, systemAccount, type SeedPrincipals, type SiteGroup, type SiteUser } from './principals';
import { accessDenied, badRequest, SharePointError } from './sharePointError';

/** What the directory keeps in the site's document. */
export interface DirectoryState {
  users: SiteUser[];
  groups: SiteGroup[];
  /** The web's own role assignments: a site root always has unique permissions. */
  roleAssignments: RoleAssignment[];
  customRoleDefinitions: RoleDefinition[];
  associatedGroups: { owner?: number; member?: number; visitor?: number };
  nextPrincipalId: number;
}

/** Anything that can carry unique permissions; undefined assignments mean it inherits. */
export interface Securable {
  roleAssignments?: RoleAssignment[];
}

/** A document saved before groups' levels became the web's role assignments. */
interface LegacyGroup extends SiteGroup {
  role?: keyof typeof roleDefinitionIdByLevel;
}

export function seedDirectory(seed: SeedPrincipals): DirectoryState {
  const users = seed.users.map((user, index) => ({ ...user, id: index + 1 }));
  const groups = seed.groups.map((group, index) => ({
    id: 100 + index,
    title: group.title,
    description: '',
    ownerId: 100,
    memberIds: group.members.map((login) => {
      const user = users.find((candidate) => sameLogin(candidate, login));
      if (!user) throw new Error(`The seed group ${group.title} names ${login}, who is not a seed user.`);
      return user.id;
    })
  }));
  const firstOf = (level: keyof typeof roleDefinitionIdByLevel): number | undefined => groups[seed.groups.findIndex((group) => group.role === level)]?.id;
  return {
    users,
    groups,
    roleAssignments: seed.groups.map((group, index) => ({ principalId: groups[index].id, roleDefinitionIds: [roleDefinitionIdByLevel[group.role]] })),
    customRoleDefinitions: [],
    associatedGroups: { owner: firstOf('fullControl'), member: firstOf('contribute'), visitor: firstOf('read') },
    nextPrincipalId: 100 + groups.length
  };
}

/** Reads people and groups saved before the directory kept role assignments: each group's level becomes one. */
export function loadDirectory(saved: { users: SiteUser[]; groups: LegacyGroup[] }): DirectoryState {
  const groups = saved.groups.map(({ role: _role, ...group }) => ({ ...group, description: group.description ?? '', ownerId: group.ownerId ?? saved.groups[0]?.id ?? 0 }));
  const firstOf = (level: string): number | undefined => saved.groups.find((group) => group.role === level)?.id;
  return {
    users: saved.users,
    groups,
    roleAssignments: saved.groups.filter((group) => group.role).map((group) => ({ principalId: group.id, roleDefinitionIds: [roleDefinitionIdByLevel[group.role!]] })),
    customRoleDefinitions: [],
    associatedGroups: { owner: firstOf('fullControl'), member: firstOf('contribute'), visitor: firstOf('read') },
    nextPrincipalId: Math.max(99, ...saved.users.map((user) => user.id), ...saved.groups.map((group) => group.id)) + 1
  };
}

const groupNotFound = (): SharePointError => new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
const userNotFound = (): SharePointError => new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');

/**
 * The site's people, groups, permission levels and the web's role assignments, with what each person may
 * do on a web, list or item. Every change is saved through `save` inside the caller's transaction.
 */
export class Directory {
  constructor(
    readonly state: DirectoryState,
    private readonly save: () => void
  ) {}

  // People ---------------------------------------------------------------------------------------

  get users(): SiteUser[] {
    return this.state.users;
  }

  get groups(): SiteGroup[] {
    return this.state.groups;
  }

  /** Any user, the system account included: authors and editors of items may be it. */
  userById(id: number): SiteUser | undefined {
    return id === systemAccount.id ? systemAccount : this.state.users.find((user) => user.id === id);
  }

  userByLogin(login: string): SiteUser | undefined {
    return this.state.users.find((user) => sameLogin(user, login));
  }

  requireUser(found: SiteUser | undefined): SiteUser {
    if (!found) throw userNotFound();
    return found;
  }

  /** ensureuser: a person known to the directory becomes a site user. The emulator's directory is its seed list. */
  ensureUser(login: string): SiteUser {
    const user = this.userByLogin(login);
    if (!user) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', `The user with the login name "${login}" does not exist.`);
    return user;
  }

  updateUser(actor: SiteUser, user: SiteUser, properties: Record<string, unknown>): void {
    const own = actor.id === user.id;
    this.assert(actor, own ? 'editMyUserInfo' : 'manageWeb');
    const draft = { ...user };
    const allowed: Record<string, (value: unknown) => void> = {
      Title: (value) => (draft.title = requiredText(value, 'Title', 255)),
      Email: (value) => (draft.email = optionalText(value, 'Email', 255)),
      IsSiteAdmin: (value) => {
        if (!actor.isSiteAdmin) throw accessDenied();
        draft.isSiteAdmin = booleanOf(value, 'IsSiteAdmin');
      }
    };
    applyProperties(properties, allowed, 'SP.User', readOnlyUserProperties);
    Object.assign(user, draft);
    this.save();
  }

  removeUser(actor: SiteUser, user: SiteUser): void {
    this.assert(actor, 'manageWeb');
    if (user.id === actor.id) throw badRequest('You cannot remove yourself from the site.');
    this.state.users = this.state.users.filter((candidate) => candidate.id !== user.id);
    for (const group of this.state.groups) group.memberIds = group.memberIds.filter((id) => id !== user.id);
    this.state.roleAssignments = this.state.roleAssignments.filter((assignment) => assignment.principalId !== user.id);
    this.save();
  }

  groupsOf(user: SiteUser): SiteGroup[] {
    return this.state.groups.filter((group) => group.memberIds.includes(user.id));
  }

  // Groups ---------------------------------------------------------------------------------------

  groupById(id: number): SiteGroup {
    const group = this.state.groups.find((candidate) => candidate.id === id);
    if (!group) throw groupNotFound();
    return group;
  }

  groupByName(name: string): SiteGroup {
    const group = this.state.groups.find((candidate) => candidate.title.toLowerCase() === name.toLowerCase());
    if (!group) throw groupNotFound();
    return group;
  }

  associatedGroup(kind: 'owner' | 'member' | 'visitor'): SiteGroup {
    const id = this.state.associatedGroups[kind];
    if (id === undefined) throw groupNotFound();
    return this.groupById(id);
  }

  principalTitle(id: number): string | undefined {
    return this.userById(id)?.title ?? this.state.groups.find((group) => group.id === id)?.title;
  }

  addGroup(actor: SiteUser, properties: Record<string, unknown>): SiteGroup {
    this.assert(actor, 'createGroups');
    const group: SiteGroup = { id: this.state.nextPrincipalId, title: '', description: '', ownerId: actor.id, memberIds: [] };
    applyProperties(properties, this.groupSetters(group), 'SP.Group', readOnlyGroupProperties);
    if (!group.title) throw badRequest('A group needs a Title.');
    this.state.nextPrincipalId++;
    this.state.groups.push(group);
    this.save();
    return group;
  }

  updateGroup(actor: SiteUser, group: SiteGroup, properties: Record<string, unknown>): void {
    this.assertGroupOwner(actor, group);
    const draft = { ...group };
    applyProperties(properties, this.groupSetters(draft, group.id), 'SP.Group', readOnlyGroupProperties);
    Object.assign(group, draft);
    this.save();
  }

  private groupSetters(group: SiteGroup, existingId?: number): Record<string, (value: unknown) => void> {
    return {
      Title: (value) => {
        const title = requiredText(value, 'Title', 255);
        if (/["/\\[\]:|<>+=;,?*'@]/.test(title)) throw badRequest('The group name is not valid: it may not contain " / \\ [ ] : | < > + = ; , ? * \' @.');
        if (this.state.groups.some((other) => other.id !== existingId && other.title.toLowerCase() === title.toLowerCase())) {
          throw new SharePointError(400, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
        }
        group.title = title;
      },
      Description: (value) => (group.description = optionalText(value, 'Description', 512)),
      OnlyAllowMembersViewMembership: (value) => void booleanOf(value, 'OnlyAllowMembersViewMembership'),
      AllowMembersEditMembership: (value) => void booleanOf(value, 'AllowMembersEditMembership')
    };
  }

  removeGroup(actor: SiteUser, group: SiteGroup, removeAssignmentsBelowWeb: (principalId: number) => void): void {
    this.assertGroupOwner(actor, group);
    removeAssignmentsBelowWeb(group.id);
    this.state.groups = this.state.groups.filter((candidate) => candidate.id !== group.id);
    this.state.roleAssignments = this.state.roleAssignments.filter((assignment) => assignment.principalId !== group.id);
    for (const [kind, id] of Object.entries(this.state.associatedGroups)) {
      if (id === group.id) delete this.state.associatedGroups[kind as 'owner'];
    }
    this.save();
  }

  addMember(actor: SiteUser, group: SiteGroup, user: SiteUser): void {
    this.assertGroupOwner(actor, group);
    if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
    this.save();
  }

  removeMember(actor: SiteUser, group: SiteGroup, user: SiteUser): void {
    this.assertGroupOwner(actor, group);
    if (!group.memberIds.includes(user.id)) throw userNotFound();
    group.memberIds = group.memberIds.filter((id) => id !== user.id);
    this.save();
  }

  setOwner(actor: SiteUser, group: SiteGroup, ownerId: number): void {
    this.assertGroupOwner(actor, group);
    if (!this.userById(ownerId) && !this.state.groups.some((candidate) => candidate.id === ownerId)) throw userNotFound();
    group.ownerId = ownerId;
    this.save();
  }

  private assertGroupOwner(actor: SiteUser, group: SiteGroup): void {
    const owns = group.ownerId === actor.id || this.groupsOf(actor).some((mine) => mine.id === group.ownerId);
    if (!owns) this.assert(actor, 'managePermissions');
  }

  // Permission levels ----------------------------------------------------------------------------

  roleDefinitions(): RoleDefinition[] {
    return [...builtInRoleDefinitions, ...this.state.customRoleDefinitions].sort((a, b) => a.order - b.order);
  }

  roleDefinition(id: number): RoleDefinition {
    const definition = this.roleDefinitions().find((candidate) => candidate.id === id);
    if (!definition) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
    return definition;
  }

  roleDefinitionByName(name: string): RoleDefinition {
    const definition = this.roleDefinitions().find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!definition) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
    return definition;
  }

  roleDefinitionByType(kind: number): RoleDefinition {
    const definition = builtInRoleDefinitions.find((candidate) => candidate.roleTypeKind === kind);
    if (!definition) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
    return definition;
  }

  addRoleDefinition(actor: SiteUser, properties: Record<string, unknown>): RoleDefinition {
    this.assert(actor, 'managePermissions');
    const ids = this.roleDefinitions().map((definition) => definition.id);
    const definition: RoleDefinition = { id: Math.max(1073741831, ...ids.map((id) => id + 1)), name: '', description: '', order: 65535, roleTypeKind: 0, hidden: false, basePermissions: emptyMask };
    applyProperties(properties, this.roleDefinitionSetters(definition), 'SP.RoleDefinition', ['Id', 'RoleTypeKind', 'Hidden']);
    if (!definition.name) throw badRequest('A permission level needs a Name.');
    this.state.customRoleDefinitions.push(definition);
    this.save();
    return definition;
  }

  updateRoleDefinition(actor: SiteUser, definition: RoleDefinition, properties: Record<string, unknown>): void {
    this.assert(actor, 'managePermissions');
    const custom = this.state.customRoleDefinitions.find((candidate) => candidate.id === definition.id);
    if (!custom) throw new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot change a built-in permission level in the emulator.');
    const draft = { ...custom };
    applyProperties(properties, this.roleDefinitionSetters(draft), 'SP.RoleDefinition', ['Id', 'RoleTypeKind', 'Hidden']);
    Object.assign(custom, draft);
    this.save();
  }

  removeRoleDefinition(actor: SiteUser, definition: RoleDefinition): void {
    this.assert(actor, 'managePermissions');
    if (!this.state.customRoleDefinitions.some((candidate) => candidate.id === definition.id)) {
      throw new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPException', 'A built-in permission level cannot be deleted.');
    }
    this.state.customRoleDefinitions = this.state.customRoleDefinitions.filter((candidate) => candidate.id !== definition.id);
    this.save();
  }

  private roleDefinitionSetters(definition: RoleDefinition): Record<string, (value: unknown) => void> {
    return {
      Name: (value) => {
        const name = requiredText(value, 'Name', 64);
        if (this.roleDefinitions().some((other) => other.id !== definition.id && other.name.toLowerCase() === name.toLowerCase())) {
          throw new SharePointError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The permission level name is already in use.');
        }
        definition.name = name;
      },
      Description: (value) => (definition.description = optionalText(value, 'Description', 512)),
      Order: (value) => (definition.order = integerOf(value, 'Order', 0, 65535)),
      BasePermissions: (value) => (definition.basePermissions = basePermissionsOf(value))
    };
  }

  // Effective permissions ------------------------------------------------------------------------

  /** The union of every level given to the user, directly or through a group, in these assignments. */
  effective(user: SiteUser, assignments: readonly RoleAssignment[]): BasePermissions {
    if (user.isSiteAdmin) return fullMask;
    const principals = new Set([user.id, ...this.groupsOf(user).map((group) => group.id)]);
    const masks = new Map(this.roleDefinitions().map((definition) => [definition.id, definition.basePermissions]));
    return assignments
      .filter((assignment) => principals.has(assignment.principalId))
      .flatMap((assignment) => assignment.roleDefinitionIds)
      .map((id) => masks.get(id) ?? emptyMask)
      .reduce(union, emptyMask);
  }

  /** The assignments in force for an object: its own, else the first unique ancestor's. */
  assignmentsFor(...scopes: Securable[]): RoleAssignment[] {
    return scopes.find((scope) => scope.roleAssignments)?.roleAssignments ?? this.state.roleAssignments;
  }

  can(user: SiteUser, permission: PermissionName, ...scopes: Securable[]): boolean {
    return grants(this.effective(user, this.assignmentsFor(...scopes)), permission);
  }

  assert(user: SiteUser, permission: PermissionName, ...scopes: Securable[]): void {
    if (!this.can(user, permission, ...scopes)) throw accessDenied();
  }

  /** The web's own securable state. */
  get web(): Securable {
    return this.state;
  }

  principalExists(id: number): boolean {
    return this.userById(id) !== undefined || this.state.groups.some((group) => group.id === id);
  }
}

const readOnlyUserProperties = ['Id', 'LoginName', 'PrincipalType', 'IsHiddenInUI', 'UserId', 'UserPrincipalName', 'Expiration', 'IsShareByEmailGuestUser', 'IsEmailAuthenticationGuestUser'];
const readOnlyGroupProperties = ['Id', 'LoginName', 'PrincipalType', 'IsHiddenInUI', 'OwnerTitle', 'CanCurrentUserEditMembership', 'CanCurrentUserManageGroup', 'CanCurrentUserViewMembership'];

/**
 * Sets each property the type allows; a property the type does not have is refused, as SharePoint refuses
 * it, and so is a read-only one: nothing is changed unless every property is acceptable.
 */
export function applyProperties(properties: Record<string, unknown>, setters: Record<string, (value: unknown) => void>, type: string, readOnly: readonly string[] = []): void {
  const byName = new Map(Object.keys(setters).map((name) => [name.toLowerCase(), name]));
  const readOnlyNames = new Set(readOnly.map((name) => name.toLowerCase()));
  // JSON light annotations (odata.type, odata.etag…) and verbose __metadata describe the body, not properties.
  const isAnnotation = (name: string): boolean => name === '__metadata' || name.startsWith('odata.');
  for (const name of Object.keys(properties)) {
    if (isAnnotation(name)) continue;
    if (readOnlyNames.has(name.toLowerCase()) && !byName.has(name.toLowerCase())) continue;
    if (!byName.has(name.toLowerCase())) {
      throw badRequest(`The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`);
    }
  }
  for (const [name, value] of Object.entries(properties)) {
    if (isAnnotation(name)) continue;
    const setter = byName.get(name.toLowerCase());
    if (setter) setters[setter](value);
  }
}

export function requiredText(value: unknown, name: string, maxLength: number): string {
  const text = optionalText(value, name, maxLength).trim();
  if (!text) throw badRequest(`The ${name} cannot be empty.`);
  return text;
}

export function optionalText(value: unknown, name: string, maxLength: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') throw badRequest(`An unexpected value was found for property '${name}': expected text.`);
  if (value.length > maxLength) throw badRequest(`The ${name} is longer than ${maxLength} characters.`);
  return value;
}

export function booleanOf(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw badRequest(`An unexpected value was found for property '${name}': expected true or false.`);
  return value;
}

export function integerOf(value: unknown, name: string, min: number, max: number): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw badRequest(`An unexpected value was found for property '${name}': expected a whole number from ${min} to ${max}.`);
  }
  return number;
}

/** SP.BasePermissions as JSON: { High, Low }, each an unsigned 32-bit number, as text or a number. */
function basePermissionsOf(value: unknown): BasePermissions {
  const record = (value ?? {}) as Record<string, unknown>;
  const half = (name: string): number => integerOf(record[name] ?? record[name.toLowerCase()], `BasePermissions.${name}`, 0, 0xffffffff);
  if (typeof value !== 'object' || value === null) throw badRequest("An unexpected value was found for property 'BasePermissions': expected { High, Low }.");
  return { high: half('High'), low: half('Low') };
}
