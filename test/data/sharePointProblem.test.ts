import { spForSite } from '../../src/data/sharePoint';
import { readSiteIdentity } from '../../src/data/siteIdentity';
import { describeSharePointProblem } from '../../src/data/sharePointProblem';
import { sharePointError, startScriptedServer, type ScriptedServer } from '../support/scriptedServer';

describe('describeSharePointProblem, for failures of real PnPjs requests', () => {
  let server: ScriptedServer;
  let siteUrl: string;

  beforeAll(async () => {
    server = await startScriptedServer();
    siteUrl = `${server.origin}/sites/custodian`;
  });
  afterAll(() => server.close());

  async function problemOf(): Promise<ReturnType<typeof describeSharePointProblem>> {
    const error = await readSiteIdentity(spForSite(siteUrl)).then(
      () => undefined,
      (caught: unknown) => caught
    );
    expect(error).toBeDefined();
    return describeSharePointProblem(error);
  }

  it('reports a missing site as not found, with SharePoint’s own message', async () => {
    server.answer('/sites/custodian/_api/web', {
      status: 404,
      body: sharePointError('-2147024894, System.IO.FileNotFoundException', 'File Not Found.')
    });
    expect(await problemOf()).toEqual({ kind: 'notFound', status: 404, detail: 'File Not Found.' });
  });

  it('reports a list the site does not have by its title, so that a screen can say which and who can add it', async () => {
    server.answer('/sites/custodian/_api/web', {
      status: 404,
      body: sharePointError('-1, System.ArgumentException', `List 'Data Wiki Articles' does not exist at site with URL '${siteUrl}'.`)
    });
    expect(await problemOf()).toEqual({
      kind: 'missingList',
      list: 'Data Wiki Articles',
      status: 404,
      detail: `List 'Data Wiki Articles' does not exist at site with URL '${siteUrl}'.`
    });
  });

  it('reports a refusal as denied', async () => {
    server.answer('/sites/custodian/_api/web', {
      status: 403,
      body: sharePointError(
        '-2147024891, System.UnauthorizedAccessException',
        'Access denied. You do not have permission to perform this action or access this resource.'
      )
    });
    expect(await problemOf()).toMatchObject({ kind: 'denied', status: 403, detail: expect.stringMatching(/^Access denied/) });
  });

  it('keeps a body that is not SharePoint JSON as the detail', async () => {
    server.answer('/sites/custodian/_api/web', { status: 500, body: 'upstream exploded' });
    expect(await problemOf()).toEqual({ kind: 'failed', status: 500, detail: 'upstream exploded' });
  });

  it('reports no answer at all as unreachable', async () => {
    const closed = await startScriptedServer();
    await closed.close();
    const error = await readSiteIdentity(spForSite(`${closed.origin}/sites/custodian`)).catch((caught: unknown) => caught);
    expect(describeSharePointProblem(error)).toEqual({ kind: 'unreachable', detail: 'fetch failed' });
  });
});
