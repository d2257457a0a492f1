import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { emulatedSite } from '../support/emulatedSite';
import { describeSharePointProblem } from '../../src/data/sharePointProblem';

describe('a list of 50,000 items in the emulator', () => {
  const { emulator, sp } = emulatedSite();

  beforeAll(async () => {
    await sp().web.lists.add('Big', '', 100);
    const list = sp().web.lists.getByTitle('Big');
    await list.fields.createFieldAsXml('<Field Type="Choice" Name="Status" DisplayName="Status" Indexed="TRUE"><CHOICES><CHOICE>Open</CHOICE><CHOICE>Closed</CHOICE></CHOICES></Field>');
    await list.fields.createFieldAsXml('<Field Type="Text" Name="Ward" DisplayName="Ward" />');
    const rows = Array.from({ length: 50_000 }, (_, index) => ({
      Title: `Item ${index + 1}`,
      Status: index < 4_000 ? 'Open' : 'Closed',
      Ward: `Ward ${index % 40}`
    }));
    emulator.site.importItems(emulator.site.listByTitle('Big'), rows, emulator.site.allUsers()[0]);
  });
  afterAll(() => emulator.close());

  async function refusal(query: Promise<unknown>): Promise<string> {
    return query.then(
      () => 'allowed',
      (error: unknown) => describeSharePointProblem(error).detail
    );
  }

  it('reads every item in pages of 5,000 by ID', async () => {
    let count = 0;
    let pages = 0;
    for await (const page of sp().web.lists.getByTitle('Big').items.select('Id').top(5000)) {
      count += page.length;
      pages++;
    }
    expect([count, pages]).toEqual([50_000, 10]);
  });

  it('refuses a page larger than 5,000', async () => {
    expect(await refusal(sp().web.lists.getByTitle('Big').items.top(5001)())).toMatch(/at most 5000 items/);
  });

  it('refuses a filter on a column that is not indexed, as SharePoint does over the threshold', async () => {
    expect(await refusal(sp().web.lists.getByTitle('Big').items.filter("Ward eq 'Ward 3'")())).toBe(
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    );
  });

  it('refuses an indexed filter that still matches more than 5,000 items, and sorting by a column that is not indexed', async () => {
    expect(await refusal(sp().web.lists.getByTitle('Big').items.filter("Status eq 'Closed'")())).toMatch(/list view threshold/);
    expect(await refusal(sp().web.lists.getByTitle('Big').items.orderBy('Ward')())).toMatch(/list view threshold/);
  });

  it('allows an indexed filter that narrows to 5,000 or fewer, even combined with others', async () => {
    const open = await sp().web.lists.getByTitle('Big').items.filter("Status eq 'Open' and Ward eq 'Ward 3'").top(5000)();
    expect(open).toHaveLength(100);
  });
});
