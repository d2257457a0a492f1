import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { canAddItems, canReadList, hasOwnPermissions } from '../../src/data/listPermissions';
import { fieldId } from '../../src/domain/lists/schemaXml';
import { provision } from '../../src/data/siteUpgrade';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import { listValidation } from '../../src/domain/lists/sharePointValidation';
import type { Register } from '../../src/domain/lists/defineList';
import { emulatedSite } from '../support/emulatedSite';

const all = registers as unknown as Register[];

describe('provisioning the registers on a site', () => {
  it('creates every list with its columns, indexes and validation, and a second run changes nothing', async () => {
    const { emulator, sp } = emulatedSite();
    const first = await provision(sp(), all);
    expect(first.destructive).toEqual([]);
    expect(first.applied).toEqual(expect.arrayContaining(['Create the list Urgent Care Referrals with its 24 columns.', "Create the list FOI Requests with its 38 columns, which only FOI Officers and the site's owners can change."]));

    const requests: string[] = [];
    const handle = emulator.handle.bind(emulator);
    emulator.handle = async (request) => {
      requests.push(`${request.headers['x-http-method'] ?? request.method} ${new URL(request.url).pathname}`);
      return handle(request);
    };
    const second = await provision(sp(), all);
    expect(second).toEqual({ applied: [], destructive: [] });
    expect(requests.filter((request) => !request.startsWith('GET'))).toEqual([]);

    const list = sp().web.lists.getByTitle('Urgent Care Referrals');
    expect(await list.select('EnableVersioning', 'ValidationFormula')()).toMatchObject({
      EnableVersioning: true,
      ValidationFormula: listValidation(urgentCareReferrals as unknown as Register)!.formula
    });
    expect(await list.fields.getByInternalNameOrTitle('NhsNumber')()).toMatchObject({ Title: 'NHS number', Indexed: true, Required: true });
    expect(await list.fields.getByInternalNameOrTitle('CustodianKey')()).toMatchObject({ EnforceUniqueValues: true, Indexed: true });
    expect(await list.fields.getByInternalNameOrTitle('Title')()).toMatchObject({ Title: 'Patient name', MaxLength: 120 });
    emulator.close();
  });

  it('detects drift: applies what is safe and reports what could lose data', async () => {
    const { emulator, sp } = emulatedSite();
    await provision(sp(), all);
    const list = sp().web.lists.getByTitle('Urgent Care Referrals');
    await list.fields.getByInternalNameOrTitle('Hospital').update({ Choices: ['Trafford General Hospital', 'Field Hospital'] });
    await list.fields.getByInternalNameOrTitle('Ward').update({ Indexed: true });
    await list.fields.getByInternalNameOrTitle('AdmissionDate').update({ Indexed: false });
    await list.update({ ValidationFormula: '=TRUE', ValidationMessage: 'Anything goes' });
    await list.fields.getByInternalNameOrTitle('Notes').update({ Title: 'Comments' });

    const report = await provision(sp(), all);

    expect(report.applied).toEqual(
      expect.arrayContaining([
        'In the column Hospital of Urgent Care Referrals, add the choices "Wythenshawe Hospital", "Manchester Royal Infirmary", "Salford Royal Hospital", "North Manchester General Hospital", "Other hospital", and remove "Field Hospital", which no item uses.',
        'Index the column Admission date in Urgent Care Referrals, so that it can be sorted and filtered however many items there are.',
        'Rename the column "Comments" in Urgent Care Referrals to "Notes".',
        'Update the rules SharePoint checks on every save to Urgent Care Referrals.'
      ])
    );
    expect(report.destructive).toEqual(['Urgent Care Referrals, column Ward: indexed on the site but not in the register; left indexed.']);
    expect((await list.fields.getByInternalNameOrTitle('Hospital')()).Choices).toEqual(urgentCareReferrals.fields.Hospital.choices);
    expect(await list.fields.getByInternalNameOrTitle('AdmissionDate')()).toMatchObject({ Indexed: true });
    emulator.close();
  });

  it('adds the columns a list is missing', async () => {
    const { emulator, sp } = emulatedSite();
    await sp().web.lists.add('FOI Requests', 'made by hand', 100);
    const report = await provision(sp(), all);
    expect(report.applied).toEqual(
      expect.arrayContaining([
        'Add the column Reference to FOI Requests.',
        'Keep version history for FOI Requests: who changed what, and when.',
        'Update the rules SharePoint checks on every save to FOI Requests.'
      ])
    );
    expect(report.destructive).toEqual([]);
    emulator.close();
  });

  it('keeps the FOI requesters list to the FOI Officers group and the owners, and a second run changes nothing', async () => {
    const { emulator, sp } = emulatedSite();
    const member = 'i:0#.f|membership|sam.okafor@council.example';
    const officer = 'i:0#.f|membership|alex.morgan@council.example';
    // As the SPFx feature leaves it: the list exists and takes the site's permissions.
    await sp().web.lists.add('FOI Requesters', '', 100);
    expect(await hasOwnPermissions(sp(), 'FOI Requesters')).toBe(false);
    expect(await canReadList(sp(member), 'FOI Requesters')).toBe(true);
    const first = await provision(sp(), all);
    expect(await hasOwnPermissions(sp(), 'FOI Requesters')).toBe(true);
    expect(await canReadList(sp(member), 'FOI Requesters')).toBe(false);
    expect(first.applied).toEqual(
      expect.arrayContaining([
        'Create the SharePoint group FOI Officers: add the people who should see these lists to it.',
        "Give FOI Requesters its own permissions, so that only FOI Officers and the site's owners can open it.",
        "Remove Custodian Members's access to FOI Requesters.",
        "Remove Custodian Visitors's access to FOI Requesters.",
        'Give FOI Officers permission to read and change FOI Requesters.'
      ])
    );
    const officers = await sp().web.siteGroups.getByName('FOI Officers')();
    await sp().web.siteGroups.getById(officers.Id).users.add(officer);

    await expect(sp(member).web.lists.getByTitle('FOI Requesters').items()).rejects.toMatchObject({ status: 403 });
    await expect(sp(officer).web.lists.getByTitle('FOI Requesters').items.add({ Title: 'R-0001', RequesterName: 'A. Person' })).resolves.toMatchObject({ Id: 1 });
    await expect(sp(member).web.lists.getByTitle('FOI Requests').items()).resolves.toEqual([]);

    // Someone gives the members access by hand; the next run takes it away again, and touches nothing else.
    await sp().web.lists.getByTitle('FOI Requesters').roleAssignments.add(101, 1073741827);
    expect((await provision(sp(), all)).applied).toEqual(["Remove Custodian Members's access to FOI Requesters."]);
    expect(await provision(sp(), all)).toEqual({ applied: [], destructive: [] });
    emulator.close();
  });

  it('lets only the Data Custodians change the data wiki, while everyone on the site reads it, and a second run changes nothing', async () => {
    const { emulator, sp } = emulatedSite();
    const member = 'i:0#.f|membership|sam.okafor@council.example';
    const visitor = 'i:0#.f|membership|jo.lee@council.example';
    const custodian = 'i:0#.f|membership|alex.morgan@council.example';
    // As the SPFx feature leaves it: the list exists and takes the site's permissions.
    await sp().web.lists.add('Data Wiki Articles', '', 100);
    const first = await provision(sp(), all);
    expect(first.applied).toEqual(
      expect.arrayContaining([
        'Create the SharePoint group Data Custodians: add the data custodians who keep the data wiki to it.',
        "Give Data Wiki Articles its own permissions, so that only Data Custodians and the site's owners can change it.",
        'Let Custodian Members only read Data Wiki Articles.',
        'Give Data Custodians permission to change Data Wiki Articles.',
        "Create the list Data Catalogue with its 17 columns, which only Data Custodians and the site's owners can change."
      ])
    );
    const custodians = await sp().web.siteGroups.getByName('Data Custodians')();
    await sp().web.siteGroups.getById(custodians.Id).users.add(custodian);
    const article = { Title: 'How to log a discharge', Body: 'Enter the discharge date.' };
    for (const reader of [member, visitor]) {
      await expect(sp(reader).web.lists.getByTitle('Data Wiki Articles').items()).resolves.toEqual([]);
      await expect(sp(reader).web.lists.getByTitle('Data Wiki Articles').items.add(article)).rejects.toMatchObject({ status: 403 });
      expect(await canAddItems(sp(reader), 'Data Glossary')).toBe(false);
    }
    await expect(sp(custodian).web.lists.getByTitle('Data Wiki Articles').items.add(article)).resolves.toMatchObject({ Id: 1 });
    expect(await canAddItems(sp(custodian), 'Data Catalogue')).toBe(true);
    expect(await provision(sp(), all)).toEqual({ applied: [], destructive: [] });
    emulator.close();
  });

  it('reports a column it once made that the register no longer declares, and leaves its values alone', async () => {
    const { emulator, sp } = emulatedSite();
    await provision(sp(), all);
    const requests = sp().web.lists.getByTitle('FOI Requests');
    // The FOI log before issue 13 kept the requester's name on the request itself.
    await requests.fields.createFieldAsXml(
      `<Field ID="{${fieldId({ name: 'foiRequests' }, 'RequesterName')}}" Name="RequesterName" StaticName="RequesterName" DisplayName="Requester name" Type="Text" />`
    );
    await requests.fields.createFieldAsXml('<Field Name="AddedByHand" StaticName="AddedByHand" DisplayName="Added by hand" Type="Text" />');
    const report = await provision(sp(), all);
    expect(report.destructive).toEqual([
      'FOI Requests, column RequesterName: the register no longer declares "Requester name"; it was left with its values. Move what it holds where the register now keeps it, then delete the column.'
    ]);
    expect(report.applied).toEqual([]);
    expect(await requests.fields.getByInternalNameOrTitle('RequesterName')()).toMatchObject({ Title: 'Requester name' });
    emulator.close();
  });
});
