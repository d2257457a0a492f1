import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';

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

/** One request: the web with its signed-in user expanded, as SharePoint answers `$expand=CurrentUser`. */
export async function readSiteIdentity(sp: SPFI): Promise<SiteIdentity> {
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
