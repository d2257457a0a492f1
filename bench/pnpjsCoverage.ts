import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import '@pnp/sp/sites';
import '@pnp/sp/content-types';
import '@pnp/sp/views';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import '@pnp/sp/navigation';
import '@pnp/sp/user-custom-actions';
import '@pnp/sp/features';
import '@pnp/sp/regional-settings';
import '@pnp/sp/subscriptions';
import '@pnp/sp/hubsites';
import '@pnp/sp/clientside-pages';
import '@pnp/sp/related-items';
import '@pnp/sp/forms';
import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { FieldTypes } from '@pnp/sp/fields';
import { ControlMode } from '@pnp/sp/lists';
import { Web } from '@pnp/sp/webs';
import { spForSite } from '../src/data/sharePoint';
import { describeSharePointProblem } from '../src/data/sharePointProblem';
import { SharePointEmulator } from '../workbench/emulator/emulator';
import { emulatorFetch } from '../workbench/emulator/inProcess';

/**
 * The calls PnPjs's own SharePoint tests make (pnp/pnpjs test/sp: webs, lists, items, fields, batch,
 * site-users, site-groups, security), each written here in our own words with the same expectation, run
 * against the emulator with only the site and the sign-in changed. Prints, per file, how many it carries
 * out as the test expects, how many it refuses honestly (404 or 405 in SharePoint's error shape: not
 * emulated) and how many fail otherwise — the last must be none that answer success for work not done.
 */

type Probe = [file: string, name: string, run: (sp: SPFI) => Promise<unknown>];

const siteUrl = 'http://127.0.0.1:8080/sites/custodian';
const owner = 'i:0#.f|membership|priya.shah@council.example';
const visitor = 'i:0#.f|membership|jo.lee@council.example';
let unique = 0;
const name = (prefix: string): string => `${prefix}_${++unique}`;

function expect(condition: unknown, what: string): void {
  if (!condition) throw new Error(`expected ${what}`);
}

const webProperties = ['roleDefinitions', 'webs', 'contentTypes', 'lists', 'siteUserInfoList', 'defaultDocumentLibrary', 'customListTemplates', 'siteUsers', 'siteGroups', 'userCustomActions', 'allProperties', 'webinfos', 'features', 'fields', 'availablefields', 'folders', 'rootFolder', 'regionalSettings'];

const ensureList = async (sp: SPFI, title: string, template = 100) => (await sp.web.lists.ensure(title, '', template)).list;

