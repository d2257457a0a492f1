import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { callWithDigest, emulatedSite } from '../support/emulatedSite';
import type { SharePointEmulator } from '../../workbench/emulator/emulator';

const member = 'i:0#.f|membership|sam.okafor@council.example';

describe('the emulator carries out what it answers success to', () => {
  let emulator: SharePointEmulator;
  let sp: (identity?: string) => SPFI;

  beforeEach(async () => {
    ({ emulator, sp } = emulatedSite());
    await sp().web.lists.add('Referrals', '', 100);
  });
  afterEach(() => emulator.close());

  const raw = (method: string, path: string, headers?: Record<string, string>) => callWithDigest(emulator, method, path, headers);

  it('creates, renames and removes groups', async () => {
    const before = (await sp().web.siteGroups()).length;
    const created = await sp().web.siteGroups.add({ Title: 'FOI Officers', Description: 'Log and answer requests' });
    expect(created).toMatchObject({ Title: 'FOI Officers', Description: 'Log and answer requests', PrincipalType: 8 });
    expect(await sp().web.siteGroups()).toHaveLength(before + 1);
    await sp().web.siteGroups.getByName('FOI Officers').update({ Title: 'FOI Team' });
    expect((await sp().web.siteGroups.getById(created.Id).select('Title')()).Title).toBe('FOI Team');
    await sp().web.siteGroups.removeById(created.Id);
    await expect(sp().web.siteGroups.getById(created.Id)()).rejects.toMatchObject({ status: 404 });
    const second = await sp().web.siteGroups.add({ Title: 'Temporary' });
    await sp().web.siteGroups.removeByLoginName(second.LoginName);
    expect((await sp().web.siteGroups()).map((group) => group.Title)).not.toContain('Temporary');
    await expect(sp().web.siteGroups.add({ Title: 'Custodian Owners' })).rejects.toMatchObject({ status: 400 });
    await expect(sp(member).web.siteGroups.add({ Title: 'Mine' })).rejects.toMatchObject({ status: 403 });
  });

  it('adds and removes group members, and a user’s groups are theirs', async () => {
    const { Id } = await sp().web.siteGroups.add({ Title: 'Stewards' });
    await sp().web.siteGroups.getById(Id).users.add(member);
    expect((await sp().web.siteGroups.getById(Id).users()).map((user) => user.Title)).toEqual(['Sam Okafor']);
    expect((await sp(member).web.currentUser.groups()).map((group) => group.Title)).toEqual(['Custodian Members', 'Stewards']);
    await sp().web.siteGroups.getById(Id).users.removeByLoginName(member);
    expect(await sp().web.siteGroups.getById(Id).users()).toEqual([]);
    expect(await sp().web.siteUsers.getById(4).groups()).toEqual([expect.objectContaining({ Title: 'Custodian Visitors' })]);
  });

  it('deletes a list and a field for real', async () => {
    await sp().web.lists.getByTitle('Referrals').fields.addText('Ward');
    await sp().web.lists.getByTitle('Referrals').fields.getByInternalNameOrTitle('Ward').delete();
    await expect(sp().web.lists.getByTitle('Referrals').fields.getByInternalNameOrTitle('Ward')()).rejects.toMatchObject({ status: 400 });
    await sp().web.lists.getByTitle('Referrals').delete();
    await expect(sp().web.lists.getByTitle('Referrals')()).rejects.toMatchObject({ status: 404 });
  });

  it('changes the web’s title and the current user’s name, and refuses what they do not have', async () => {
    await sp().web.update({ Title: 'Adult Social Care' });
    expect((await sp().web.select('Title')()).Title).toBe('Adult Social Care');
    await expect(sp().web.update({ Nonsense: 1 })).rejects.toMatchObject({ status: 400 });
    await expect(sp(member).web.update({ Title: 'Mine now' })).rejects.toMatchObject({ status: 403 });
    await sp(member).web.currentUser.update({ Title: 'Samuel Okafor' });
    expect((await sp(member).web.currentUser()).Title).toBe('Samuel Okafor');
  });

  it('finds exactly the user asked for by login name', async () => {
    const found = await sp().web.siteUsers.getByLoginName(member)();
    expect(found).toMatchObject({ Id: 2, Title: 'Sam Okafor' });
    await expect(sp().web.siteUsers.getByLoginName('i:0#.f|membership|nobody@council.example')()).rejects.toMatchObject({ status: 404 });
  });

  it('answers 404 past a resource it knows, and 405 to a verb the resource does not take', async () => {
    await sp().web.lists.getByTitle('Referrals').items.add({ Title: 'Ada' });
    expect((await raw('GET', "web/lists/getbytitle('Referrals')/nonsense")).status).toBe(404);
    expect((await raw('GET', 'web/currentuser/anything')).status).toBe(404);
    expect((await raw('GET', 'web/sitegroups/removebyid(100)')).status).toBe(405);
    expect((await raw('POST', "web/lists/getbytitle('Referrals')/items(1)/versions")).status).toBe(405);
    expect((await raw('DELETE', 'web')).status).toBe(405);
    expect((await raw('POST', 'web/webs')).status).toBe(405);
    expect(JSON.parse((await raw('GET', 'web/webs')).body)).toEqual({ value: [] });
    expect((await raw('GET', 'web/navigation/quicklaunch')).status).toBe(404);
    expect((await raw('GET', 'contextinfo')).status).toBe(405);
  });

  it('takes the verb from X-HTTP-Method only on a POST: a GET never deletes', async () => {
    await sp().web.lists.getByTitle('Referrals').items.add({ Title: 'Kept' });
    const answer = await raw('GET', "web/lists/getbytitle('Referrals')/items(1)", { 'x-http-method': 'DELETE' });
    expect(answer.status).toBe(200);
    expect((await sp().web.lists.getByTitle('Referrals').items()).map((item) => item.Title)).toEqual(['Kept']);
  });
});
