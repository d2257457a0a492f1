import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { beginAsking, takeAnswer } from './readAhead';

export interface SiteUser {
  id: number;
  title: string;
  email: string;
  loginName: string;
}

/** Who SharePoint says is signed in, and which site they reached. */
export interface SiteIdentity {
  siteTitle: string;
  siteUrl: string;
  user: SiteUser;
}

const identityKey = 'site identity';

/** Who is signed in, and where: the answer begun by `beginSiteIdentity` if nobody has taken it, else a new one. */
export const readSiteIdentity = (sp: SPFI): Promise<SiteIdentity> => takeAnswer<SiteIdentity>(sp, identityKey) ?? askSiteIdentity(sp);

/** Sends the request now, for the next `readSiteIdentity` on this connection to take: every app's shell asks first. */
export const beginSiteIdentity = (sp: SPFI): void => beginAsking(sp, identityKey, askSiteIdentity(sp));

/** One request: the web with its signed-in user expanded, as SharePoint answers `$expand=CurrentUser`. */
async function askSiteIdentity(sp: SPFI): Promise<SiteIdentity> {
  const web = await sp.web
    .select('Title', 'Url', 'CurrentUser/Id', 'CurrentUser/Title', 'CurrentUser/Email', 'CurrentUser/LoginName')
    .expand('CurrentUser')<{ Title: string; Url: string; CurrentUser: { Id: number; Title: string; Email: string; LoginName: string } }>();
  const user = web.CurrentUser;
  return {
    siteTitle: web.Title,
    siteUrl: web.Url,
    user: { id: user.Id, title: user.Title, email: user.Email, loginName: user.LoginName }
  };
}