const probes: Probe[] = [
  ['webs', 'Webs .add 1', (sp) => sp.web.webs.add(name('Child'), name('child'))],
  ['webs', 'Webs .add 2', (sp) => sp.web.webs.add(name('Child'), name('child'), 'description', 'STS#3', 1033, false)],
  ...webProperties.map((property): Probe => ['webs', `Web invokable ${property}`, (sp) => (sp.web as unknown as Record<string, () => Promise<unknown>>)[property]()]),
  ['webs', 'Web .navigation', async (sp) => Promise.all([sp.web.navigation.quicklaunch(), sp.web.navigation.topNavigationBar()])],
  ['webs', 'Web .getParentWeb', async (sp) => expect('Title' in (await (await sp.web.getParentWeb()).select('Title')()), 'a parent web title')],
  ['webs', 'Web .getSubwebsFilteredForCurrentUser', (sp) => sp.web.getSubwebsFilteredForCurrentUser()()],
  ['webs', 'Web .update', async (sp) => {
    const { Title } = await sp.web.select('Title')();
    await sp.web.update({ Title: `${Title} updated` });
    expect((await sp.web.select('Title')()).Title === `${Title} updated`, 'the new title');
  }],
  ['webs', 'Web .availableWebTemplates', async (sp) => expect((await sp.web.availableWebTemplates()()).length > 0, 'templates')],
  ['webs', 'Web .getChanges', (sp) => sp.web.getChanges({ Add: true })],
  ['webs', 'Web .mapToIcon', (sp) => sp.web.mapToIcon('test.docx')],
  ['webs', 'Web .delete', async (sp) => {
    const added = await sp.web.webs.add('Better be deleted!', name('d'));
    return Web([sp.web, added.Url]).delete();
  }],
  ['webs', 'Web .getClientsideWebParts', async (sp) => expect((await sp.web.getClientsideWebParts()).length > 0, 'web parts')],
  ['webs', 'Web .getFileByServerRelativePath', async (sp) => expect((await sp.web.getFileByServerRelativePath('/sites/custodian/SitePages/Home.aspx')()).Name === 'Home.aspx', 'Home.aspx')],
  ['webs', 'Web .getFolderByServerRelativePath', async (sp) => expect((await sp.web.getFolderByServerRelativePath('/sites/custodian/SitePages')()).Name === 'SitePages', 'SitePages')],
  ['webs', 'Web .hubSiteData', (sp) => sp.web.hubSiteData()],
  ['webs', 'Web .hubSiteData force refresh', (sp) => sp.web.hubSiteData(true)],
  ['webs', 'Web .syncHubSiteTheme', (sp) => sp.web.syncHubSiteTheme()],
  ['webs', 'Web .getList', async (sp) => expect((await sp.web.getList('/sites/custodian/SitePages')()).Title === 'Site Pages', 'Site Pages')],
  ['webs', 'Web .getCatalog', (sp) => sp.web.getCatalog(113)],
  ['webs', 'Web .relatedItems', async (sp) => expect(sp.web.relatedItems !== null, 'related items')],
  ['webs', 'Web .getUserById', async (sp) => sp.web.getUserById((await sp.web.siteUsers())[0].Id)()],

  ['lists', 'Lists .getById', async (sp) => {
    const { Id } = await sp.web.lists.getByTitle('Documents').select('Id')();
    expect('Title' in (await sp.web.lists.getById(Id).select('Title')()), 'a title');
  }],
  ['lists', 'Lists .getByTitle', (sp) => sp.web.lists.getByTitle('Documents').select('Title')()],
  ['lists', 'Lists .add 1', (sp) => sp.web.lists.add(name('pnp testing add 1'), 'add 1')],
  ['lists', 'Lists .add 2', (sp) => sp.web.lists.add(name('pnp testing add 2'), 'add 2', 101, true, { OnQuickLaunch: true })],
  ['lists', 'Lists .ensure', (sp) => sp.web.lists.ensure('pnp testing ensure')],
  ['lists', 'Lists .ensure with too long title', async (sp) => expect(await sp.web.lists.ensure('x'.repeat(512)).then(() => false, () => true), 'a refusal')],
  ['lists', 'Lists .ensure fail update already existing list', async (sp) => {
    await sp.web.lists.ensure('pnp testing ensure fail');
    expect(await sp.web.lists.ensure('pnp testing ensure fail', '', 100, false, { RandomPropertyThatDoesntExistOnObject: 'x' } as never).then(() => false, () => true), 'a refusal');
  }],
  ['lists', 'Lists .ensure with additional settings', (sp) => sp.web.lists.ensure('pnp testing ensure settings', '', 101, true, { OnQuickLaunch: true })],
  ['lists', 'Lists .ensure existing list with additional settings', async (sp) => {
    await sp.web.lists.ensure('pnp testing ensure existing');
    await sp.web.lists.ensure('pnp testing ensure existing', '', 101, true, { OnQuickLaunch: true });
  }],
  ['lists', 'Lists .ensure already existing list', async (sp) => {
    await sp.web.lists.ensure('pnp testing ensure');
    await sp.web.lists.ensure('pnp testing ensure');
  }],
  ['lists', 'Lists .ensureSiteAssetsLibrary', (sp) => sp.web.lists.ensureSiteAssetsLibrary()],
  ['lists', 'Lists .ensureSitePagesLibrary', (sp) => sp.web.lists.ensureSitePagesLibrary()],
  ['lists', 'List .effectiveBasePermissions', async (sp) => (await ensureList(sp, 'pnp ebp')).effectiveBasePermissions()],
  ['lists', 'List .eventReceivers', async (sp) => (await ensureList(sp, 'pnp er')).eventReceivers()],
  ['lists', 'List .relatedFields', async (sp) => (await ensureList(sp, 'pnp rf')).relatedFields()],
  ['lists', 'List .informationRightsManagementSettings', async (sp) => (await ensureList(sp, 'pnp irm')).informationRightsManagementSettings()],
  ['lists', 'List .update', async (sp) => (await ensureList(sp, name('pnp update'))).update({ Title: name('New title after update') })],
  ['lists', 'List .getChanges', async (sp) => (await ensureList(sp, 'pnp changes')).getChanges({ Add: true, DeleteObject: true, Restore: true })],
  ['lists', 'List .getItemsByCAMLQuery', async (sp) => (await ensureList(sp, 'pnp caml')).getItemsByCAMLQuery({ ViewXml: "<View><ViewFields><FieldRef Name='Title' /><FieldRef Name='RoleAssignments' /></ViewFields><RowLimit>5</RowLimit></View>" }, 'RoleAssignments')],
  ['lists', 'List .getListItemChangesSinceToken', async (sp) => (await ensureList(sp, 'pnp token')).getListItemChangesSinceToken({ Contains: '<Contains><FieldRef Name="Title"/><Value Type="Text">Testing</Value></Contains>' })],
  ['lists', 'List .recycle', async (sp) => {
    const list = await ensureList(sp, name('pnp recycle'));
    expect(typeof (await list.recycle()) === 'string', 'a string');
    expect(await list.select('Title')().then(() => false, () => true), 'the list gone');
  }],
  ['lists', 'List .renderListData', async (sp) => {
    const list = await ensureList(sp, name('pnp rld'));
    for (const Title of ['Item 1', 'Item 2', 'Item 3']) await list.items.add({ Title });
    expect((await list.renderListData('<View><RowLimit>5</RowLimit></View>')).Row.length > 0, 'rows');
  }],
  ...(['', ' - advanced options', ' - no override params'] as const).map((variant): Probe => ['lists', `List .renderListDataAsStream${variant}`, async (sp) => {
    const list = await ensureList(sp, name('pnp rldas'));
    for (const Title of ['Item 1', 'Item 2', 'Item 3']) await list.items.add({ Title });
    expect(((await list.renderListDataAsStream({ ViewXml: '<View><RowLimit>5</RowLimit></View>', ...(variant ? { AddRequiredFields: true } : {}), ...(variant === ' - advanced options' ? { RenderOptions: [1, 2, 4] } : {}) })) as { Row: unknown[] }).Row.length > 0, 'rows');
  }]),
  ['lists', 'List .renderListDataAsStream - query params', async (sp) => {
    const list = await ensureList(sp, name('pnp rldas'));
    for (const Title of ['Item 1', 'Item 2', 'Item 3']) await list.items.add({ Title });
    const answer = (await list.renderListDataAsStream({ AddRequiredFields: false, ViewXml: '<View><RowLimit>5</RowLimit></View>' }, {}, new Map([['FilterField1', 'Title'], ['FilterValue1', encodeURIComponent('Item 2')]]))) as { Row: unknown[] };
    expect(answer.Row.length === 1, 'one row');
  }],
  ['lists', 'List .renderListFormData', async (sp) => {
    const list = await ensureList(sp, name('pnp form'));
    await list.items.add({ Title: 'Item 1' });
    return list.renderListFormData(1, 'editform', ControlMode.Edit);
  }],
  ['lists', 'List .reserveListItemId', (sp) => sp.web.lists.getByTitle('Documents').reserveListItemId()],
  ['lists', 'List .contentTypes', (sp) => sp.web.lists.getByTitle('Documents').contentTypes()],
  ['lists', 'List .fields', (sp) => sp.web.lists.getByTitle('Documents').fields()],
  ['lists', 'List .rootFolder', (sp) => sp.web.lists.getByTitle('Documents').rootFolder()],
  ['lists', 'List .items', (sp) => sp.web.lists.getByTitle('Documents').items()],
  ['lists', 'List .views', async (sp) => {
    await sp.web.lists.getByTitle('Documents').defaultView();
    return sp.web.lists.getByTitle('Documents').views();
  }],
  ['lists', 'List .subscriptions', (sp) => sp.web.lists.getByTitle('Documents').subscriptions()],
  ['lists', 'List .userCustomActions', (sp) => sp.web.lists.getByTitle('Documents').userCustomActions()],
  ['lists', 'List .delete', async (sp) => {
    const title = name('pnp testing delete');
    await sp.web.lists.add(title);
    return sp.web.lists.getByTitle(title).delete();
  }],
];

