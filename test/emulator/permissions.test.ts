import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import { emulatedSite } from '../support/emulatedSite';
import type { SharePointEmulator } from '../../workbench/emulator/emulator';

const member = 'i:0#.f|membership|sam.okafor@council.example';
const otherMember = 'i:0#.f|membership|alex.morgan@council.example';
const visitor = 'i:0#.f|membership|jo.lee@council.example';

describe('permissions an SPFx app can read and set', () => {
  let emulator: SharePointEmulator;
  let sp: (identity?: string) => SPFI;

  beforeEach(async () => {
    ({ emulator, sp } = emulatedSite());
    await sp().web.lists.add('Requesters', '', 100);
  });
  afterEach(() => emulator.close());

  it('lists the permission levels with their masks, found by id, name and type', async () => {
    const levels = await sp().web.roleDefinitions();
    expect(levels.map((level) => level.Name)).toEqual(['Full Control', 'Design', 'Edit', 'Contribute', 'Read', 'Limited Access']);
    expect(await sp().web.roleDefinitions.getByName('Read')()).toMatchObject({ Id: 1073741826, RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } });
    expect((await sp().web.roleDefinitions.getByType(3)()).Name).toBe('Contribute');
    expect((await sp().web.roleDefinitions.getById(1073741830)()).BasePermissions).toEqual({ High: '432', Low: '1011030767' });
    const added = await sp().web.roleDefinitions.add('Review only', 'Read and approve', 200, { High: 176, Low: 138612833 + 16 });
    await sp().web.roleDefinitions.getById(added.data.Id).update({ Description: 'Read, and approve items', BasePermissions: { High: 176, Low: 138612833 + 16 } });
    expect((await sp().web.roleDefinitions.getByName('Review only')()).Description).toBe('Read, and approve items');
    await expect(sp(member).web.roleDefinitions.add('Mine', '', 300, { High: 0, Low: 1 })).rejects.toMatchObject({ status: 403 });
  });

  it('gives each person their effective permissions on the web, a list and an item', async () => {
    const list = sp().web.lists.getByTitle('Requesters');
    expect(await sp(member).web.lists.getByTitle('Requesters').currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
    expect(await sp(visitor).web.lists.getByTitle('Requesters').currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await sp(visitor).web.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await list.userHasPermissions(visitor, PermissionKind.EditListItems)).toBe(false);
    expect(await list.getUserEffectivePermissions(member)).toMatchObject({ High: '432', Low: '1011028719' });
    expect(await sp().web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
    await expect(sp(member).web.lists.getByTitle('Requesters').getUserEffectivePermissions(visitor)).rejects.toMatchObject({ status: 403 });
  });

  it('names the associated owner, member and visitor groups', async () => {
    expect((await sp().web.associatedOwnerGroup()).Title).toBe('Custodian Owners');
    expect((await sp().web.associatedMemberGroup()).Title).toBe('Custodian Members');
    expect((await sp().web.associatedVisitorGroup.users()).map((user) => user.Title)).toEqual(['Jo Lee']);
  });

  it('breaks a list’s inheritance, reads and changes its role assignments, and resets it', async () => {
    const list = sp().web.lists.getByTitle('Requesters');
    expect((await sp().web.roleAssignments()).map((assignment) => assignment.PrincipalId)).toEqual([100, 101, 102]);
    await list.breakRoleInheritance(true);
    expect((await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    await list.roleAssignments.remove(101, 1073741827);
    await list.roleAssignments.remove(102, 1073741826);
    const { Id: foi } = await sp().web.siteGroups.add({ Title: 'FOI Officers' });
    await sp().web.siteGroups.getById(foi).users.add(otherMember);
    await list.roleAssignments.add(foi, 1073741827);
    expect((await list.roleAssignments()).map((assignment) => assignment.PrincipalId)).toEqual([100, foi]);
    expect((await list.roleAssignments.getById(foi).bindings()).map((binding: { Name: string }) => binding.Name)).toEqual(['Contribute']);
    await expect(sp(member).web.lists.getByTitle('Requesters').items()).rejects.toMatchObject({ status: 403 });
    await expect(sp(otherMember).web.lists.getByTitle('Requesters').items.add({ Title: 'A requester' })).resolves.toMatchObject({ Id: 1 });
    await list.resetRoleInheritance();
    await expect(sp(member).web.lists.getByTitle('Requesters').items()).resolves.toHaveLength(1);
  });

  it('gives an item unique permissions: those without them do not see it at all', async () => {
    const items = sp().web.lists.getByTitle('Requesters').items;
    await items.add({ Title: 'Open to members' });
    await items.add({ Title: 'Owners only' });
    await items.getById(2).breakRoleInheritance(false);
    await items.getById(2).roleAssignments.add(100, 1073741829);
    expect((await sp(member).web.lists.getByTitle('Requesters').items()).map((item) => item.Title)).toEqual(['Open to members']);
    await expect(sp(member).web.lists.getByTitle('Requesters').items.getById(2)()).rejects.toMatchObject({ status: 404 });
    expect((await items.getById(2).firstUniqueAncestorSecurableObject()) as Record<string, unknown>).toMatchObject({ Title: 'Owners only' });
    expect((await items()).map((item) => item.Title)).toEqual(['Open to members', 'Owners only']);
    expect(await sp(member).web.lists.getByTitle('Requesters').items.getById(1).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
  });
});
