import { groupEntity, roleDefinitionEntity, userEntity, type Entity } from '../format';
import type { Segment } from '../odata/path';
import type { SiteGroup, SiteUser } from '../principals';
import { badRequest } from '../sharePointError';
import { noContent, ok, resourceNotFound, type Call, type Outcome } from './call';

function groupOf(call: Call, group: SiteGroup): Entity {
  return groupEntity(group, call.site.directory.principalTitle(group.ownerId) ?? '', call.select);
}

function loginIn(call: Call): string {
  const login = call.body().LoginName ?? call.body().loginName;
  if (typeof login !== 'string' || !login.trim()) throw badRequest('The request needs a LoginName.');
  return login;
}

/** web/siteusers, and the users of a group (`sitegroups(5)/users`). */
export function routeUsers(call: Call, segments: Segment[], group?: SiteGroup): Outcome {
  const { site, user: actor } = call;
  const directory = site.directory;
  const members = (): SiteUser[] => (group ? directory.users.filter((person) => group.memberIds.includes(person.id)) : directory.users);
  const [self, ...afterSelf] = segments;
  const [next, ...rest] = self.args.length ? [self, ...afterSelf] : afterSelf;
  if (!next) {
    call.only('Users', 'GET', 'POST');
    if (call.verb === 'POST') {
      const person = directory.ensureUser(loginIn(call));
      if (group) site.people((people) => people.addMember(actor, group, person));
      return { kind: 'entity', entity: userEntity(person), status: 201 };
    }
    return { kind: 'collection', entities: members().map((person) => userEntity(person, call.select)) };
  }
  const member = (found: SiteUser | undefined): SiteUser => {
    const person = directory.requireUser(found);
    return members().includes(person) ? person : directory.requireUser(undefined);
  };
  switch (next.name) {
    case 'siteusers':
    case 'users':
      // siteusers(@v)?@v='login' — PnPjs's getByLoginName.
      return routeUser(call, member(directory.userByLogin(call.argument(next))), rest, group);
    case 'getbyid':
      return routeUser(call, member(directory.userById(call.id(next))), rest, group);
    case 'getbyemail':
    case 'getbyloginname':
      return routeUser(call, member(directory.userByLogin(call.argument(next))), rest, group);
    case 'removebyid':
    case 'removebyloginname': {
      call.only(next.name === 'removebyid' ? 'RemoveById' : 'RemoveByLoginName', 'POST');
      call.end(rest);
      const person = member(next.name === 'removebyid' ? directory.userById(call.id(next)) : directory.userByLogin(call.argument(next)));
      site.people((people) => (group ? people.removeMember(actor, group, person) : people.removeUser(actor, person)));
      return ok();
    }
    default:
      throw resourceNotFound(next);
  }
}

/** One user: read, update, remove (from the site or the group it was reached through), and their groups. */
export function routeUser(call: Call, person: SiteUser, segments: Segment[], group?: SiteGroup): Outcome {
  const { site, user: actor } = call;
  const [next, ...rest] = segments;
  if (!next) {
    call.only('User', 'GET', 'MERGE', 'PATCH', 'DELETE');
    if (call.verb === 'MERGE' || call.verb === 'PATCH') {
      site.people((people) => people.updateUser(actor, person, call.body()));
      return noContent();
    }
    if (call.verb === 'DELETE') {
      site.people((people) => (group ? people.removeMember(actor, group, person) : people.removeUser(actor, person)));
      return ok();
    }
    return { kind: 'entity', entity: userEntity(person, call.select) };
  }
  if (next.name === 'groups') {
    call.only('Groups', 'GET');
    call.end(rest);
    return { kind: 'collection', entities: site.directory.groupsOf(person).map((each) => groupOf(call, each)) };
  }
  throw resourceNotFound(next);
}

