import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import type { SPFI } from '@pnp/sp';
import { applyProvisioning, planProvisioning, type ProvisionPlan } from '../../src/data/provisioning';
import { checkSite, upgradeSite } from '../../src/data/siteUpgrade';
import { listRights } from '../../src/data/listPermissions';
import { changesBeforeImport } from '../../src/data/spreadsheetImport';
import type { Register } from '../../src/domain/lists/defineList';
import { foiRequesters, foiRequests, registers, urgentCareReferrals } from '../../src/domain/registers';
import type { IsoDate } from '../../src/domain/calendar/isoDate';
import { demoCount, foiDemoOptions } from '../../workbench/demoData/seed';
import type { SharePointEmulator } from '../../workbench/emulator/emulator';
import { emulatedSite } from '../support/emulatedSite';
import { fillWithDemoData, provisionPreviousRelease, type PreviousList } from '../support/previousRelease';

const all = registers as unknown as Register[];
const today = '2026-11-20' as IsoDate;
const member = 'i:0#.f|membership|sam.okafor@council.example';

type Values = Map<number, Record<string, unknown>>;

/** Every item of a list with every value of the given columns, by id. */
async function valuesOf(sp: SPFI, title: string, columns: string[]): Promise<Values> {
  const items = await sp.web.lists.getByTitle(title).items.select('Id', ...columns).top(5000)<Array<Record<string, unknown> & { Id: number }>>();
  return new Map(items.map((item) => [item.Id, Object.fromEntries(columns.map((column) => [column, item[column] ?? null]))]));
}

/** For each column, how many items hold a value in it: the figure the test compares before and after. */
function filledPerColumn(values: Values, columns: string[]): Record<string, number> {
  return Object.fromEntries(columns.map((column) => [column, [...values.values()].filter((item) => item[column] !== null && item[column] !== '').length]));
}

async function versionsOf(sp: SPFI, title: string, ids: number[]): Promise<unknown[]> {
  const list = sp.web.lists.getByTitle(title);
  return Promise.all(ids.map((id) => list.items.getById(id).versions.select('VersionLabel', 'Status', 'Title')()));
}

const writeNames = (list: PreviousList): string[] =>
  [...list.fields.entries()].map(([name, field]) => (field.type === 'User' ? `${name}Id` : name));

