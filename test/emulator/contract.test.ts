import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import '@pnp/sp/security/list';
import type { SPFI } from '@pnp/sp';
import { emulatedSite } from '../support/emulatedSite';
import { describeSharePointProblem } from '../../src/data/sharePointProblem';
import type { SharePointEmulator } from '../../workbench/emulator/emulator';

const owner = 'i:0#.f|membership|priya.shah@council.example';
const member = 'i:0#.f|membership|sam.okafor@council.example';
const visitor = 'i:0#.f|membership|jo.lee@council.example';

/** The refusal of a request that must fail: its status and SharePoint's own message. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await promise.then(
    () => {
      throw new Error('expected SharePoint to refuse');
    },
    (caught: unknown) => caught
  );
  const problem = describeSharePointProblem(error);
  return { status: problem.status ?? 0, message: problem.detail };
}

describe('the SharePoint emulator, through real PnPjs', () => {
  let emulator: SharePointEmulator;
  let sp: (identity?: string) => SPFI;

  beforeEach(async () => {
    ({ emulator, sp } = emulatedSite({ clock: () => new Date('2026-11-22T10:00:00Z') }));
    await sp().web.lists.add('Referrals', 'Test list', 100, false, { EnableVersioning: true });
    const list = sp().web.lists.getByTitle('Referrals');
    await list.fields.createFieldAsXml('<Field Type="Text" Name="NhsNumber" StaticName="NhsNumber" DisplayName="NHS number" MaxLength="10" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
    await list.fields.createFieldAsXml('<Field Type="Choice" Name="Status" DisplayName="Status" Indexed="TRUE"><CHOICES><CHOICE>Referred</CHOICE><CHOICE>Discharged</CHOICE></CHOICES><Default>Referred</Default></Field>');
    await list.fields.createFieldAsXml('<Field Type="DateTime" Format="DateOnly" Name="AdmissionDate" DisplayName="Admission date" />');
    await list.fields.createFieldAsXml('<Field Type="DateTime" Format="DateOnly" Name="DischargeDate" DisplayName="Discharge date" />');
    await list.fields.createFieldAsXml('<Field Type="Number" Name="Hours" DisplayName="Hours" Min="0" Max="168" />');
    await list.fields.createFieldAsXml('<Field Type="User" Name="LeadOfficer" DisplayName="Lead officer" List="UserInfo" />');
  });
  afterEach(() => emulator.close());

  it('answers for the web and the signed-in user', async () => {
    const web = await sp().web.select('Title', 'Url')();
    expect(web).toMatchObject({ Title: 'Custodian', Url: 'http://127.0.0.1:8080/sites/custodian' });
    expect(await sp(member).web.currentUser()).toMatchObject({ Title: 'Sam Okafor', Email: 'sam.okafor@council.example' });
  });

  it('expands the signed-in user on the web, with only the properties selected', async () => {
    const web = await sp(member).web.select('Title', 'CurrentUser/Id', 'CurrentUser/Title').expand('CurrentUser')();
    expect(web).toEqual(expect.objectContaining({ Title: 'Custodian', CurrentUser: { Id: expect.any(Number), Title: 'Sam Okafor' } }));
    await expect(sp(member).web.select('Title', 'CurrentUser/Shoe').expand('CurrentUser')()).rejects.toMatchObject({ status: 400 });
  });

  it('lists site users, groups with their members, and ensures users', async () => {
    expect((await sp().web.siteUsers()).map((user) => user.Title)).toEqual(['Priya Shah', 'Sam Okafor', 'Alex Morgan', 'Jo Lee']);
    const groups = await sp().web.siteGroups();
    const members = await sp().web.siteGroups.getById(groups.find((group) => group.Title === 'Custodian Members')!.Id).users();
    expect(members.map((user) => user.Title)).toEqual(['Sam Okafor', 'Alex Morgan']);
    expect((await sp().web.ensureUser('alex.morgan@council.example')).Title).toBe('Alex Morgan');
  });

  it('creates lists and reads them by title and by id, with their properties', async () => {
    const byTitle = await sp().web.lists.getByTitle('Referrals')();
    expect(byTitle).toMatchObject({ Title: 'Referrals', ItemCount: 0, EnableVersioning: true });
    expect((await sp().web.lists.getById(byTitle.Id)()).Title).toBe('Referrals');
    await sp().web.lists.getByTitle('Referrals').update({ ValidationFormula: '=[Hours]<100', ValidationMessage: 'Too many hours' });
    expect(await sp().web.lists.getByTitle('Referrals').select('ValidationFormula', 'ValidationMessage')()).toMatchObject({
      ValidationFormula: '=[Hours]<100',
      ValidationMessage: 'Too many hours'
    });
  });

  it('reads fields as SharePoint describes them, and updates them', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    const nhs = await list.fields.getByInternalNameOrTitle('NhsNumber')();
    expect(nhs).toMatchObject({ Title: 'NHS number', TypeAsString: 'Text', MaxLength: 10, Indexed: true, EnforceUniqueValues: true });
    expect((await list.fields.getByInternalNameOrTitle('Status')()).Choices).toEqual(['Referred', 'Discharged']);
    await list.fields.getByInternalNameOrTitle('Status').update({ Required: true, Description: 'Where it has got to' });
    expect(await list.fields.getByInternalNameOrTitle('Status')()).toMatchObject({ Required: true, Description: 'Where it has got to' });
  });

  it('adds fields with the typed calls, and lookups that expand to the other list’s title', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    await list.fields.addText('Ward', { MaxLength: 60, Required: false });
    expect(await list.fields.getByInternalNameOrTitle('Ward')()).toMatchObject({ TypeAsString: 'Text', MaxLength: 60 });

    await sp().web.lists.add('Hospitals', '', 100);
    const hospitals = await sp().web.lists.getByTitle('Hospitals')();
    await sp().web.lists.getByTitle('Hospitals').items.add({ Title: 'Trafford General' });
    await list.fields.createFieldAsXml(`<Field Type="Lookup" Name="Hospital" DisplayName="Hospital" List="{${hospitals.Id}}" ShowField="Title" />`);
    await list.items.add({ Title: 'Ada', HospitalId: 1 });
    const [item] = await list.items.select('Title', 'Hospital/Title').expand('Hospital')();
    expect(item.Hospital).toEqual({ Id: 1, Title: 'Trafford General' });
  });

  it('finds a list by its id in either address form', async () => {
    const { Id } = await sp().web.lists.getByTitle('Referrals')();
    for (const address of [`lists('${Id}')`, `lists(guid'${Id}')`]) {
      const answer = await emulator.handle({ method: 'GET', url: `http://127.0.0.1:8080/sites/custodian/_api/web/${address}`, headers: { accept: 'application/json;odata=nometadata' }, body: '' });
      expect(JSON.parse(answer.body)).toMatchObject({ Id, Title: 'Referrals' });
    }
  });

  it('answers in verbose mode when asked, as older clients expect', async () => {
    const answer = await emulator.handle({ method: 'GET', url: 'http://127.0.0.1:8080/sites/custodian/_api/web/lists/getByTitle(\'Referrals\')/items', headers: { accept: 'application/json;odata=verbose' }, body: '' });
    expect(JSON.parse(answer.body)).toEqual({ d: { results: [] } });
  });

  it('adds, reads, updates and deletes items, with defaults, author and editor', async () => {
    const items = sp(member).web.lists.getByTitle('Referrals').items;
    const added = await items.add({ Title: 'Ada', NhsNumber: '9434765919', AdmissionDate: '2026-07-01T00:00:00Z', LeadOfficerId: 2 });
    expect(added).toMatchObject({ Id: 1, Title: 'Ada', Status: 'Referred', LeadOfficerId: 2, AuthorId: 2 });
    await items.getById(1).update({ Hours: 10 });
    expect(await items.getById(1)()).toMatchObject({ Hours: 10, EditorId: 2 });
    await items.getById(1).delete();
    expect((await failure(items.getById(1)())).status).toBe(404);
  });

  it('keeps a date-only value on its UK day', async () => {
    const items = sp().web.lists.getByTitle('Referrals').items;
    await items.add({ Title: 'Summer', AdmissionDate: '2026-07-01T10:30:00Z' });
    await items.add({ Title: 'Winter', AdmissionDate: '2026-12-01T10:30:00Z' });
    expect((await items.getById(1)()).AdmissionDate).toBe('2026-06-30T23:00:00Z');
    expect((await items.getById(2)()).AdmissionDate).toBe('2026-12-01T00:00:00Z');
  });

  it('filters, sorts, selects and expands people', async () => {
    const items = sp().web.lists.getByTitle('Referrals').items;
    await items.add({ Title: "O'Brien", NhsNumber: '9990000018', Status: 'Discharged', Hours: 5, LeadOfficerId: 3 });
    await items.add({ Title: 'Smith', NhsNumber: '9990000026', Hours: 12 });
    await items.add({ Title: 'Smithson', NhsNumber: '9990000034', Hours: 7, AdmissionDate: '2026-11-01T00:00:00Z' });
    // A fresh collection each time: PnPjs adds each orderBy to the ones before on the same object.
    const titles = async (query: (collection: typeof items) => typeof items): Promise<string[]> =>
      (await query(sp().web.lists.getByTitle('Referrals').items).select('Title')()).map((item: { Title: string }) => item.Title);

    expect(await titles((c) => c.filter("Title eq 'O''Brien'"))).toEqual(["O'Brien"]);
    expect(await titles((c) => c.filter("startswith(Title,'Smith')").orderBy('Title', false))).toEqual(['Smithson', 'Smith']);
    expect(await titles((c) => c.filter("substringof('mith',Title) and Hours gt 7"))).toEqual(['Smith']);
    expect(await titles((c) => c.filter('Hours le 5 or Hours ge 12').orderBy('Hours'))).toEqual(["O'Brien", 'Smith']);
    expect(await titles((c) => c.filter("not (Status eq 'Referred')"))).toEqual(["O'Brien"]);
    expect(await titles((c) => c.filter('AdmissionDate eq null').orderBy('ID'))).toEqual(["O'Brien", 'Smith']);
    expect(await titles((c) => c.filter("AdmissionDate ge datetime'2026-10-31T00:00:00Z'"))).toEqual(['Smithson']);
    expect(await titles((c) => c.filter('LeadOfficerId eq 3'))).toEqual(["O'Brien"]);

    const [expanded] = await items.filter("Status eq 'Discharged'").select('Title', 'LeadOfficer/Title', 'LeadOfficer/EMail').expand('LeadOfficer')();
    expect(expanded).toMatchObject({ Title: "O'Brien", LeadOfficer: { Title: 'Alex Morgan', EMail: 'alex.morgan@council.example' } });
  });

  it('pages with $top and $skiptoken, following the next link', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    const [batched, execute] = sp().batched();
    for (let n = 0; n < 25; n++) void batched.web.lists.getByTitle('Referrals').items.add({ Title: `Person ${n}` });
    await execute();
    const seen: number[] = [];
    for await (const page of list.items.select('Id').top(10)) seen.push(...page.map((item: { Id: number }) => item.Id));
    expect(seen).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
  });

  it('records every version of an item', async () => {
    const items = sp().web.lists.getByTitle('Referrals').items;
    await items.add({ Title: 'Ada', Hours: 1 });
    await items.getById(1).update({ Hours: 2 });
    await items.getById(1).update({ Hours: 3 });
    const versions = await items.getById(1).versions();
    expect(versions.map((version: { VersionLabel: string; Hours: number }) => [version.VersionLabel, version.Hours])).toEqual([
      ['3.0', 3],
      ['2.0', 2],
      ['1.0', 1]
    ]);
  });

  it('refuses a stale ETag with 412, and lets * overwrite', async () => {
    const items = sp().web.lists.getByTitle('Referrals').items;
    await items.add({ Title: 'Ada' });
    const read = await items.getById(1)();
    const etag = read['odata.etag'];
    await items.getById(1).update({ Hours: 1 }, etag);
    const stale = await failure(items.getById(1).update({ Hours: 2 }, etag));
    expect(stale.status).toBe(412);
    expect(stale.message).toMatch(/The request ETag value '"1"' does not match the object's ETag value '"[0-9a-f-]+,2"'/);
    await items.getById(1).update({ Hours: 3 }, '*');
    expect((await items.getById(1)()).Hours).toBe(3);
  });

  it('runs a batch of 100 adds in one request', async () => {
    const [batched, execute] = sp().batched();
    const added: Array<Promise<{ Id: number }>> = [];
    for (let n = 0; n < 100; n++) added.push(batched.web.lists.getByTitle('Referrals').items.add({ Title: `Person ${n}` }));
    await execute();
    expect((await Promise.all(added)).map((item) => item.Id)).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    expect((await sp().web.lists.getByTitle('Referrals')()).ItemCount).toBe(100);
  });

  it('refuses a write that fails a validation formula, with the formula’s message', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    await list.update({
      ValidationFormula: '=OR(ISBLANK([Discharge date]),[Discharge date]>=[Admission date])',
      ValidationMessage: 'The discharge date must be on or after the admission date.'
    });
    const refused = await failure(list.items.add({ Title: 'Ada', AdmissionDate: '2026-11-02T00:00:00Z', DischargeDate: '2026-11-01T00:00:00Z' }));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain('The discharge date must be on or after the admission date.');
    await list.fields.getByInternalNameOrTitle('NhsNumber').update({ ValidationFormula: '=LEN([NHS number])=10', ValidationMessage: 'Ten digits, please.' });
    expect((await failure(list.items.add({ Title: 'Bo', NhsNumber: '123' }))).message).toContain('Ten digits, please.');
  });

  it('does not enforce Required on REST writes, as SharePoint does not', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    await list.fields.getByInternalNameOrTitle('Status').update({ Required: true });
    await expect(list.items.add({ Title: 'Ada', Status: null })).resolves.toMatchObject({ Status: null });
  });

  it('refuses a duplicate in a unique column', async () => {
    const items = sp().web.lists.getByTitle('Referrals').items;
    await items.add({ Title: 'Ada', NhsNumber: '9434765919' });
    const clash = await failure(items.add({ Title: 'Bo', NhsNumber: '9434765919' }));
    expect(clash.message).toContain('duplicate values were found');
  });

  it('keeps a unique column unique through updates and deletes, and when a column becomes unique', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    const first = await list.items.add({ Title: 'Ada', NhsNumber: '9434765919' });
    const second = await list.items.add({ Title: 'Bo', NhsNumber: '4010232137' });
    await list.items.getById(first.Id).update({ Title: 'Ada L.', NhsNumber: '9434765919' });
    expect((await failure(list.items.getById(second.Id).update({ NhsNumber: '9434765919' }))).status).toBe(409);
    await list.items.getById(first.Id).update({ NhsNumber: '9990000018' });
    await list.items.getById(second.Id).update({ NhsNumber: '9434765919' });
    expect((await failure(list.items.add({ Title: 'Cy', NhsNumber: '9434765919' }))).status).toBe(409);
    await list.items.getById(second.Id).delete();
    await expect(list.items.add({ Title: 'Cy', NhsNumber: '9434765919' })).resolves.toMatchObject({ NhsNumber: '9434765919' });

    await list.fields.addText('Ward', { MaxLength: 60 });
    await list.items.add({ Title: 'Di', Ward: 'Ward 4' });
    await list.fields.getByInternalNameOrTitle('Ward').update({ Indexed: true, EnforceUniqueValues: true });
    expect((await failure(list.items.add({ Title: 'Ed', Ward: 'WARD 4' }))).message).toContain('duplicate values were found');
  });

  it('refuses values a column cannot hold', async () => {
    const items = sp().web.lists.getByTitle('Referrals').items;
    expect((await failure(items.add({ Title: 'Ada', Hours: 200 }))).status).toBe(400);
    expect((await failure(items.add({ Title: 'Ada', NhsNumber: '12345678901' }))).status).toBe(400);
    expect((await failure(items.add({ Title: 'Ada', Nonsense: 1 }))).message).toContain("The property 'Nonsense' does not exist");
  });

  it('refuses with 403 a user without rights, and honours broken inheritance', async () => {
    const list = sp().web.lists.getByTitle('Referrals');
    expect((await failure(sp(visitor).web.lists.getByTitle('Referrals').items.add({ Title: 'Ada' }))).status).toBe(403);
    await expect(sp(visitor).web.lists.getByTitle('Referrals').items()).resolves.toEqual([]);
    await list.breakRoleInheritance(false);
    expect((await failure(sp(member).web.lists.getByTitle('Referrals').items())).status).toBe(403);
    await list.roleAssignments.add(2, 1073741826);
    await expect(sp(member).web.lists.getByTitle('Referrals').items()).resolves.toEqual([]);
    expect((await failure(sp(member).web.lists.getByTitle('Referrals').items.add({ Title: 'Ada' }))).status).toBe(403);
    await list.resetRoleInheritance();
    await expect(sp(member).web.lists.getByTitle('Referrals').items.add({ Title: 'Ada' })).resolves.toMatchObject({ Id: 1 });
    expect((await failure(sp(member).web.lists.add('Nope', '', 100))).status).toBe(403);
    await expect(sp(owner).web.lists.add('Another', '', 100)).resolves.toMatchObject({ Title: 'Another' });
  });
});