const itemList = async (sp: SPFI) => {
  const list = await ensureList(sp, 'ItemTestList');
  if ((await list.select('ItemCount')()).ItemCount === 0) {
    const [batched, execute] = sp.batched();
    for (let n = 0; n < 5; n++) void batched.web.lists.getByTitle('ItemTestList').items.add({ Title: `Item ${n}` });
    await execute();
  }
  return list;
};
const firstItem = async (sp: SPFI) => {
  const list = await itemList(sp);
  return list.items.getById((await list.items.select('Id').top(1)())[0].Id);
};

probes.push(
  ['items', '.items', async (sp) => expect((await (await itemList(sp)).items()).length > 0, 'items')],
  ['items', '.getById', async (sp) => (await firstItem(sp))()],
  ['items', '.getPaged', async (sp) => {
    const pages: number[] = [];
    for await (const page of (await itemList(sp)).items.top(2)) pages.push(page.length);
    expect(pages[0] === 2 && pages[1] === 2, 'pages of two');
  }],
  ['items', '.getAll', async (sp) => {
    const list = await itemList(sp);
    let count = 0;
    for await (const page of list.items) count += page.length;
    expect(count === (await list.select('ItemCount')()).ItemCount, 'every item');
  }],
  ['items', '.effectiveBasePermissions', async (sp) => (await firstItem(sp)).effectiveBasePermissions()],
  ['items', '.effectiveBasePermissionsForUI', async (sp) => (await firstItem(sp)).effectiveBasePermissionsForUI()],
  ['items', '.fieldValuesAsHTML', async (sp) => (await firstItem(sp)).fieldValuesAsHTML()],
  ['items', '.fieldValuesAsText', async (sp) => (await firstItem(sp)).fieldValuesAsText()],
  ['items', '.versions', async (sp) => (await firstItem(sp)).versions()],
  ['items', '.list', async (sp) => expect((await (await firstItem(sp)).list.select('Title')()).Title === 'ItemTestList', 'the list')],
  ['items', '.update', async (sp) => (await firstItem(sp)).update({ Title: name('Item') })],
  ['items', '.recycle', async (sp) => {
    const list = await itemList(sp);
    const { Id } = await list.items.add({ Title: 'Recycle Me' });
    return list.items.getById(Id).recycle();
  }],
  ['items', '.getWopiFrameUrl', async (sp) => (await firstItem(sp)).getWopiFrameUrl()]
);