describe('upgrading a site that holds the previous release and its data', () => {
  let emulator: SharePointEmulator;
  let sp: (identity?: string) => SPFI;
  let lists: PreviousList[];
  let before: Map<string, Values>;
  let plan: ProvisionPlan;
  const changed = new Map<string, number[]>();

  beforeAll(async () => {
    ({ emulator, sp } = emulatedSite());
    lists = await provisionPreviousRelease(sp());
    fillWithDemoData(emulator, lists, today);
    // Versions made the way officers make them: two saves of each of twenty referrals and twenty requests
    // (the first twenty that the rules let be saved: the demo data keeps its flawed rows, as real data does).
    for (const title of [urgentCareReferrals.title, foiRequests.title]) {
      const ids: number[] = [];
      for (let id = 1; ids.length < 20; id++) {
        const item = sp().web.lists.getByTitle(title).items.getById(id);
        const saved = await item.update({ Title: `Changed once ${id}` }).then(
          () => true,
          (error: { status?: number }) => (error.status === 400 ? false : Promise.reject(error))
        );
        if (!saved) continue;
        await item.update({ Title: `Changed twice ${id}` });
        ids.push(id);
      }
      changed.set(title, ids);
    }
    before = new Map();
    for (const list of lists) before.set(list.title, await valuesOf(sp(), list.title, writeNames(list)));
    const state = await checkSite(sp(), all);
    if (state.kind !== 'behind') throw new Error('The previous release’s site was found current.');
    expect(state.owner).toBe(true);
    plan = state.plan;
  }, 120_000);
  afterAll(() => emulator.close());

  it('holds the demo data before the upgrade: 3,500 referrals and 600 FOI requests', () => {
    expect(before.get(urgentCareReferrals.title)!.size).toBe(demoCount);
    expect(before.get(foiRequests.title)!.size).toBe(foiDemoOptions.requests);
  });

  it('says what will change, and what needs a person, before changing anything', () => {
    const actions = plan.changes.map((change) => change.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "Create the list FOI Requesters with its 5 columns, which only FOI Officers and the site's owners can open.",
        'Add the column Requester to FOI Requests.',
        'Add the column Legacy record to Urgent Care Referrals.',
        'Make the retired column "Requester name" in FOI Requests optional, so that new items can be saved without it (its values stay).',
        'Update the rules SharePoint checks on every save to FOI Requests.',
        'In the column Status of FOI Requests, add the choices "Awaiting clarification", "Awaiting fee", "With directorate", "Drafting response", "Internal review", "ICO complaint", "Closed", and remove "Fee notice issued", "Public interest extension", "Withdrawn", which no item uses.'
      ])
    );
    const inProgress = [...before.get(foiRequests.title)!.values()].filter((item) => item.Status === 'In progress').length;
    expect(inProgress).toBeGreaterThan(0);
    expect(plan.needsPerson).toEqual(
      expect.arrayContaining([
        `FOI Requests, column Status: the site still offers "In progress", which the register no longer does (${inProgress} items use it). Change those items to one of its choices; the choice then goes at the next update.`,
        'FOI Requests, column RequesterName: the register no longer declares "Requester name"; it was left with its values. Move what it holds where the register now keeps it, then delete the column.'
      ])
    );
  });

  it('lets a member see that the site is behind without planning lists kept from them', async () => {
    const state = await checkSite(sp(member), all);
    if (state.kind !== 'behind') throw new Error('A member was told the site is current.');
    expect(state.owner).toBe(false);
    const seen = state.plan;
    const actions = seen.changes.map((change) => change.action);
    expect(actions).toContain('Add the column Legacy record to Urgent Care Referrals.');
    expect(actions.filter((action) => action.startsWith('Create the list FOI Requesters'))).toEqual([]);
    expect(actions.filter((action) => /permission|access/.test(action))).toEqual([]);
  });

  it('tells a member about to import what the import’s lists lack, and nothing about lists kept from them or who may open a list', async () => {
    const forReferrals = await changesBeforeImport(sp(member), urgentCareReferrals as unknown as Register);
    expect(forReferrals).toEqual(
      expect.arrayContaining(['Add the column Legacy record to Urgent Care Referrals.', expect.stringMatching(/^Create the list Custodian Imports /)])
    );
    expect(forReferrals.filter((action) => action.includes('FOI') || /permission|access/.test(action))).toEqual([]);
  });

  describe('once applied', () => {
    const progress: Array<[number, number]> = [];
    let applied: string[];

    beforeAll(async () => {
      ({ applied } = await upgradeSite(sp(), all, plan, (done, total) => progress.push([done, total])));
    }, 120_000);

    it('made every planned change, reporting progress after each', () => {
      expect(applied).toEqual(plan.changes.map((change) => change.action));
      expect(progress).toHaveLength(plan.changes.length);
      expect(progress.at(-1)).toEqual([plan.changes.length, plan.changes.length]);
    });

    it('kept every item and every value of every column, counted per list and per column', async () => {
      for (const list of lists) {
        const columns = writeNames(list);
        const after = await valuesOf(sp(), list.title, columns);
        const was = before.get(list.title)!;
        expect({ list: list.title, items: after.size, filled: filledPerColumn(after, columns) }).toEqual({
          list: list.title,
          items: was.size,
          filled: filledPerColumn(was, columns)
        });
        expect(after).toEqual(was);
      }
    });

    it('kept every version of the items officers changed', async () => {
      for (const title of [urgentCareReferrals.title, foiRequests.title]) {
        const ids = changed.get(title)!;
        const versions = (await versionsOf(sp(), title, ids)) as Array<Array<{ VersionLabel: string; Title: string }>>;
        for (const [index, history] of versions.entries()) {
          expect(history.map((version) => version.VersionLabel)).toEqual(['3.0', '2.0', '1.0']);
          expect(history[0].Title).toBe(`Changed twice ${ids[index]}`);
          expect(history[1].Title).toBe(`Changed once ${ids[index]}`);
        }
      }
    });

    it('puts the new columns and rules in force: a request is saved with its requester in the new list, one breaking a rule is refused', async () => {
      const requester = await sp().web.lists.getByTitle(foiRequesters.title).items.add({ Title: 'R-9001', RequesterName: 'A. Person', RequesterType: 'Journalist' });
      const request = {
        Title: 'Potholes repaired in 2025',
        Reference: 'FOI-2026-9001',
        Regime: 'FOI',
        ReceivedDate: '2026-11-02T00:00:00Z',
        RequestText: 'How many potholes were repaired?',
        RequesterId: requester.Id,
        Status: 'Received'
      };
      await expect(sp().web.lists.getByTitle(foiRequests.title).items.add(request)).resolves.toMatchObject({ RequesterId: requester.Id });
      // Responded with no response date: the reshaped FOI rules refuse it, as the form would.
      await expect(sp().web.lists.getByTitle(foiRequests.title).items.add({ ...request, Reference: 'FOI-2026-9002', Status: 'Responded' })).rejects.toMatchObject({
        status: 400
      });
    });

    it('lets a directorate contact read FOI requests, and SharePoint refuse his change to one with 403', async () => {
      const requests = sp(member).web.lists.getByTitle(foiRequests.title).items;
      const [first] = await requests.select('Id', 'ReceivedDate').top(1)<Array<{ Id: number; ReceivedDate: string }>>();
      expect(first.ReceivedDate).toEqual(expect.any(String));
      await expect(requests.getById(first.Id).update({ ReceivedDate: '2020-01-01T00:00:00Z' })).rejects.toMatchObject({ status: 403 });
      await expect(requests.add({ Title: 'Made up', Reference: 'FOI-2026-9100', Regime: 'FOI', ReceivedDate: '2026-11-02T00:00:00Z', Status: 'Received' })).rejects.toMatchObject({ status: 403 });
      const [again] = await requests.filter(`Id eq ${first.Id}`).select('ReceivedDate')<Array<{ ReceivedDate: string }>>();
      expect(again.ReceivedDate).toBe(first.ReceivedDate);
      // What the screens read before offering Edit, New or a step: the same answer SharePoint gives the write.
      expect(await listRights(sp(member), foiRequests.title)).toEqual({ add: false, edit: false });
      expect(await listRights(sp(member), urgentCareReferrals.title)).toEqual({ add: true, edit: true });
      expect(await listRights(sp(), foiRequests.title)).toEqual({ add: true, edit: true });
    });

    it('leaves an import nothing to wait for', async () => {
      await expect(changesBeforeImport(sp(member), urgentCareReferrals as unknown as Register)).resolves.toEqual([]);
    });

    it('leaves nothing to do when planned again; what needs a person is still said', async () => {
      const again = await planProvisioning(sp(), all);
      expect(again.changes.map((change) => change.action)).toEqual([]);
      expect(again.needsPerson).toEqual(plan.needsPerson);
    });

    it('records that the site is current, so that a web part then checks it with one request', async () => {
      const requests: string[] = [];
      const handle = emulator.handle.bind(emulator);
      emulator.handle = async (request) => {
        requests.push(`${request.method} ${new URL(request.url).pathname}`);
        return handle(request);
      };
      expect(await checkSite(sp(member), all)).toEqual({ kind: 'current' });
      emulator.handle = handle;
      expect(requests).toEqual(["GET /sites/custodian/_api/web/lists/getByTitle('Custodian%20Settings')/items"]);
    });
  });
});

describe('a site made current by other means', () => {
  it('is recorded as current by the first owner to open a web part there; a member changes nothing', async () => {
    const { emulator, sp } = emulatedSite();
    // Brought up to date without recording it, as a release before the record did.
    await applyProvisioning(await planProvisioning(sp(), all));
    expect(await checkSite(sp(member), all)).toEqual({ kind: 'current' });
    expect(await sp().web.lists.getByTitle('Custodian Settings').items()).toEqual([]);
    expect(await checkSite(sp(), all)).toEqual({ kind: 'current' });
    expect((await sp().web.lists.getByTitle('Custodian Settings').items.select('Title')()).map((item) => item.Title)).toEqual(['Custodian lists version']);
    emulator.close();
  });
});