/** web/sitegroups: list, add, find, remove; each group's properties, owner and users. */
export function routeGroups(call: Call, self: Segment, segments: Segment[]): Outcome {
  const { site, user: actor } = call;
  const directory = site.directory;
  const [next, ...rest] = self.args.length ? [self, ...segments] : segments;
  if (!next) {
    call.only('SiteGroups', 'GET', 'POST');
    if (call.verb === 'POST') {
      const created = site.people((people) => people.addGroup(actor, call.body()));
      return { kind: 'entity', entity: groupOf(call, created), status: 201 };
    }
    return { kind: 'collection', entities: directory.groups.map((group) => groupOf(call, group)) };
  }
  switch (next.name) {
    case 'sitegroups':
    case 'getbyid':
      return routeGroup(call, directory.groupById(call.id(next)), rest);
    case 'getbyname':
      return routeGroup(call, directory.groupByName(call.argument(next)), rest);
    case 'removebyid':
    case 'removebyloginname': {
      call.only(next.name === 'removebyid' ? 'RemoveById' : 'RemoveByLoginName', 'POST');
      call.end(rest);
      const group = next.name === 'removebyid' ? directory.groupById(call.id(next)) : directory.groupByName(call.argument(next));
      site.removeGroup(actor, group);
      return ok();
    }
    default:
      throw resourceNotFound(next);
  }
}

export function routeGroup(call: Call, group: SiteGroup, segments: Segment[]): Outcome {
  const { site, user: actor } = call;
  const [next, ...rest] = segments;
  if (!next) {
    call.only('Group', 'GET', 'MERGE', 'PATCH', 'DELETE');
    if (call.verb === 'MERGE' || call.verb === 'PATCH') {
      site.people((people) => people.updateGroup(actor, group, call.body()));
      return noContent();
    }
    if (call.verb === 'DELETE') {
      site.removeGroup(actor, group);
      return ok();
    }
    return { kind: 'entity', entity: groupOf(call, group) };
  }
  switch (next.name) {
    case 'users':
      return routeUsers(call, [next, ...rest], group);
    case 'setuserasowner': {
      call.only('SetUserAsOwner', 'POST');
      call.end(rest);
      const ownerId = call.id(next);
      site.people((people) => people.setOwner(actor, group, ownerId));
      return ok();
    }
    case 'owner': {
      call.only('Owner', 'GET');
      call.end(rest);
      const owner = site.directory.userById(group.ownerId);
      return { kind: 'entity', entity: owner ? userEntity(owner, call.select) : groupOf(call, site.directory.groupById(group.ownerId)) };
    }
    default:
      throw resourceNotFound(next);
  }
}

/** web/roledefinitions: the permission levels, found by id, name or type; custom ones added, changed, deleted. */
export function routeRoleDefinitions(call: Call, self: Segment, segments: Segment[]): Outcome {
  const { site, user: actor } = call;
  const directory = site.directory;
  const [next, ...rest] = self.args.length ? [self, ...segments] : segments;
  if (!next) {
    call.only('RoleDefinitions', 'GET', 'POST');
    if (call.verb === 'POST') {
      const created = site.people((people) => people.addRoleDefinition(actor, call.body()));
      return { kind: 'entity', entity: roleDefinitionEntity(created), status: 201 };
    }
    return { kind: 'collection', entities: directory.roleDefinitions().map((definition) => roleDefinitionEntity(definition, call.select)) };
  }
  const definition =
    next.name === 'getbyname'
      ? directory.roleDefinitionByName(call.argument(next))
      : next.name === 'getbytype'
        ? directory.roleDefinitionByType(call.id(next))
        : next.name === 'getbyid' || next.name === 'roledefinitions'
          ? directory.roleDefinition(call.id(next))
          : undefined;
  if (!definition) throw resourceNotFound(next);
  call.end(rest);
  call.only('RoleDefinition', 'GET', 'MERGE', 'PATCH', 'DELETE');
  if (call.verb === 'MERGE' || call.verb === 'PATCH') {
    site.people((people) => people.updateRoleDefinition(actor, definition, call.body()));
    return noContent();
  }
  if (call.verb === 'DELETE') {
    site.people((people) => people.removeRoleDefinition(actor, definition));
    return ok();
  }
  return { kind: 'entity', entity: roleDefinitionEntity(definition, call.select) };
}
