import type { Level } from './permissions';

/** People and SharePoint groups of the emulated site. */

export interface SiteUser {
  id: number;
  loginName: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
}

export interface SiteGroup {
  id: number;
  title: string;
  description: string;
  /** The user or group that owns the group: it may change its membership and properties. */
  ownerId: number;
  memberIds: number[];
}

export interface SeedPrincipals {
  users: Array<Omit<SiteUser, 'id'>>;
  /** The site's groups, each with the permission level it gets on the site; the first of each level is the associated group. */
  groups: Array<{ title: string; role: Level; members: string[] }>;
}

/** The people a developer meets on `npm start`; tests may bring their own. */
export const defaultPrincipals: SeedPrincipals = {
  users: [
    { loginName: 'i:0#.f|membership|priya.shah@council.example', title: 'Priya Shah', email: 'priya.shah@council.example', isSiteAdmin: true },
    { loginName: 'i:0#.f|membership|sam.okafor@council.example', title: 'Sam Okafor', email: 'sam.okafor@council.example', isSiteAdmin: false },
    { loginName: 'i:0#.f|membership|alex.morgan@council.example', title: 'Alex Morgan', email: 'alex.morgan@council.example', isSiteAdmin: false },
    { loginName: 'i:0#.f|membership|jo.lee@council.example', title: 'Jo Lee', email: 'jo.lee@council.example', isSiteAdmin: false }
  ],
  groups: [
    { title: 'Custodian Owners', role: 'fullControl', members: ['i:0#.f|membership|priya.shah@council.example'] },
    {
      title: 'Custodian Members',
      role: 'contribute',
      members: ['i:0#.f|membership|sam.okafor@council.example', 'i:0#.f|membership|alex.morgan@council.example']
    },
    { title: 'Custodian Visitors', role: 'read', members: ['i:0#.f|membership|jo.lee@council.example'] }
  ]
};

/** SharePoint's system account: it acts for the server, and no request may claim it. */
export const systemAccount: SiteUser = { id: 1073741823, loginName: 'SHAREPOINT\\system', title: 'System Account', email: '', isSiteAdmin: true };

/** A claims login (`i:0#.f|membership|x@y`) or a bare address, compared without case. */
export function sameLogin(user: SiteUser, login: string): boolean {
  const wanted = login.toLowerCase();
  const bare = wanted.replace(/^i:0#\.f\|membership\|/, '');
  return user.loginName.toLowerCase() === wanted || user.email.toLowerCase() === bare || user.loginName.toLowerCase() === `i:0#.f|membership|${bare}`;
}
