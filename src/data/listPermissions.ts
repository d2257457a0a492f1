import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { IList } from '@pnp/sp/lists';
import { PermissionKind } from '@pnp/sp/security';
import type { RoleTypeKind } from '@pnp/sp/security/types';
import { describeSharePointProblem } from './sharePointProblem';

/** SharePoint's built-in permission levels, by RoleTypeKind (stable on every site, unlike their ids). */
const limitedAccess: RoleTypeKind = 1;
const read: RoleTypeKind = 2;
const contribute: RoleTypeKind = 3;
const fullControl: RoleTypeKind = 5;

interface Assignment {
  principalId: number;
  roleIds: number[];
}

/** The group, created if the site does not have it yet: `description` says what it is for, `whoToAdd` whom to put in it. */
async function groupId(sp: SPFI, title: string, description: string, whoToAdd: string, applied: string[]): Promise<number> {
  try {
    return (await sp.web.siteGroups.getByName(title).select('Id')<{ Id: number }>()).Id;
  } catch (error) {
    if ((error as { status?: number }).status !== 404 && !/cannot be found|does not exist/i.test(describeSharePointProblem(error).detail)) throw error;
    const added = await sp.web.siteGroups.add({ Title: title, Description: `Created by Custodian: ${description}` });
    applied.push(`Created the SharePoint group ${title}: add ${whoToAdd} to it.`);
    return added.Id;
  }
}

const roleIdOf = (sp: SPFI, kind: RoleTypeKind): Promise<number> => sp.web.roleDefinitions.getByType(kind).select('Id')<{ Id: number }>().then((level) => level.Id);

const ownerGroupId = (sp: SPFI): Promise<number> => sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>().then((owner) => owner.Id);

/** Breaks a list's inheritance with the site's assignments copied, so whoever provisions is never locked out part-way. */
async function ownPermissions(sp: SPFI, listTitle: string, why: string, applied: string[]): Promise<void> {
  if (await hasOwnPermissions(sp, listTitle)) return;
  await sp.web.lists.getByTitle(listTitle).breakRoleInheritance(true, false);
  applied.push(`Gave ${listTitle} its own permissions, so that ${why}.`);
}

async function grant(list: IList, current: readonly Assignment[], wanted: ReadonlyArray<[number, number, string]>, applied: string[]): Promise<void> {
  for (const [principalId, roleId, what] of wanted) {
    if (current.some((assignment) => assignment.principalId === principalId && assignment.roleIds.includes(roleId))) continue;
    await list.roleAssignments.add(principalId, roleId);
    applied.push(`Gave ${what}.`);
  }
}

async function groupTitles(sp: SPFI): Promise<Map<number, string>> {
  return new Map((await sp.web.siteGroups.select('Id', 'Title')<Array<{ Id: number; Title: string }>>()).map((g) => [g.Id, g.Title]));
}

async function assignments(list: IList): Promise<Assignment[]> {
  const found = await list.roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>();
  return Promise.all(
    found.map(async ({ PrincipalId }) => ({
      principalId: PrincipalId,
      roleIds: (await list.roleAssignments.getById(PrincipalId).bindings.select('Id')<Array<{ Id: number }>>()).map((binding) => binding.Id)
    }))
  );
}

/**
 * Gives a list its own permissions: the site's owners keep full control, `groupTitle` may read and change
 * it, nobody else has access. Inheritance is broken with the existing assignments copied and the others
 * then removed, so the person provisioning never locks themselves out part-way. Returns what it changed.
 */
