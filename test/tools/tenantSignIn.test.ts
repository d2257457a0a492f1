import { bearerFetch } from '../../tools/tenantSignIn';

describe('a command line signed in to a tenant', () => {
  it('sends each request with the token current at the time, keeping the request’s own headers', async () => {
    const sent: Array<{ url: string; authorization: string | null; accept: string | null }> = [];
    const tokens = ['first', 'refreshed'];
    const send = bearerFetch(
      async () => tokens.shift() ?? 'none',
      async (input, init) => {
        const headers = new Headers(init?.headers);
        sent.push({ url: String(input), authorization: headers.get('Authorization'), accept: headers.get('Accept') });
        return new Response('{}');
      }
    );
    await send('https://council.sharepoint.com/_api/web', { headers: { Accept: 'application/json' } });
    await send('https://council.sharepoint.com/_api/web/lists');
    expect(sent).toEqual([
      { url: 'https://council.sharepoint.com/_api/web', authorization: 'Bearer first', accept: 'application/json' },
      { url: 'https://council.sharepoint.com/_api/web/lists', authorization: 'Bearer refreshed', accept: null }
    ]);
  });
});
