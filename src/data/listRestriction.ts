import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { RoleTypeKind } from '@pnp/sp/security/types';
import { hasOwnPermissions } from './listPermissions';
import type { SiteChange } from './siteChange';

/** SharePoint's built-in permission levels, by RoleTypeKind (stable on every site, unlike their ids). */
const limitedAccess: RoleTypeKind = 1;
const read: RoleTypeKind = 2;
const contribute: RoleTypeKind = 3;
const fullControl: RoleTypeKind = 5;

/**
 * Who may do what with a list that a group keeps:
 * - `readers`: only the group and the site's owners can open it (who asked for information);
 * - `editors`: everyone who could open it still reads it, only the group and the owners change it (the data wiki).
 */
export type Restriction = { kind: 'readers' | 'editors'; group: string };

const wording = {
  readers: {
    groupPurpose: `only its members (and the site's owners) can open lists that hold who asked.`,
    whoToAdd: 'the people who should see these lists',
    why: (group: string) => `only ${group} and the site's owners can open it`,
    groupGrant: (group: string, list: string) => `Give ${group} permission to read and change ${list}.`
  },
  editors: {
    groupPurpose: `only its members (and the site's owners) can change the data wiki: the catalogue, articles, glossary and dictionary notes.`,
    whoToAdd: 'the data custodians who keep the data wiki',
    why: (group: string) => `only ${group} and the site's owners can change it`,
    groupGrant: (group: string, list: string) => `Give ${group} permission to change ${list}.`
  }
} as const;

interface Assignment {
  principalId: number;
  roleIds: number[];
}

/** What every list's permissions are planned against: read once for a whole plan. */
export interface SitePermissions {
  ownersGroupId: number;
  /** Role definition ids of SharePoint's built-in levels on this site. */
  roleIds: { limitedAccess: number; read: number; contribute: number; fullControl: number };
  groups: ReadonlyArray<{ Id: number; Title: string }>;
}

const siteGroupsOf = (sp: SPFI): Promise<Array<{ Id: number; Title: string }>> => sp.web.siteGroups.select('Id', 'Title')();

/** A group by its name (SharePoint's names ignore case), from the site's list of groups: no 404 for one not made yet. */
const groupIdIn = (groups: ReadonlyArray<{ Id: number; Title: string }>, title: string): number | undefined =>
  groups.find((group) => group.Title.toLowerCase() === title.toLowerCase())?.Id;

const roleIdOf = (sp: SPFI, kind: RoleTypeKind): Promise<number> => sp.web.roleDefinitions.getByType(kind).select('Id')<{ Id: number }>().then((level) => level.Id);

export async function readSitePermissions(sp: SPFI): Promise<SitePermissions> {
  const [ownersGroupId, limitedId, readId, contributeId, fullControlId, groups] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')<{ Id: number }>().then((owner) => owner.Id),
    roleIdOf(sp, limitedAccess),
    roleIdOf(sp, read),
    roleIdOf(sp, contribute),
    roleIdOf(sp, fullControl),
    siteGroupsOf(sp)
  ]);
  return { ownersGroupId, roleIds: { limitedAccess: limitedId, read: readId, contribute: contributeId, fullControl: fullControlId }, groups };
}

/** The list's assignments: its own, or the site's while it inherits them (which breaking inheritance copies). */
async function assignments(sp: SPFI, listTitle: string): Promise<Assignment[]> {
  const list = sp.web.lists.getByTitle(listTitle);
  const found = await list.roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>();
  return Promise.all(
    found.map(async ({ PrincipalId }) => ({
      principalId: PrincipalId,
      roleIds: (await list.roleAssignments.getById(PrincipalId).bindings.select('Id')<Array<{ Id: number }>>()).map((binding) => binding.Id)
    }))
  );
}

/**
 * What it takes for a list to be kept as `restriction` says, read now and made later. Inheritance is broken
 * with the existing assignments copied and the others then removed, so the person making the changes is
 * never locked out part-way. Nothing when the list is already kept so.
 */
export async function restrictionChanges(sp: SPFI, listTitle: string, restriction: Restriction, site: SitePermissions): Promise<SiteChange[]> {
  const words = wording[restriction.kind];
  const list = sp.web.lists.getByTitle(listTitle);
  const [ownPermissions, current] = await Promise.all([hasOwnPermissions(sp, listTitle), assignments(sp, listTitle)]);
  const { ownersGroupId: owners, groups } = site;
  const { limitedAccess: limitedId, read: readId, contribute: contributeId, fullControl: fullControlId } = site.roleIds;
  const changes: SiteChange[] = [];
  const change = (action: string, run: () => Promise<void>): void => {
    changes.push({ list: listTitle, action, run });
  };
  const nameOf = (principalId: number): string => groups.find((group) => group.Id === principalId)?.Title ?? `the person with id ${principalId}`;

  let groupId = groupIdIn(groups, restriction.group);
  const group = async (): Promise<number> =>
    groupId ?? groupIdIn(await siteGroupsOf(sp), restriction.group) ?? Promise.reject(new Error(`The group ${restriction.group} is not on the site.`));
  if (groupId === undefined) {
    // Several lists may wait for the same new group; the first change to run makes it.
    change(`Create the SharePoint group ${restriction.group}: add ${words.whoToAdd} to it.`, async () => {
      groupId =
        groupIdIn(await siteGroupsOf(sp), restriction.group) ??
        (await sp.web.siteGroups.add({ Title: restriction.group, Description: `Created by Custodian: ${words.groupPurpose}` })).Id;
    });
  }
  if (!ownPermissions) {
    change(`Give ${listTitle} its own permissions, so that ${words.why(restriction.group)}.`, async () => {
      await list.breakRoleInheritance(true, false);
    });
  }
  for (const assignment of current) {
    if (assignment.principalId === groupId || assignment.principalId === owners) continue;
    if (restriction.kind === 'readers') {
      change(`Remove ${nameOf(assignment.principalId)}'s access to ${listTitle}.`, () => list.roleAssignments.getById(assignment.principalId).delete());
    } else if (assignment.roleIds.some((id) => id !== readId && id !== limitedId)) {
      change(`Let ${nameOf(assignment.principalId)} only read ${listTitle}.`, async () => {
        await list.roleAssignments.getById(assignment.principalId).delete();
        await list.roleAssignments.add(assignment.principalId, readId);
      });
    }
  }
  const holds = (principalId: number | undefined, roleId: number): boolean =>
    current.some((assignment) => assignment.principalId === principalId && assignment.roleIds.includes(roleId));
  if (!holds(owners, fullControlId)) {
    change(`Give the site's owners full control of ${listTitle}.`, () => list.roleAssignments.add(owners, fullControlId));
  }
  if (!holds(groupId, contributeId)) {
    change(words.groupGrant(restriction.group, listTitle), async () => list.roleAssignments.add(await group(), contributeId));
  }
  return changes;
}
