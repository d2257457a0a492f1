import { pick, userEntity, type Entity } from '../format';
import { issueDigest } from '../digest';
import type { Segment } from '../odata/path';
import { documentLibraryTemplate } from '../site';
import { noContent, resourceNotFound, type Call, type Outcome } from './call';
import { routeFields } from './fields';
import { routeWebFixedParts } from './fixedParts';
import { routeList, routeLists } from './lists';
import { routeGroup, routeGroups, routeRoleDefinitions, routeUser, routeUsers } from './people';
import { isSecuritySegment, routeSecurity, type SecurableTarget } from './security';

/** A stable id for the emulated web, as SharePoint's web has one. */
const webId = 'c4f6f0f3-0e0b-4a54-9a53-7c7d7f0b2c11';

export function routeApi(call: Call, segments: Segment[]): Outcome {
  const [first, ...rest] = segments;
  if (!first) throw resourceNotFound('_api');
  if (first.name === 'contextinfo') {
    call.only('ContextInfo', 'POST');
    call.end(rest);
    return contextInfo(call);
  }
  if (first.name === 'web') return routeWeb(call, rest);
  if (first.name === 'site' && rest[0]?.name === 'rootweb') return routeWeb(call, rest.slice(1));
  throw resourceNotFound(first);
}

function contextInfo(call: Call): Outcome {
  const { siteUrl, site } = call.context;
  const digest = issueDigest(site.digestKey, site.digestNow());
  return {
    kind: 'entity',
    entity: {
      type: 'SP.ContextWebInformation',
      path: 'contextinfo',
      properties: { FormDigestValue: digest.value, FormDigestTimeoutSeconds: digest.timeoutSeconds, LibraryVersion: '16.0.0.0', SiteFullUrl: siteUrl, WebFullUrl: siteUrl }
    }
  };
}

function webEntity(call: Call, select: string[] | undefined): Entity {
  const { site, siteUrl, user } = call.context;
  const expands = (name: string): boolean => (call.expand ?? []).some((expanded) => expanded.toLowerCase() === name);
  const of = (navigation: string): string[] => (select ?? []).filter((name) => name.toLowerCase().startsWith(`${navigation}/`)).map((name) => name.slice(navigation.length + 1));
  // Navigation properties are selected as `CurrentUser/Title` and only answered when expanded.
  const plain = select?.filter((name) => !(expands('parentweb') && /^parentweb\//i.test(name)) && !(expands('currentuser') && /^currentuser\//i.test(name)));
  const properties = pick(
    { Id: webId, Title: site.title, Description: site.description, Url: siteUrl, ServerRelativeUrl: new URL(siteUrl).pathname, Language: 2057, WebTemplate: 'STS', HasUniqueRoleAssignments: true, Created: '2026-01-05T09:00:00Z' },
    plain?.length ? plain : select?.length ? ['Id'] : undefined,
    'SP.Web'
  );
  // The emulated site is a site collection's root web: its ParentWeb, when expanded, is null.
  const parent = expands('parentweb') ? { ParentWeb: null } : {};
  const currentUser = expands('currentuser') ? { CurrentUser: userEntity(user, of('currentuser')).properties } : {};
  return { type: 'SP.Web', path: 'Web', properties: { ...properties, ...parent, ...currentUser } };
}

function routeWeb(call: Call, segments: Segment[]): Outcome {
  const { site, user } = call;
  const [next, ...rest] = segments;
  const web: SecurableTarget = { scope: { kind: 'web' }, path: 'Web', entity: () => webEntity(call, undefined) };
  if (!next) {
    call.only('Web', 'GET', 'MERGE', 'PATCH');
    if (call.verb !== 'GET') {
      site.updateWeb(user, call.body());
      return noContent();
    }
    return { kind: 'entity', entity: webEntity(call, call.select) };
  }
  if (isSecuritySegment(next)) return routeSecurity(call, web, next, rest, []);
  switch (next.name) {
    case 'currentuser':
      return routeUser(call, user, rest);
    case 'siteusers':
      return routeUsers(call, [next, ...rest]);
    case 'getuserbyid':
      return routeUser(call, site.directory.requireUser(site.directory.userById(call.id(next))), rest);
    case 'ensureuser': {
      call.only('EnsureUser', 'POST');
      call.end(rest);
      const login = next.args.length ? call.argument(next) : String(call.body().logonName ?? '');
      return { kind: 'entity', entity: userEntity(site.directory.ensureUser(login)) };
    }
    case 'sitegroups':
      return routeGroups(call, next, rest);
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup': {
      const kind = next.name === 'associatedownergroup' ? 'owner' : next.name === 'associatedmembergroup' ? 'member' : 'visitor';
      return routeGroup(call, site.directory.associatedGroup(kind), rest);
    }
    case 'roledefinitions':
      return routeRoleDefinitions(call, next, rest);
    case 'lists':
      return routeLists(call, next, rest, web);
    case 'getlist':
      return routeList(call, site.listByUrl(call.argument(next)), rest, web);
    case 'defaultdocumentlibrary': {
      const library = site.allLists().find((list) => list.baseTemplate === documentLibraryTemplate && list.title === 'Documents');
      if (!library) throw resourceNotFound(next);
      return routeList(call, library, rest, web);
    }
    case 'fields':
    case 'availablefields':
      return routeFields(call, undefined, next, rest);
    case 'webs':
    case 'getsubwebsfilteredforcurrentuser':
      // The emulated site is one web: it has no subsites to list, and creating one is not emulated.
      call.only('Webs', 'GET');
      call.end(rest);
      return { kind: 'collection', entities: [] };
    default: {
      const fixed = routeWebFixedParts(call, next, rest);
      if (fixed) return fixed;
      throw resourceNotFound(next);
    }
  }
}