const titleFieldId = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';
const fieldAdds = (scope: 'Web' | 'List', fields: (sp: SPFI) => SPFI['web']['fields']): Probe[] => [
  ['fields', `${scope} .createFieldAsXml`, (sp) => { const n = name('PnPJSTest'); return fields(sp).createFieldAsXml(`<Field ID="{${crypto.randomUUID()}}" Name="${n}" DisplayName="${n}" Type="Currency" Decimals="2" Min="0" Required="FALSE" Group="PnP Test Group" />`); }],
  ['fields', `${scope} .add`, (sp) => fields(sp).add(name('PnPJSTest'), FieldTypes.Text, { Group: 'PnP Test Group' })],
  ['fields', `${scope} .addText`, (sp) => fields(sp).addText(name('PnPJSTest'), { MaxLength: 255, Group: 'PnP Test Group' })],
  ['fields', `${scope} .addNumber`, (sp) => sp.web.fields.addNumber(name('PnPJSTest'), { Group: 'PnP Test Group' })],
  ['fields', `${scope} .addCalculated`, (sp) => fields(sp).addCalculated(name('PnPJSTest'), { Formula: '=Modified+1', DateFormat: 0, FieldTypeKind: scope === 'Web' ? FieldTypes.DateTime : FieldTypes.Calculated, Group: 'PnP Test Group' } as never)],
  ['fields', `${scope} .addDateTime`, (sp) => fields(sp).addDateTime(name('PnPJSTest'), { DisplayFormat: 0, DateTimeCalendarType: 1, FriendlyDisplayFormat: 1, Group: 'PnP Test Group' })],
  ['fields', `${scope} .addCurrency`, (sp) => fields(sp).addCurrency(name('PnPJSTest'), { MinimumValue: 0, MaximumValue: 100, CurrencyLocaleId: 1033, Group: 'PnP Test Group' })],
  ['fields', `${scope} .addMultilineText`, (sp) => fields(sp).addMultilineText(name('PnPJSTest'), { NumberOfLines: 6, RichText: true, RestrictedMode: false, AppendOnly: false, AllowHyperlink: true, Group: 'PnP Test Group' })],
  ['fields', `${scope} .addUrl`, (sp) => sp.web.fields.addUrl(name('PnPJSTest'), { DisplayFormat: 0, Group: 'PnP Test Group' })],
  ['fields', `${scope} .addUser`, (sp) => fields(sp).addUser(name('PnPJSTest'), { SelectionMode: 0, Group: 'PnP Test Group' })],
  ['fields', `${scope} .addLookup`, async (sp) => {
    const list = await sp.web.lists.add(name('LookupList'), 'PnPJS Test Description', 100, false);
    const field = await fields(sp).addLookup(name('PnPJSTest'), { LookupListId: list.Id, LookupFieldName: 'Title' });
    if (scope === 'Web') await fields(sp).getById(field.Id ?? '').update({ Group: 'PnP Test Group' });
  }],
  ['fields', `${scope} .addChoice`, (sp) => fields(sp).addChoice(name('PnPJSTest'), { Choices: ['a', 'b', 'c'], EditFormat: 0, FillInChoice: false, Group: 'PnP Test Group' })],
  ['fields', `${scope} .addMultiChoice`, (sp) => fields(sp).addMultiChoice(name('PnPJSTest'), { Choices: ['a', 'b', 'c'], FillInChoice: false, Group: 'PnP Test Group' })],
  ['fields', `${scope} .addBoolean`, (sp) => fields(sp).addBoolean(name('PnPJSTest'), { Group: 'PnP Test Group' })],
  ...(scope === 'Web'
    ? [['fields', 'Web .addDependentLookupField', async (sp: SPFI) => {
        const list = await sp.web.lists.add(name('LookupList'), '', 100, false);
        const primary = await sp.web.fields.addLookup(name('PnPJSTest'), { LookupListId: list.Id, LookupFieldName: 'Title' });
        return sp.web.fields.addDependentLookupField(name('PnPJSTest'), primary.Id ?? '', 'Description');
      }] as Probe]
    : []),
  ['fields', `${scope} .addLocation`, (sp) => fields(sp).addLocation(name('PnPJSTest'), { Group: 'PnP Test Group' })],
  ['fields', `${scope} .update`, async (sp) => {
    const n = name('PnPJSTest');
    await fields(sp).add(n, FieldTypes.Text, { Group: 'PnP Test Group' });
    await fields(sp).getByTitle(n).update({ Description: 'PnPJS Test Description' });
    expect((await fields(sp).getByTitle(n)()).Description === 'PnPJS Test Description', 'the description');
  }],
  ...(['setShowInDisplayForm', 'setShowInEditForm', 'setShowInNewForm'] as const).map((method): Probe => ['fields', `${scope} .${method}`, async (sp) => {
    const n = name('PnPJSTest');
    await fields(sp).add(n, FieldTypes.Text, { Group: 'PnP Test Group' });
    await fields(sp).getByTitle(n)[method](true);
  }]),
  ['fields', `${scope} .delete`, async (sp) => {
    const field = await fields(sp).add(name('PnPJSTest'), FieldTypes.Text, { Group: 'PnP Test Group' });
    return fields(sp).getById(field.Id ?? '').delete();
  }]
];

