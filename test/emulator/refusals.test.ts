import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import { callWithDigest, emulatedSite, siteUrl } from '../support/emulatedSite';
import type { SharePointEmulator } from '../../workbench/emulator/emulator';

describe('the emulator refuses what SharePoint refuses, with 400 and a message, never 500', () => {
  let emulator: SharePointEmulator;
  let sp: () => SPFI;

  beforeEach(async () => {
    ({ emulator, sp } = emulatedSite());
    await sp().web.lists.add('Referrals', '', 100);
    const fields = sp().web.lists.getByTitle('Referrals').fields;
    await fields.createFieldAsXml('<Field Type="Number" Name="Hours" DisplayName="Hours" />');
    await fields.createFieldAsXml('<Field Type="DateTime" Name="Admitted" DisplayName="Admitted" />');
    await fields.createFieldAsXml('<Field Type="User" Name="Officer" DisplayName="Officer" List="UserInfo" />');
  });
  afterEach(() => emulator.close());

  const items = () => sp().web.lists.getByTitle('Referrals').items;

  const raw = (method: string, path: string, headers?: Record<string, string>, body?: string) => callWithDigest(emulator, method, path, headers, body);

  it('refuses a column it does not have in $select or $expand, and a projection without its expand', async () => {
    await items().add({ Title: 'Ada' });
    await expect(items().select('Title', 'Missing')()).rejects.toMatchObject({ status: 400 });
    await expect(items().select('Title', 'Officer/Title')()).rejects.toMatchObject({ status: 400 });
    await expect(items().select('Title').expand('Missing')()).rejects.toMatchObject({ status: 400 });
    await expect(items().select('Title').expand('Hours')()).rejects.toMatchObject({ status: 400 });
    await expect(sp().web.lists.getByTitle('Referrals').select('NoSuchProperty')()).rejects.toMatchObject({ status: 400 });
    await expect(items().select('Title', 'Officer/Title').expand('Officer')()).resolves.toEqual([expect.objectContaining({ Title: 'Ada', Officer: null })]);
  });

  it('refuses a list title over 255 characters and properties a list does not have', async () => {
    await expect(sp().web.lists.add('x'.repeat(512), '', 100)).rejects.toMatchObject({ status: 400 });
    await expect(sp().web.lists.getByTitle('Referrals').update({ Colour: 'red' } as Record<string, unknown>)).rejects.toMatchObject({ status: 400 });
    await expect(sp().web.lists.getByTitle('Referrals').update({ EnableVersioning: 'yes' } as Record<string, unknown>)).rejects.toMatchObject({ status: 400 });
  });

  it('takes an item id only as a whole number, for reads and deletes alike', async () => {
    for (let n = 0; n < 16; n++) await items().add({ Title: `Person ${n}` });
    for (const address of ['items(0x10)', 'items(1e1)', 'items(-1)', 'items(1.5)', 'getitembyid(0x10)']) {
      expect((await raw('GET', `web/lists/getbytitle('Referrals')/${address}`)).status).toBe(400);
      expect((await raw('POST', `web/lists/getbytitle('Referrals')/${address}`, { 'x-http-method': 'DELETE', 'if-match': '*' })).status).toBe(400);
    }
    expect((await sp().web.lists.getByTitle('Referrals')()).ItemCount).toBe(16);
  });

  it('refuses numbers and dates .NET would not read, and dates outside 1900–8900', async () => {
    for (const Hours of ['0x10', 'Infinity', '1,000', ' ', 'ten']) await expect(items().add({ Title: 'Ada', Hours })).rejects.toMatchObject({ status: 400 });
    await expect(items().add({ Title: 'Ada', Hours: '1e1' })).resolves.toMatchObject({ Hours: 10 });
    for (const Admitted of ['2026-02-30', '2026-13-01', '1899-12-31T00:00:00Z', '9000-01-01', '22/11/2026', '2026-11-22T25:00:00Z']) {
      await expect(items().add({ Title: 'Ada', Admitted })).rejects.toMatchObject({ status: 400 });
    }
    await expect(items().add({ Title: 'Ada', Admitted: '2024-02-29T10:00:00Z' })).resolves.toMatchObject({ Admitted: '2024-02-29T10:00:00Z' });
  });

  it('refuses a field property of the wrong kind when it is set, not after', async () => {
    const field = sp().web.lists.getByTitle('Referrals').fields.getByInternalNameOrTitle('Title');
    await expect(field.update({ MaxLength: 'abc' })).rejects.toMatchObject({ status: 400 });
    await expect(field.update({ MaxLength: 300 })).rejects.toMatchObject({ status: 400 });
    await expect(sp().web.lists.getByTitle('Referrals').fields.createFieldAsXml('<Field Type="Text" Name="Ward" DisplayName="Ward" MaxLength="abc" />')).rejects.toMatchObject({ status: 400 });
    await expect(items().add({ Title: 'Still writable' })).resolves.toMatchObject({ Title: 'Still writable' });
  });

  it('answers malformed addresses, filters, cookies and batches with 400, never 500', async () => {
    expect((await raw('GET', 'web/lists/getbytitle(%E0%A4%A)')).status).toBe(400);
    expect((await raw('GET', `web/lists/getbytitle('Referrals')/items?$filter=${'('.repeat(5000)}Id eq 1${')'.repeat(5000)}`)).status).toBe(400);
    expect((await raw('GET', `web/lists/getbytitle('Referrals')/items?$filter=${encodeURIComponent(Array.from({ length: 2000 }, () => 'Id eq 1').join(' or '))}`)).status).toBe(400);
    expect((await raw('GET', 'web', { cookie: 'custodian-user=%E0%A4%A' })).status).toBe(400);
    expect((await raw('GET', "web/lists/getbytitle('Referrals'")).status).toBe(400);
    expect((await raw('POST', 'web/lists', { 'content-type': 'application/json' }, '{"Title": ')).status).toBe(400);
    expect((await raw('POST', 'web/lists', { 'content-type': 'application/json' }, '[1,2]')).status).toBe(400);
  });

  it('answers each part of a batch on its own: a malformed part does not fail the parts around it', async () => {
    const boundary = 'batch_1';
    const part = (line: string, body = '') => [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', line, 'Content-Type: application/json', '', body].join('\n');
    const body = [
      part(`POST ${siteUrl}/_api/web/lists/getbytitle('Referrals')/items HTTP/1.1`, '{"Title":"Before"}'),
      part('THIS IS NOT A REQUEST LINE'),
      part(`POST ${siteUrl}/_api/web/lists/getbytitle('Referrals')/items HTTP/1.1`, '{"Title":"After"}'),
      `--${boundary}--`
    ].join('\n');
    const answer = await raw('POST', '$batch', { 'content-type': `multipart/mixed; boundary=${boundary}` }, body);
    expect(answer.status).toBe(200);
    expect([...answer.body.matchAll(/HTTP\/1\.1 (\d+)/g)].map((match) => Number(match[1]))).toEqual([201, 400, 201]);
    expect((await items()()).map((item) => item.Title)).toEqual(['Before', 'After']);
  });
});
