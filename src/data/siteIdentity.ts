import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';

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

export async function readSiteIdentity(sp: SPFI): Promise<SiteIdentity> {
  const [web, user] = await Promise.all([
    sp.web.select('Title', 'Url')<{ Title: string; Url: string }>(),
    sp.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<{
      Id: number;
      Title: string;
      Email: string;
      LoginName: string;
    }>()
  ]);
  return {
    siteTitle: web.Title,
    siteUrl: web.Url,
    user: { id: user.Id, title: user.Title, email: user.Email, loginName: user.LoginName }
  };
}