probes.push(
  ['fields', 'Web .getById', (sp) => sp.site.rootWeb.fields.getById(titleFieldId).select('Title')()],
  ['fields', 'Web .getByTitle', async (sp) => {
    const { Title } = await sp.site.rootWeb.fields.getById(titleFieldId).select('Title')();
    expect((await sp.site.rootWeb.fields.getByTitle(Title ?? '').select('Id')()).Id === titleFieldId, 'the Title column');
  }],
  ['fields', 'Web .getByInternalNameOrTitle', async (sp) => expect((await sp.site.rootWeb.fields.getByInternalNameOrTitle('Other Address Country/Region').select('Title')()).Title === 'Other Address Country/Region', 'a built-in site column')],
  ...fieldAdds('Web', (sp) => sp.web.fields),
  ['fields', 'List .getById', async (sp) => expect((await sp.web.lists.getByTitle('Documents').fields.getById(titleFieldId).select('Title')()).Title === 'Title', 'Title')],
  ['fields', 'List .getByTitle', async (sp) => expect((await sp.web.lists.getByTitle('Documents').fields.getByTitle('Title').select('Id')()).Id === titleFieldId, 'its id')],
  ['fields', 'List .getByInternalNameOrTitle (1)', async (sp) => expect((await sp.site.rootWeb.fields.getByInternalNameOrTitle('Other Address Country/Region').select('Title')()).Title === 'Other Address Country/Region', 'a built-in site column')],
  ['fields', 'List .getByInternalNameOrTitle (2)', async (sp) => expect((await sp.web.lists.getByTitle('Documents').fields.getByInternalNameOrTitle('Title').select('Id')()).Id === titleFieldId, 'its id')],
  ...fieldAdds('List', (sp) => sp.web.lists.getByTitle('Documents').fields)
);

