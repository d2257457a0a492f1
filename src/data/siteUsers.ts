import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { SiteUser } from './siteIdentity';

/** The people the site knows, by name. */
export async function readSiteUsers(sp: SPFI): Promise<SiteUser[]> {
  const users = await sp.web.siteUsers.select('Id', 'Title', 'Email', 'LoginName')<
    Array<{ Id: number; Title: string; Email: string; LoginName: string }>
  >();
  return users
    .map((user) => ({ id: user.Id, title: user.Title, email: user.Email, loginName: user.LoginName }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}
