import type { Scope } from '../site';
import { basePermissionsJson, groupEntity, roleAssignmentEntity, roleDefinitionEntity, userEntity, type Entity } from '../format';
import type { Segment } from '../odata/path';
import { badRequest } from '../sharePointError';
import { ok, resourceNotFound, type Call, type Outcome } from './call';

/** A securable object (web, list or item), its address and how it is shown. */
export interface SecurableTarget {
  scope: Scope;
  /** Its address relative to _api, for odata ids. */
  path: string;
  entity: () => Entity;
}

const securitySegments = new Set([
  'roleassignments',
  'breakroleinheritance',
  'resetroleinheritance',
  'effectivebasepermissions',
  'effectivebasepermissionsforui',
  'getusereffectivepermissions',
  'hasuniqueroleassignments',
  'firstuniqueancestorsecurableobject'
]);

export function isSecuritySegment(segment: Segment | undefined): boolean {
  return segment !== undefined && securitySegments.has(segment.name);
}

function booleanArgument(value: string | undefined, name: string): boolean {
  if (value === undefined) return false;
  if (!/^(true|false)$/i.test(value)) throw badRequest(`The value '${value}' of ${name} is not true or false.`);
  return value.toLowerCase() === 'true';
}

/** Role assignments, inheritance and effective permissions of one securable object. */
export function routeSecurity(call: Call, target: SecurableTarget, segment: Segment, rest: Segment[], ancestors: SecurableTarget[]): Outcome {
  const { site, user } = call;
  const directory = site.directory;
  const scopes = site.chain(target.scope);
  switch (segment.name) {
    case 'effectivebasepermissions':
    case 'effectivebasepermissionsforui':
      call.only('EffectiveBasePermissions', 'GET');
      call.end(rest);
      return { kind: 'entity', entity: { type: 'SP.BasePermissions', path: `${target.path}/EffectiveBasePermissions`, properties: basePermissionsJson(directory.effective(user, directory.assignmentsFor(...scopes))) } };
    case 'getusereffectivepermissions': {
      call.only('GetUserEffectivePermissions', 'GET');
      call.end(rest);
      site.assert(user, 'enumeratePermissions', ...scopes);
      const other = directory.requireUser(directory.userByLogin(call.argument(segment)));
      return { kind: 'entity', entity: { type: 'SP.BasePermissions', path: `${target.path}/GetUserEffectivePermissions`, properties: basePermissionsJson(directory.effective(other, directory.assignmentsFor(...scopes))) } };
    }
    case 'hasuniqueroleassignments':
      call.only('HasUniqueRoleAssignments', 'GET');
      call.end(rest);
      return { kind: 'value', value: scopes[0].roleAssignments !== undefined, name: 'HasUniqueRoleAssignments' };
    case 'firstuniqueancestorsecurableobject': {
      call.only('FirstUniqueAncestorSecurableObject', 'GET');
      call.end(rest);
      const owner = [target, ...ancestors].find((candidate) => site.chain(candidate.scope)[0].roleAssignments !== undefined) ?? ancestors[ancestors.length - 1] ?? target;
      return { kind: 'entity', entity: owner.entity() };
    }
    case 'breakroleinheritance': {
      call.only('BreakRoleInheritance', 'POST');
      call.end(rest);
      const named = call.named(segment);
      site.setUniquePermissions(user, target.scope, { copy: booleanArgument(named.copyroleassignments, 'copyRoleAssignments') });
      return ok();
    }
    case 'resetroleinheritance':
      call.only('ResetRoleInheritance', 'POST');
      call.end(rest);
      site.setUniquePermissions(user, target.scope, undefined);
      return ok();
    default:
      return roleAssignments(call, target, segment.args.length ? [segment, ...rest] : rest);
  }
}

function roleAssignments(call: Call, target: SecurableTarget, segments: Segment[]): Outcome {
  const { site, user } = call;
  const scopes = site.chain(target.scope);
  const [next, ...rest] = segments;
  site.assert(user, 'enumeratePermissions', ...scopes);
  const path = target.path;
  if (!next) {
    call.only('RoleAssignments', 'GET');
    return { kind: 'collection', entities: site.directory.assignmentsFor(...scopes).map((assignment) => roleAssignmentEntity(path, assignment, call.select)) };
  }
  if (next.name === 'addroleassignment' || next.name === 'removeroleassignment') {
    call.only(next.name === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment', 'POST');
    call.end(rest);
    const named = call.named(next);
    const principalId = call.id({ name: 'principalid', args: [named.principalid ?? ''] });
    const roleDefinitionId = call.id({ name: 'roledefid', args: [named.roledefid ?? ''] });
    site.changeRoleAssignment(user, target.scope, principalId, roleDefinitionId, next.name === 'addroleassignment');
    return ok();
  }
  if (next.name === 'getbyprincipalid' || (next.name === 'roleassignments' && next.args.length)) {
    return oneAssignment(call, target, call.id(next), rest);
  }
  throw resourceNotFound(next);
}

function oneAssignment(call: Call, target: SecurableTarget, principalId: number, segments: Segment[]): Outcome {
  const { site, user } = call;
  const directory = site.directory;
  const assignment = directory.assignmentsFor(...site.chain(target.scope)).find((candidate) => candidate.principalId === principalId);
  if (!assignment) throw badRequest(`Can not find the principal with id: ${principalId}.`);
  const [next, ...rest] = segments;
  if (!next) {
    call.only('RoleAssignment', 'GET', 'DELETE');
    if (call.verb === 'DELETE') {
      site.changeRoleAssignment(user, target.scope, principalId, undefined, false);
      return ok();
    }
    return { kind: 'entity', entity: roleAssignmentEntity(target.path, assignment, call.select) };
  }
  call.only(next.name, 'GET');
  call.end(rest);
  if (next.name === 'member') {
    const person = directory.userById(principalId);
    if (person) return { kind: 'entity', entity: userEntity(person, call.select) };
    const group = directory.groupById(principalId);
    return { kind: 'entity', entity: groupEntity(group, directory.principalTitle(group.ownerId) ?? '', call.select) };
  }
  if (next.name === 'roledefinitionbindings') {
    return { kind: 'collection', entities: assignment.roleDefinitionIds.map((id) => roleDefinitionEntity(directory.roleDefinition(id), call.select)) };
  }
  throw resourceNotFound(next);
}
