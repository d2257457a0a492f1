import { LostAnswer, type SharePointEmulator } from './emulator';
import { identityHeader } from './signIn';

/**
 * The emulator as a `fetch`: PnPjs in a jest test talks to it in process, through the same function from
 * request to response the HTTP server uses, with no port and no sockets.
 */
export function emulatorFetch(emulator: SharePointEmulator, identity?: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    if (identity !== undefined) headers[identityHeader] = identity;
    const answer = await emulator.handle({ method: request.method, url: request.url, headers, body: await request.text() }).catch((error: unknown) => {
      // A dropped answer reaches a caller as fetch's own network failure does.
      throw error instanceof LostAnswer ? new TypeError('fetch failed') : error;
    });
    const bodyless = answer.status === 204 || answer.status === 304;
    return new Response(bodyless ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}
