/** People and SharePoint groups of the emulated site, and what each may do to a list. */

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
  /** The permission level the group has on the site (and on every list that inherits). */
  role: Role;
  memberIds: number[];
}

/** SharePoint's default permission levels, in increasing order of rights. */
export type Role = 'read' | 'contribute' | 'fullControl';
export type Action = 'read' | 'write' | 'manage';

const rank: Record<Role, number> = { read: 1, contribute: 2, fullControl: 3 };
const needs: Record<Action, number> = { read: 1, write: 2, manage: 3 };

export interface RoleAssignment {
  principalId: number;
  role: Role;
}

export interface SeedPrincipals {
  users: Array<Omit<SiteUser, 'id'>>;
  groups: Array<{ title: string; role: Role; members: string[] }>;
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

/**
 * Whether `user` may do `action`: site collection administrators may do anything; otherwise the best role
 * among the assignments that name the user or one of their groups — the list's own when its inheritance is
 * broken, the site's groups when not.
 */
export function isAllowed(
  user: SiteUser,
  action: Action,
  groups: readonly SiteGroup[],
  listAssignments: readonly RoleAssignment[] | undefined
): boolean {
  if (user.isSiteAdmin) return true;
  const memberOf = new Set(groups.filter((group) => group.memberIds.includes(user.id)).map((group) => group.id));
  const assignments: readonly RoleAssignment[] =
    listAssignments ?? groups.map((group) => ({ principalId: group.id, role: group.role }));
  const best = Math.max(
    0,
    ...assignments
      .filter((assignment) => assignment.principalId === user.id || memberOf.has(assignment.principalId))
      .map((assignment) => rank[assignment.role])
  );
  return best >= needs[action];
}
