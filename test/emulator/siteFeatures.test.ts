import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/regional-settings/web';
import '@pnp/sp/views/list';
import '@pnp/sp/content-types/list';
import '@pnp/sp/folders/list';
import '@pnp/sp/user-custom-actions/list';
import type { SPFI } from '@pnp/sp';
import { emulatedSite } from '../support/emulatedSite';
import type { SharePointEmulator } from '../../workbench/emulator/emulator';

describe('more of what SPFx apps use from a site', () => {
  let emulator: SharePointEmulator;
  let sp: () => SPFI;

  beforeEach(async () => {
    ({ emulator, sp } = emulatedSite());
    await sp().web.lists.add('Referrals', '', 100);
  });
  afterEach(() => emulator.close());

  it('has a Documents library, as every team site has, that takes files and not list items', async () => {
    const library = await sp().web.defaultDocumentLibrary();
    expect(library).toMatchObject({ Title: 'Documents', BaseTemplate: 101, BaseType: 1 });
    await expect(sp().web.lists.getByTitle('Documents').items.add({ Title: 'x' })).rejects.toMatchObject({ status: 400 });
  });

  it('describes users with the properties SharePoint gives them', async () => {
    const [user] = await sp().web.siteUsers();
    for (const property of ['Email', 'Id', 'IsHiddenInUI', 'IsShareByEmailGuestUser', 'IsSiteAdmin', 'LoginName', 'PrincipalType', 'Title', 'Expiration', 'IsEmailAuthenticationGuestUser', 'UserId', 'UserPrincipalName']) {
      expect(user).toHaveProperty(property);
    }
  });

  it('keeps site columns, and adds a lookup column with AddField', async () => {
    await sp().web.fields.addText('Council reference', { MaxLength: 20 });
    expect((await sp().web.fields.getByInternalNameOrTitle('Council_x0020_reference')<{ MaxLength: number }>()).MaxLength).toBe(20);
    expect((await sp().web.availablefields()).map((field) => field.Title)).toContain('Council reference');
    await sp().web.lists.add('Hospitals', '', 100);
    const hospitals = await sp().web.lists.getByTitle('Hospitals')();
    await sp().web.lists.getByTitle('Hospitals').items.add({ Title: 'Trafford General' });
    await sp().web.lists.getByTitle('Referrals').fields.addLookup('Hospital', { LookupListId: hospitals.Id, LookupFieldName: 'Title' });
    await sp().web.lists.getByTitle('Referrals').items.add({ Title: 'Ada', HospitalId: 1 });
    const [item] = await sp().web.lists.getByTitle('Referrals').items.select('Title', 'Hospital/Title').expand('Hospital')();
    expect(item.Hospital).toEqual({ Id: 1, Title: 'Trafford General' });
    await expect(sp().web.lists.getByTitle('Hospitals').delete()).rejects.toMatchObject({ status: 400 });
  });

  it('computes calculated columns, and refuses column types it does not keep', async () => {
    const fields = sp().web.lists.getByTitle('Referrals').fields;
    await fields.addNumber('Hours');
    await fields.addCalculated('Days', { Formula: '=[Hours]/24', OutputType: 9 } as never);
    await sp().web.lists.getByTitle('Referrals').items.add({ Title: 'Ada', Hours: 36 });
    expect((await sp().web.lists.getByTitle('Referrals').items.getById(1)()).Days).toBe(1.5);
    await expect(sp().web.lists.getByTitle('Referrals').items.add({ Title: 'Bo', Days: 2 })).rejects.toMatchObject({ status: 400 });
    await expect(fields.addUrl('Website')).rejects.toMatchObject({ status: 405 });
  });

  it('gives an item’s values as text', async () => {
    await sp().web.lists.getByTitle('Referrals').fields.addBoolean('Urgent');
    await sp().web.lists.getByTitle('Referrals').items.add({ Title: 'Ada', Urgent: true });
    expect(await sp().web.lists.getByTitle('Referrals').items.getById(1).fieldValuesAsText()).toMatchObject({ Title: 'Ada', Urgent: 'Yes' });
  });

  it('recycles items and lists: they are gone, and the recycle bin id is given', async () => {
    const items = sp().web.lists.getByTitle('Referrals').items;
    await items.add({ Title: 'Ada' });
    expect(await items.getById(1).recycle()).toMatch(/^[0-9a-f-]{36}$/);
    expect(await items()).toEqual([]);
    await sp().web.lists.getByTitle('Referrals').recycle();
    await expect(sp().web.lists.getByTitle('Referrals')()).rejects.toMatchObject({ status: 404 });
  });

  it('answers CAML queries through getitems and RenderListDataAsStream', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    for (const Title of ['Ada', 'Bo', 'Cy']) await list.items.add({ Title });
    const viewXml = "<View><Query><Where><Neq><FieldRef Name='Title'/><Value Type='Text'>Bo</Value></Neq></Where><OrderBy><FieldRef Name='Title' Ascending='FALSE'/></OrderBy></Query><RowLimit>10</RowLimit></View>";
    expect((await list.getItemsByCAMLQuery({ ViewXml: viewXml })).map((item: { Title: string }) => item.Title)).toEqual(['Cy', 'Ada']);
    const stream = (await list.renderListDataAsStream({ ViewXml: viewXml })) as { Row: Array<{ Title: string }> };
    expect(stream.Row.map((row) => row.Title)).toEqual(['Cy', 'Ada']);
    await expect(list.getItemsByCAMLQuery({ ViewXml: "<View><Query><Where><Membership Type='CurrentUserGroups'><FieldRef Name='Author'/></Membership></Where></Query></View>" })).rejects.toMatchObject({ status: 405 });
  });

  it('shows the parts of a site it holds but does not let anyone change, and refuses to create in them', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    expect(await sp().web.regionalSettings()).toMatchObject({ LocaleId: 2057 });
    expect((await list.defaultView()).Title).toBe('All Items');
    expect((await list.contentTypes()).map((type) => type.Name)).toEqual(['Item']);
    expect((await list.rootFolder()).ServerRelativeUrl).toBe('/sites/custodian/Lists/Referrals');
    expect(await list.userCustomActions()).toEqual([]);
    await expect(list.userCustomActions.add({ Title: 'x' })).rejects.toMatchObject({ status: 405 });
    await expect(list.views.add('Mine')).rejects.toMatchObject({ status: 405 });
  });
});
