/** The header (and, for the workbench page, cookie) that says who a request is from in development. */
export const identityHeader = 'x-custodian-user';
export const identityCookie = 'custodian-user';

/**
 * A fetch that names who is asking in the header the local emulators read: a command line, a benchmark or
 * a test acting as a colleague has no browser sign-in (on a tenant, SPFx or the browser signs requests in).
 */
export function fetchSignedInAs(login: string, send: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set(identityHeader, login);
    return send(input, { ...init, headers });
  };
}
