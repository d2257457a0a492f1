import { PublicClientApplication, type AccountInfo } from '@azure/msal-node';

/**
 * Signing a command line in to a SharePoint Online tenant: Microsoft Entra's device code flow, through an
 * app registration the council's IT team makes once (README, "Running the command line against a
 * tenant"). The person signs in in any browser with their own account and MFA; the command then acts
 * with that person's rights, never more, and no secret is stored anywhere.
 */

export interface TenantApp {
  /** The app registration's Application (client) id. */
  clientId: string;
  /** The tenant's id or its domain, e.g. council.onmicrosoft.com. */
  tenant: string;
}

/** A fetch that sends each request with a bearer token, asking for a token each time (the caller caches). */
export function bearerFetch(token: () => Promise<string>, send: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${await token()}`);
    return send(input, { ...init, headers });
  };
}

/** Signs in once by device code, then keeps the token fresh silently for the rest of the run. */
export async function signInByDeviceCode(siteUrl: string, app: TenantApp, tell: (message: string) => void): Promise<typeof fetch> {
  const client = new PublicClientApplication({ auth: { clientId: app.clientId, authority: `https://login.microsoftonline.com/${app.tenant}` } });
  // Delegated: the signed-in person's own rights on the site, which must be an owner's to change lists.
  const scopes = [`${new URL(siteUrl).origin}/AllSites.FullControl`];
  const first = await client.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: (response) => tell(response.message) });
  if (!first) throw new Error('Microsoft Entra did not sign you in.');
  const account: AccountInfo | null = first.account;
  if (!account) throw new Error('Microsoft Entra signed in without an account.');
  return bearerFetch(async () => (await client.acquireTokenSilent({ account, scopes })).accessToken);
}