export async function restrictListToGroup(sp: SPFI, listTitle: string, groupTitle: string): Promise<string[]> {
  const applied: string[] = [];
  const list = sp.web.lists.getByTitle(listTitle);
  const [group, owners, contributeId, fullControlId] = await Promise.all([
    groupId(sp, groupTitle, `only its members (and the site's owners) can open lists that hold who asked.`, 'the people who should see these lists', applied),
    ownerGroupId(sp),
    roleIdOf(sp, contribute),
    roleIdOf(sp, fullControl)
  ]);
  await ownPermissions(sp, listTitle, `only ${groupTitle} and the site's owners can open it`, applied);
  const current = await assignments(list);
  const others = current.filter((assignment) => assignment.principalId !== group && assignment.principalId !== owners);
  const groupNames = others.length ? await groupTitles(sp) : new Map<number, string>();
  for (const { principalId } of others) {
    await list.roleAssignments.getById(principalId).delete();
    applied.push(`Removed ${groupNames.get(principalId) ?? `the person with id ${principalId}`}'s access to ${listTitle}.`);
  }
  await grant(
    list,
    current,
    [
      [owners, fullControlId, `the site's owners full control of ${listTitle}`],
      [group, contributeId, `${groupTitle} permission to read and change ${listTitle}`]
    ],
    applied
  );
  return applied;
}

/**
 * Gives a list its own permissions in which everyone who had access keeps it to read, `groupTitle` may also
 * change it, and the site's owners keep full control. Limited access (what sharing one item leaves) is kept.
 */
export async function restrictEditingToGroup(sp: SPFI, listTitle: string, groupTitle: string): Promise<string[]> {
  const applied: string[] = [];
  const list = sp.web.lists.getByTitle(listTitle);
  const [group, owners, limitedId, readId, contributeId, fullControlId] = await Promise.all([
    groupId(
      sp,
      groupTitle,
      `only its members (and the site's owners) can change the data wiki: the catalogue, articles, glossary and dictionary notes.`,
      'the data custodians who keep the data wiki',
      applied
    ),
    ownerGroupId(sp),
    roleIdOf(sp, limitedAccess),
    roleIdOf(sp, read),
    roleIdOf(sp, contribute),
    roleIdOf(sp, fullControl)
  ]);
  await ownPermissions(sp, listTitle, `only ${groupTitle} and the site's owners can change it`, applied);
  const current = await assignments(list);
  const editors = current.filter(
    (assignment) => assignment.principalId !== group && assignment.principalId !== owners && assignment.roleIds.some((id) => id !== readId && id !== limitedId)
  );
  const groupNames = editors.length ? await groupTitles(sp) : new Map<number, string>();
  for (const { principalId } of editors) {
    await list.roleAssignments.getById(principalId).delete();
    await list.roleAssignments.add(principalId, readId);
    applied.push(`${groupNames.get(principalId) ?? `The person with id ${principalId}`} may now only read ${listTitle}.`);
  }
  await grant(
    list,
    current,
    [
      [owners, fullControlId, `the site's owners full control of ${listTitle}`],
      [group, contributeId, `${groupTitle} permission to change ${listTitle}`]
    ],
    applied
  );
  return applied;
}

/** Whether the signed-in person can read the list's items (false when SharePoint refuses to say). */
export async function canReadList(sp: SPFI, listTitle: string): Promise<boolean> {
  return currentUserCan(sp, listTitle, PermissionKind.ViewListItems);
}

/** Whether the signed-in person may add items to the list. */
export async function canAddItems(sp: SPFI, listTitle: string): Promise<boolean> {
  return currentUserCan(sp, listTitle, PermissionKind.AddListItems);
}

/** A list the person cannot see at all answers 403 or 404: they may do nothing with it. */
async function currentUserCan(sp: SPFI, listTitle: string, permission: PermissionKind): Promise<boolean> {
  try {
    return await sp.web.lists.getByTitle(listTitle).currentUserHasPermissions(permission);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) return false;
    throw error;
  }
}

/** Whether the list has permissions of its own (false: it takes the site's, so every member can read it). */
export async function hasOwnPermissions(sp: SPFI, listTitle: string): Promise<boolean> {
  return (await sp.web.lists.getByTitle(listTitle).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments;
}
