import { spForSite } from '../../src/data/sharePoint';
import { beginSiteIdentity, readSiteIdentity } from '../../src/data/siteIdentity';
import { startScriptedServer, type ScriptedServer } from '../support/scriptedServer';

describe('readSiteIdentity through PnPjs', () => {
  let server: ScriptedServer;

  beforeAll(async () => {
    server = await startScriptedServer();
    server.answer('/sites/custodian/_api/web', {
      status: 200,
      body: {
        Title: 'Adult Social Care',
        Url: `${server.origin}/sites/custodian`,
        CurrentUser: { Id: 12, Title: 'Priya Shah', Email: 'priya.shah@council.example', LoginName: 'i:0#.f|membership|priya.shah@council.example' }
      }
    });
  });
  afterAll(() => server.close());

  it('reads the site and the signed-in user in one request, asking only for the fields it shows', async () => {
    const identity = await readSiteIdentity(spForSite(`${server.origin}/sites/custodian`));

    expect(identity).toEqual({
      siteTitle: 'Adult Social Care',
      siteUrl: `${server.origin}/sites/custodian`,
      user: {
        id: 12,
        title: 'Priya Shah',
        email: 'priya.shah@council.example',
        loginName: 'i:0#.f|membership|priya.shah@council.example'
      }
    });
    expect(server.requests).toEqual([
      'GET /sites/custodian/_api/web?%24select=Title%2CUrl%2CCurrentUser%2FId%2CCurrentUser%2FTitle%2CCurrentUser%2FEmail%2CCurrentUser%2FLoginName&%24expand=CurrentUser'
    ]);
  });

  it('begun ahead, is taken by the next read on the same connection, once', async () => {
    const sp = spForSite(`${server.origin}/sites/custodian`);
    const before = server.requests.length;
    beginSiteIdentity(sp);
    const taken = await readSiteIdentity(sp);
    expect(server.requests.length - before).toBe(1);
    expect(taken.user.title).toBe('Priya Shah');
    await readSiteIdentity(sp);
    expect(server.requests.length - before).toBe(2);
  });
});
