import * as http from 'node:http';
import { gunzipSync } from 'node:zlib';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/batching';
import { spForSite } from '../../src/data/sharePoint';
import { fetchSignedInAs } from '../../workbench/emulator/signIn';
import { InjectHeaders } from '@pnp/queryable';
import { startEmulatorServer } from '../../workbench/emulator/server';

describe('the emulator on its own HTTP port', () => {
  it('serves real PnPjs over the network on any port, to a named user only', async () => {
    const running = await startEmulatorServer(0);
    try {
      const anonymous = spfi(running.siteUrl).using(SPBrowser({ baseUrl: running.siteUrl }));
      await expect(anonymous.web()).rejects.toMatchObject({ status: 401 });
      const sp = spfi(running.siteUrl).using(
        SPBrowser({ baseUrl: running.siteUrl }),
        InjectHeaders({ 'x-custodian-user': 'priya.shah@council.example' })
      );
      await sp.web.lists.add('Over HTTP', '', 100);
      await sp.web.lists.getByTitle('Over HTTP').items.add({ Title: 'Sent through a socket' });
      expect(await sp.web.lists.getByTitle('Over HTTP').items.select('Title')()).toEqual([
        expect.objectContaining({ Title: 'Sent through a socket' })
      ]);
    } finally {
      await running.close();
    }
  });

  it('names its own address in odata ids, whatever Host a client sends, and refuses a malformed Host', async () => {
    const running = await startEmulatorServer(0);
    const get = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.get(`${running.siteUrl}/_api/web`, { headers: { host, accept: 'application/json', 'x-custodian-user': '1' } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on('error', reject);
      });
    try {
      const answer = await get('evil.example');
      expect(JSON.parse(answer.body)['odata.id']).toBe(`${running.siteUrl}/_api/Web`);
      expect((await get('bad host')).status).toBe(400);
    } finally {
      await running.close();
    }
  });

  it('compresses its answers with gzip for a client that accepts it, as SharePoint Online does, and not for one that does not', async () => {
    const running = await startEmulatorServer(0);
    const get = (acceptEncoding: string | undefined) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; bytes: Buffer }>((resolve, reject) => {
        const headers = { accept: 'application/json', 'x-custodian-user': '1', ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) };
        const request = http.get(`${running.siteUrl}/_api/web/lists`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], vary: response.headers.vary, bytes: Buffer.concat(chunks) }));
        });
        request.on('error', reject);
      });
    try {
      const plain = await get(undefined);
      expect(plain.encoding).toBeUndefined();
      const compressed = await get('gzip, deflate, br');
      expect(compressed).toMatchObject({ encoding: 'gzip', vary: 'Accept-Encoding' });
      expect(gunzipSync(compressed.bytes).toString('utf8')).toBe(plain.bytes.toString('utf8'));
      expect(compressed.bytes.length).toBeLessThan(plain.bytes.length);
      expect((await get('gzip;q=0, identity')).encoding).toBeUndefined();
      // Node's fetch, which PnPjs uses here, asks for gzip and reads it back.
      const sp = spfi(running.siteUrl).using(SPBrowser({ baseUrl: running.siteUrl }), InjectHeaders({ 'x-custodian-user': '1' }));
      expect((await sp.web.select('Title')<{ Title: string }>()).Title).toBe('Custodian');
    } finally {
      await running.close();
    }
  });

  it('answers as a tenant’s site under a public origin: odata ids name it, and PnPjs’s batches addressed to it are carried out', async () => {
    const running = await startEmulatorServer(0, { publicOrigin: 'https://council.sharepoint.com' });
    try {
      expect(running.siteUrl).toBe('https://council.sharepoint.com/sites/custodian');
      // The client knows the site by its public name and reaches it on loopback, as through a hosts entry.
      const throughLoopback: typeof fetch = (input, init) => fetch(String(input instanceof Request ? input.url : input).replace('https://council.sharepoint.com', running.listening), init);
      const sp = spForSite(running.siteUrl, { fetch: fetchSignedInAs('priya.shah@council.example', throughLoopback) });
      await sp.web.lists.add('Public', '', 100);
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getByTitle('Public');
      const added = [list.items.add({ Title: 'One' }), list.items.add({ Title: 'Two' })];
      await execute();
      await Promise.all(added);
      const items = await sp.web.lists.getByTitle('Public').items.select('Title')<Array<{ Title: string; 'odata.id'?: string }>>();
      expect(items.map((item) => item.Title)).toEqual(['One', 'Two']);
      const web = await sp.web.select('Url')<{ Url: string }>();
      expect(web.Url).toBe('https://council.sharepoint.com/sites/custodian');
    } finally {
      await running.close();
    }
  });
});