const order = async (sp: SPFI, queue: (batched: SPFI, push: (n: number) => () => void) => void, expected: number): Promise<void> => {
  const seen: number[] = [];
  const [batched, execute] = sp.batched();
  queue(batched, (n) => () => void seen.push(n));
  await execute();
  seen.push(expected);
  expect(seen.join() === Array.from({ length: expected }, (_, index) => index + 1).join(), `order 1…${expected}`);
};

probes.push(
  ['batch', 'Single Request', (sp) => order(sp, (b, push) => void b.web().then(push(1)), 2)],
  ['batch', 'Even # Requests', (sp) => order(sp, (b, push) => { void b.web().then(push(1)); void b.web.lists().then(push(2)); }, 3)],
  ['batch', 'Odd # Requests', (sp) => order(sp, (b, push) => { void b.web().then(push(1)); void b.web.lists().then(push(2)); void b.web.lists.top(1)().then(push(3)); }, 4)],
  ['batch', 'Cloned Requests', async (sp) => {
    await sp.web.lists.ensure('BatchItemAddTest');
    await order(sp, (b, push) => { void b.web.lists.getByTitle('BatchItemAddTest').items.add({ Title: 'Hello 1' }).then(push(1)); void b.web.lists.getByTitle('BatchItemAddTest').items.add({ Title: 'Hello 2' }).then(push(2)); }, 3);
  }],
  ['batch', 'Cloned Requests (not items.add)', async (sp) => {
    const { Id } = await sp.web.associatedVisitorGroup.select('Id')();
    await order(sp, (b, push) => { void b.web.siteGroups.getById(Id).users().then(push(1)); void b.web.siteGroups.getById(Id).users.add(visitor).then(push(2)); }, 3);
  }],
  ['batch', 'Complex Ordering', async (sp) => {
    const list = await ensureList(sp, 'BatchOrderingTest', 101);
    await list.rootFolder.files.addUsingPath('MyFile.txt', 'Some content');
  }],

  ['site-users', '.siteUsers', async (sp) => expect(hasUserProperties((await sp.web.siteUsers())[0]), 'every SP.User property')],
  ['site-users', '.currentUser', async (sp) => expect(hasUserProperties(await sp.web.currentUser()), 'every SP.User property')],
  ['site-users', '.ensureUser', async (sp) => sp.web.ensureUser((await sp.web.currentUser()).LoginName)],
  ['site-users', '.getUserById', async (sp) => sp.web.getUserById((await sp.web.currentUser()).Id)()],
  ['site-users', '.siteUsers.getById', async (sp) => sp.web.siteUsers.getById((await sp.web.currentUser()).Id)()],
  ['site-users', '.siteUsers.getByEmail', async (sp) => sp.web.siteUsers.getByEmail((await sp.web.currentUser()).Email ?? '')()],
  ['site-users', '.siteUsers.getByLoginName', async (sp) => sp.web.siteUsers.getByLoginName((await sp.web.currentUser()).LoginName)()],
  ['site-users', '.currentUser.groups', async (sp) => expect((await sp.web.currentUser.groups()).length >= 0, 'groups')],
  ['site-users', '.currentUser.update', async (sp) => {
    const props = await sp.web.currentUser();
    await sp.web.currentUser.update({ ...props, Title: 'Changed Title' });
    expect((await sp.web.currentUser()).Title === 'Changed Title', 'the new title');
  }],

  ['site-groups', '.siteGroups()', (sp) => sp.web.siteGroups()],
  ['site-groups', '.associatedOwnerGroup()', (sp) => sp.web.associatedOwnerGroup()],
  ['site-groups', '.associatedMemberGroup()', (sp) => sp.web.associatedMemberGroup()],
  ['site-groups', '.associatedVisitorGroup()', (sp) => sp.web.associatedVisitorGroup()],
  ['site-groups', '.createDefaultAssociatedGroups()', (sp) => sp.web.createDefaultAssociatedGroups(name('TestGroup'), owner, false, false)],
  ['site-groups', '.getById()', async (sp) => sp.web.siteGroups.getById((await sp.web.siteGroups.add({ Title: name('test_new_sitegroup') })).Id)()],
  ['site-groups', '.add()', (sp) => sp.web.siteGroups.add({ Title: name('test_add_new_sitegroup') })],
  ['site-groups', '.getByName()', async (sp) => sp.web.siteGroups.getByName((await sp.web.siteGroups.add({ Title: name('test_sitegroup') })).Title ?? '')()],
  ['site-groups', '.removeById()', async (sp) => sp.web.siteGroups.removeById((await sp.web.siteGroups.add({ Title: name('test_remove_group_by_id') })).Id)],
  ['site-groups', '.removeByLoginName()', async (sp) => sp.web.siteGroups.removeByLoginName((await sp.web.siteGroups.add({ Title: name('test_remove_group_by_name') })).LoginName)],
  ['site-groups', '.users()', async (sp) => sp.web.siteGroups.getById((await sp.web.siteGroups.add({ Title: name('test_users') })).Id).users()],
  ['site-groups', '.update()', async (sp) => {
    const group = await sp.web.siteGroups.add({ Title: name('test_update') });
    await sp.web.siteGroups.getByName(group.Title ?? '').update({ Title: `Updated_${group.Title}` });
    expect((await sp.web.siteGroups.getById(group.Id).select('Title')()).Title === `Updated_${group.Title}`, 'the new title');
  }],
  ['site-groups', '.setUserAsOwner()', async (sp) => sp.web.siteGroups.getById((await sp.web.siteGroups.add({ Title: name('test_owner') })).Id).setUserAsOwner((await sp.web.ensureUser(visitor)).Id)],

  ['security', '.roleAssignments', async (sp) => (await ensureList(sp, 'SecurityTestingList')).roleAssignments()],
  ['security', '.firstUniqueAncestorSecurableObject', async (sp) => (await ensureList(sp, 'SecurityTestingList')).firstUniqueAncestorSecurableObject()],
  ['security', '.getUserEffectivePermissions', async (sp) => (await ensureList(sp, 'SecurityTestingList')).getUserEffectivePermissions((await sp.web.siteUsers.top(1).select('LoginName')())[0].LoginName)],
  ['security', '.getCurrentUserEffectivePermissions', async (sp) => (await ensureList(sp, 'SecurityTestingList')).getCurrentUserEffectivePermissions()],
  ['security', '.userHasPermissions', async (sp) => (await ensureList(sp, 'SecurityTestingList')).userHasPermissions((await sp.web.siteUsers.top(1).select('LoginName')())[0].LoginName, PermissionKind.AddListItems)],
  ['security', '.currentUserHasPermissions', async (sp) => (await ensureList(sp, 'SecurityTestingList')).currentUserHasPermissions(PermissionKind.AddListItems)],
  ['security', '.breakRoleInheritance', async (sp) => (await ensureList(sp, 'SecurityTestingList')).breakRoleInheritance(true, true)],
  ['security', 'updateRoleDef', async (sp) => {
    // PnPjs runs this on a subsite and changes its parent; the emulated site is a root web, so it is its own.
    const web = (await sp.web.getParentWeb()) ?? sp.web;
    await web.roleDefinitions.add('PNPJS Test Role Def', '', 1000, { Low: 1, High: 0 }).catch(() => undefined);
    return web.roleDefinitions.getByName('PNPJS Test Role Def').update({ BasePermissions: { Low: 3, High: 0 } });
  }]
);

