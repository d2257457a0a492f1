import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';

/** A list the person cannot see at all answers 403 or 404: they may do nothing with it. */
const isKeptFromThem = (error: unknown): boolean => [403, 404].includes((error as { status?: number }).status ?? 0);

/** Whether the signed-in person can read the list's items (false when SharePoint refuses to say). */
export async function canReadList(sp: SPFI, listTitle: string): Promise<boolean> {
  try {
    return await sp.web.lists.getByTitle(listTitle).currentUserHasPermissions(PermissionKind.ViewListItems);
  } catch (error) {
    if (isKeptFromThem(error)) return false;
    throw error;
  }
}

/** What the signed-in person may do with a list's items, from SharePoint's effective permissions. */
export interface ListRights {
  add: boolean;
  edit: boolean;
}

const noRights: ListRights = { add: false, edit: false };

/** Add and edit in one request: a screen offers only what SharePoint would let the person do. */
export async function listRights(sp: SPFI, listTitle: string): Promise<ListRights> {
  const list = sp.web.lists.getByTitle(listTitle);
  try {
    const permissions = await list.getCurrentUserEffectivePermissions();
    return {
      add: list.hasPermissions(permissions, PermissionKind.AddListItems),
      edit: list.hasPermissions(permissions, PermissionKind.EditListItems)
    };
  } catch (error) {
    if (isKeptFromThem(error)) return noRights;
    throw error;
  }
}

/** Whether the signed-in person may add items to the list. */
export async function canAddItems(sp: SPFI, listTitle: string): Promise<boolean> {
  return (await listRights(sp, listTitle)).add;
}

/** Whether the list has permissions of its own (false: it takes the site's, so every member can read it). */
export async function hasOwnPermissions(sp: SPFI, listTitle: string): Promise<boolean> {
  return (await sp.web.lists.getByTitle(listTitle).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments;
}

/**
 * Whether the signed-in person may bring the site's lists up to date: change lists and columns, and give a
 * list its own permissions. A site's owners can; its members and visitors cannot.
 */
export async function canManageLists(sp: SPFI): Promise<boolean> {
  const permissions = await sp.web.getCurrentUserEffectivePermissions();
  return sp.web.hasPermissions(permissions, PermissionKind.ManageLists) && sp.web.hasPermissions(permissions, PermissionKind.ManagePermissions);
}