function hasUserProperties(user: object): boolean {
  return ['Email', 'Id', 'IsHiddenInUI', 'IsShareByEmailGuestUser', 'IsSiteAdmin', 'LoginName', 'PrincipalType', 'Title', 'Expiration', 'IsEmailAuthenticationGuestUser', 'UserId', 'UserPrincipalName'].every((property) => property in user);
}

type Verdict = 'passed' | 'refused honestly' | 'failed';

async function verdictOf(run: () => Promise<unknown>): Promise<[Verdict, string]> {
  try {
    await run();
    return ['passed', ''];
  } catch (error) {
    const problem = describeSharePointProblem(error);
    const honest = (problem.status === 404 || problem.status === 405) && /odata\.error|Cannot find resource|not emulated|does not exist/i.test(`${(error as Error).message}`);
    return [honest ? 'refused honestly' : 'failed', `${problem.status ?? ''} ${problem.detail}`.trim().slice(0, 160)];
  }
}

async function main(): Promise<void> {
  const emulator = new SharePointEmulator();
  const sp = spForSite(siteUrl, { fetch: emulatorFetch(emulator, owner) });
  const tally = new Map<string, Record<Verdict, number>>();
  const failures: string[] = [];
  for (const [file, test, run] of probes) {
    const [verdict, detail] = await verdictOf(() => run(sp));
    const counts = tally.get(file) ?? { passed: 0, 'refused honestly': 0, failed: 0 };
    counts[verdict]++;
    tally.set(file, counts);
    if (verdict !== 'passed' && process.env.VERBOSE) console.log(`  ${verdict}: ${file} › ${test}: ${detail}`);
    if (verdict === 'failed') failures.push(`${file} › ${test}: ${detail}`);
  }
  let passed = 0;
  let refused = 0;
  console.log('PnPjs test/sp calls against the emulator (passed / refused honestly / failed otherwise):');
  for (const [file, counts] of tally) {
    passed += counts.passed;
    refused += counts['refused honestly'];
    console.log(`  ${file.padEnd(12)} ${counts.passed} / ${counts['refused honestly']} / ${counts.failed}`);
  }
  console.log(`  all          ${passed} of ${probes.length} passed (${((100 * passed) / probes.length).toFixed(0)}%), ${refused} refused honestly, ${failures.length} failed otherwise`);
  for (const failure of failures) console.log(`    failed: ${failure}`);
  emulator.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
