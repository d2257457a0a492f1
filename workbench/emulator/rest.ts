import { randomUUID } from 'node:crypto';
import type { FieldSpec } from './fieldSpec';
import {
  collectionBody,
  fieldEntity,
  groupEntity,
  itemEntity,
  listEntity,
  metadataOf,
  singleBody,
  userEntity,
  type Entity,
  type Metadata
} from './format';
import { parseApiPath, type Segment } from './odata/path';
import type { Role, SiteUser } from './principals';
import { badRequest, notFound, SharePointError } from './sharePointError';
import { itemETags, type ListState, type Site } from './site';
import type { StoredValue } from './itemValues';
import { escapeXml } from '../../src/domain/lists/schemaXml';

export interface EmulatorRequest {
  method: string;
  /** Absolute URL. */
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What one call resolves to before it is written out in the caller's metadata mode. */
type Outcome =
  | { kind: 'entity'; entity: Entity; status?: number; headers?: Record<string, string> }
  | { kind: 'collection'; entities: Entity[]; nextLink?: string }
  | { kind: 'value'; value: unknown }
  | { kind: 'empty'; status: number; headers?: Record<string, string> };

export interface RestContext {
  site: Site;
  /** e.g. http://127.0.0.1:8080/sites/custodian */
  siteUrl: string;
  user: SiteUser;
}

/** SharePoint's built-in role definition ids: Read, Contribute, Full Control. */
const roleDefinitions: Record<string, Role> = { '1073741826': 'read', '1073741827': 'contribute', '1073741829': 'fullControl' };

const fieldTypeNames: Record<number, string> = { 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 10: 'Currency', 15: 'MultiChoice', 20: 'User' };

function parseBody(request: EmulatorRequest): Record<string, unknown> {
  if (!request.body.trim()) return {};
  try {
    const parsed = JSON.parse(request.body) as Record<string, unknown>;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    throw badRequest('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/** The verb a write means: PnPjs sends POST with X-HTTP-Method for MERGE and DELETE. */
function verbOf(request: EmulatorRequest): string {
  return (request.headers['x-http-method'] ?? request.method).toUpperCase();
}

/** fields.add(title, kind, properties): the typed call, as SchemaXml the site can read. */
function schemaXmlFromProperties(properties: Record<string, unknown>): string {
  const type = fieldTypeNames[Number(properties.FieldTypeKind)];
  if (!type) throw badRequest(`Field type ${properties.FieldTypeKind} is not supported.`);
  const title = String(properties.Title ?? '');
  const name = String(properties.InternalName ?? title.replace(/[^A-Za-z0-9]/g, ''));
  const attributes: Record<string, unknown> = {
    Name: name,
    StaticName: name,
    DisplayName: title,
    Type: type,
    Required: properties.Required ? 'TRUE' : 'FALSE',
    EnforceUniqueValues: properties.EnforceUniqueValues ? 'TRUE' : undefined,
    Indexed: properties.Indexed ? 'TRUE' : undefined,
    MaxLength: properties.MaxLength,
    Min: properties.MinimumValue,
    Max: properties.MaximumValue,
    Format: properties.DisplayFormat === 0 ? 'DateOnly' : undefined,
    Description: properties.Description
  };
  const opening = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}="${escapeXml(String(value))}"`)
    .join(' ');
  const choiceList = (properties.Choices as { results?: unknown[] } | unknown[] | undefined) ?? [];
  const choices = (Array.isArray(choiceList) ? choiceList : choiceList.results ?? []).map((choice) => `<CHOICE>${escapeXml(String(choice))}</CHOICE>`);
  return `<Field ${opening}>${choices.length ? `<CHOICES>${choices.join('')}</CHOICES>` : ''}</Field>`;
}

function splitList(value: string | null): string[] | undefined {
  return value ? value.split(',').map((part) => part.trim()).filter(Boolean) : undefined;
}

class Router {
  private readonly query: URLSearchParams;
  private readonly select: string[] | undefined;
  private readonly expand: string[] | undefined;

  constructor(
    private readonly context: RestContext,
    private readonly request: EmulatorRequest,
    private readonly url: URL
  ) {
    this.query = url.searchParams;
    this.select = splitList(this.query.get('$select'));
    this.expand = splitList(this.query.get('$expand'));
  }

  private get site(): Site {
    return this.context.site;
  }

  route(segments: Segment[]): Outcome {
    const [first, ...rest] = segments;
    if (!first) throw notFound('The resource');
    if (first.name === 'contextinfo') return this.contextInfo();
    if (first.name === 'web') return this.web(rest);
    throw notFound(`The resource '${first.name}'`);
  }

  private contextInfo(): Outcome {
    return {
      kind: 'entity',
      entity: {
        type: 'SP.ContextWebInformation',
        path: 'contextinfo',
        properties: {
          FormDigestValue: `0x${randomUUID().replace(/-/g, '').toUpperCase()},${new Date().toUTCString()}`,
          FormDigestTimeoutSeconds: 1800,
          LibraryVersion: '16.0.0.0',
          SiteFullUrl: this.context.siteUrl,
          WebFullUrl: this.context.siteUrl
        }
      }
    };
  }

  private web(segments: Segment[]): Outcome {
    const [next, ...rest] = segments;
    const verb = verbOf(this.request);
    if (!next) {
      return {
        kind: 'entity',
        entity: {
          type: 'SP.Web',
          path: 'Web',
          properties: this.pick({ Id: 'c4f6f0f3-0e0b-4a54-9a53-7c7d7f0b2c11', Title: this.site.title, Url: this.context.siteUrl, ServerRelativeUrl: new URL(this.context.siteUrl).pathname, Language: 2057 })
        }
      };
    }
    switch (next.name) {
      case 'currentuser':
        return { kind: 'entity', entity: this.pickEntity(userEntity(this.context.user)) };
      case 'siteusers':
        return this.users(rest);
      case 'getuserbyid':
        return { kind: 'entity', entity: this.pickEntity(userEntity(this.userById(Number(next.args[0])))) };
      case 'sitegroups':
        return this.groups(next, rest);
      case 'ensureuser': {
        const login = String(parseBody(this.request).logonName ?? next.args[0] ?? '');
        return { kind: 'entity', entity: userEntity(this.site.ensureUser(login)) };
      }
      case 'lists':
        if (next.args.length) return this.list(this.site.listById(String(next.args[0])), rest);
        if (!rest.length && verb === 'POST') {
          const list = this.site.createList(parseBody(this.request), this.context.user);
          return { kind: 'entity', entity: listEntity(list, this.site, undefined), status: 201 };
        }
        if (rest[0]?.name === 'getbytitle') return this.list(this.site.listByTitle(String(rest[0].args[0])), rest.slice(1));
        if (rest[0]?.name === 'getbyid') return this.list(this.site.listById(String(rest[0].args[0])), rest.slice(1));
        if (!rest.length) {
          const lists = this.site.allLists().filter((list) => this.site.canDo(this.context.user, 'read', list));
          return { kind: 'collection', entities: lists.map((list) => listEntity(list, this.site, this.select)) };
        }
        break;
      default:
        break;
    }
    throw notFound(`The resource 'web/${next.name}'`);
  }

  private userById(id: number): SiteUser {
    const user = this.site.userById(id);
    if (!user) throw notFound(`User ${id}`);
    return user;
  }

  private users(segments: Segment[]): Outcome {
    const [next] = segments;
    if (!next) return { kind: 'collection', entities: this.site.allUsers().map((user) => this.pickEntity(userEntity(user))) };
    if (next.name === 'getbyid') return { kind: 'entity', entity: this.pickEntity(userEntity(this.userById(Number(next.args[0])))) };
    if (next.name === 'getbyemail' || next.name === 'getbyloginname') {
      const user = this.site.userByLogin(String(next.args[0]));
      if (!user) throw notFound(`User '${next.args[0]}'`);
      return { kind: 'entity', entity: this.pickEntity(userEntity(user)) };
    }
    throw notFound(`The resource 'siteusers/${next.name}'`);
  }

  /** sitegroups, sitegroups(id), sitegroups/getbyid(id), sitegroups/getbyname('…'), each with /users. */
  private groups(self: Segment, segments: Segment[]): Outcome {
    const groups = this.site.allGroups();
    const [next, ...rest] = self.args.length ? [self, ...segments] : segments;
    if (!next) return { kind: 'collection', entities: groups.map((group) => this.pickEntity(groupEntity(group))) };
    const group =
      next.name === 'getbyname'
        ? groups.find((candidate) => candidate.title.toLowerCase() === String(next.args[0]).toLowerCase())
        : groups.find((candidate) => candidate.id === Number(next.args[0]));
    if (!group) throw notFound('The group');
    if (rest[0]?.name === 'users') {
      return { kind: 'collection', entities: group.memberIds.map((id) => this.pickEntity(userEntity(this.userById(id)))) };
    }
    return { kind: 'entity', entity: this.pickEntity(groupEntity(group)) };
  }

  private list(list: ListState, segments: Segment[]): Outcome {
    const [next, ...rest] = segments;
    const verb = verbOf(this.request);
    if (!next) {
      this.site.assertAllowed(this.context.user, 'read', list);
      if (verb === 'MERGE' || verb === 'PATCH') {
        this.site.updateList(list, parseBody(this.request), this.context.user);
        return { kind: 'empty', status: 204 };
      }
      return { kind: 'entity', entity: listEntity(list, this.site, this.select) };
    }
    switch (next.name) {
      case 'fields':
        return this.fields(list, next, rest);
      case 'items':
        return next.args.length ? this.item(list, Number(next.args[0]), rest) : this.items(list, rest);
      case 'getitembyid':
        return this.item(list, Number(next.args[0]), rest);
      case 'itemcount':
        return { kind: 'value', value: this.site.itemCount(list) };
      case 'breakroleinheritance':
      case 'resetroleinheritance':
      case 'roleassignments':
        return this.permissions(list, next, rest);
      default:
        throw notFound(`The resource '${next.name}'`);
    }
  }

  /** breakroleinheritance(copyroleassignments=…), resetroleinheritance, roleassignments/add|removeroleassignment(principalid=…, roledefid=…). */
  private permissions(list: ListState, self: Segment, segments: Segment[]): Outcome {
    this.site.assertAllowed(this.context.user, 'manage', list);
    const named = (segment: Segment): Record<string, string> =>
      Object.fromEntries(segment.args.map((arg) => String(arg).split('=').map((part) => part.trim().toLowerCase()) as [string, string]));
    if (self.name === 'resetroleinheritance') {
      this.site.setListPermissions(list, undefined);
      return { kind: 'empty', status: 200 };
    }
    if (self.name === 'breakroleinheritance') {
      const copy = named(self).copyroleassignments === 'true';
      const inherited = this.site.allGroups().map((group) => ({ principalId: group.id, role: group.role }));
      this.site.setListPermissions(list, list.roleAssignments ?? (copy ? inherited : []));
      return { kind: 'empty', status: 200 };
    }
    const [action] = segments;
    if (!action || !['addroleassignment', 'removeroleassignment'].includes(action.name)) throw notFound('The role assignment call');
    if (!list.roleAssignments) throw badRequest('This list inherits its permissions: break inheritance first.');
    const { principalid, roledefid } = named(action);
    const role = roleDefinitions[roledefid];
    if (!role) throw notFound(`Role definition ${roledefid}`);
    const principalId = Number(principalid);
    const others = list.roleAssignments.filter((assignment) => !(assignment.principalId === principalId && assignment.role === role));
    this.site.setListPermissions(list, action.name === 'addroleassignment' ? [...others, { principalId, role }] : others);
    return { kind: 'empty', status: 200 };
  }

  private fields(list: ListState, self: Segment, segments: Segment[]): Outcome {
    const [next] = segments;
    const verb = verbOf(this.request);
    this.site.assertAllowed(this.context.user, 'read', list);
    let field: FieldSpec | undefined;
    if (self.args.length) field = list.fields.find((candidate) => candidate.id === String(self.args[0]).replace(/[{}]/g, '').toLowerCase());
    else if (next?.name === 'getbyinternalnameortitle' || next?.name === 'getbytitle') field = this.site.fieldByName(list, String(next.args[0]));
    else if (next?.name === 'getbyid') field = list.fields.find((candidate) => candidate.id === String(next.args[0]).toLowerCase());
    else if (next?.name === 'createfieldasxml') {
      const parameters = parseBody(this.request).parameters as { SchemaXml?: string } | undefined;
      if (!parameters?.SchemaXml) throw badRequest('createfieldasxml needs parameters.SchemaXml.');
      const created = this.site.addField(list, parameters.SchemaXml, this.context.user);
      return { kind: 'entity', entity: fieldEntity(list, created, undefined), status: 201 };
    } else if (!next && verb === 'POST') {
      const created = this.site.addField(list, schemaXmlFromProperties(parseBody(this.request)), this.context.user);
      return { kind: 'entity', entity: fieldEntity(list, created, undefined), status: 201 };
    } else if (!next) {
      return { kind: 'collection', entities: list.fields.map((candidate) => fieldEntity(list, candidate, this.select)) };
    }
    if (!field) throw notFound('The field');
    if (verb === 'MERGE' || verb === 'PATCH') {
      this.site.updateField(list, field, parseBody(this.request), this.context.user);
      return { kind: 'empty', status: 204 };
    }
    return { kind: 'entity', entity: fieldEntity(list, field, this.select) };
  }

  private items(list: ListState, segments: Segment[]): Outcome {
    if (segments.length) throw notFound(`The resource '${segments[0].name}'`);
    const verb = verbOf(this.request);
    if (verb === 'POST') {
      const item = this.site.addItem(list, parseBody(this.request), this.context.user);
      return { kind: 'entity', entity: itemEntity(this.site, list, item, undefined, undefined), status: 201, headers: { etag: itemETags(item)[1] } };
    }
    const top = this.query.get('$top');
    const result = this.site.query(
      list,
      {
        filter: this.query.get('$filter') ?? undefined,
        orderBy: this.query.get('$orderby') ?? undefined,
        top: top === null ? undefined : Number(top),
        skipToken: this.query.get('$skiptoken') ?? undefined
      },
      this.context.user
    );
    let nextLink: string | undefined;
    if (result.nextSkipToken) {
      const next = new URL(this.url.href);
      next.searchParams.set('$skiptoken', result.nextSkipToken);
      nextLink = next.href;
    }
    return { kind: 'collection', entities: result.items.map((item) => itemEntity(this.site, list, item, this.select, this.expand)), nextLink };
  }

  /** Versions give people and lookups as { LookupId, LookupValue } (and Email for people), not as ids. */
  private versionValue(list: ListState, field: FieldSpec, value: StoredValue): unknown {
    if (value === null || (field.type !== 'User' && field.type !== 'Lookup')) return value;
    const id = Number(value);
    if (field.type === 'Lookup') return { LookupId: id, LookupValue: this.site.lookupTitle(field, id) ?? '' };
    const user = this.site.userById(id);
    return { LookupId: id, LookupValue: user?.title ?? '', Email: user?.email ?? '' };
  }

  private item(list: ListState, id: number, segments: Segment[]): Outcome {
    const verb = verbOf(this.request);
    const ifMatch = this.request.headers['if-match'];
    if (segments[0]?.name === 'versions') {
      this.site.assertAllowed(this.context.user, 'read', list);
      const item = this.site.item(list, id);
      return {
        kind: 'collection',
        entities: [...item.history].reverse().map((version) => ({
          type: 'SP.ListItemVersion',
          path: `Web/Lists(guid'${list.id}')/Items(${id})/Versions(${version.version * 512})`,
          properties: {
            VersionId: version.version * 512,
            VersionLabel: `${version.version}.0`,
            IsCurrentVersion: version.version === item.version,
            Created: version.modified,
            Editor: { LookupId: version.editorId, LookupValue: this.site.userById(version.editorId)?.title ?? '' },
            ...Object.fromEntries(list.fields.map((field) => [field.internalName, this.versionValue(list, field, version.values[field.internalName] ?? null)]))
          }
        }))
      };
    }
    if (segments.length) throw notFound(`The resource '${segments[0].name}'`);
    if (verb === 'MERGE' || verb === 'PATCH' || verb === 'PUT') {
      const item = this.site.updateItem(list, id, parseBody(this.request), ifMatch, this.context.user);
      return { kind: 'empty', status: 204, headers: { etag: itemETags(item)[1] } };
    }
    if (verb === 'DELETE') {
      this.site.deleteItem(list, id, ifMatch, this.context.user);
      return { kind: 'empty', status: 200 };
    }
    this.site.assertAllowed(this.context.user, 'read', list);
    const item = this.site.item(list, id);
    return { kind: 'entity', entity: itemEntity(this.site, list, item, this.select, this.expand), headers: { etag: itemETags(item)[1] } };
  }

  private pick(properties: Record<string, unknown>): Record<string, unknown> {
    if (!this.select || this.select.includes('*')) return properties;
    const wanted = new Set(this.select.map((name) => name.toLowerCase()));
    return Object.fromEntries(Object.entries(properties).filter(([name]) => wanted.has(name.toLowerCase())));
  }

  private pickEntity(entity: Entity): Entity {
    return { ...entity, properties: this.pick(entity.properties) };
  }
}

export function errorResponse(error: SharePointError, metadata: Metadata): EmulatorResponse {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return {
    status: error.status,
    headers: { 'content-type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', ...error.headers },
    body: JSON.stringify(metadata === 'verbose' ? { error: inner } : { 'odata.error': inner })
  };
}

/** Answers one REST call (not $batch) for the signed-in user. */
export function handleRest(context: RestContext, request: EmulatorRequest, apiPath: string): EmulatorResponse {
  const url = new URL(request.url);
  const metadata = metadataOf(request.headers.accept);
  const apiBase = `${context.siteUrl}/_api`;
  const contentType = `application/json;odata=${metadata === 'verbose' ? 'verbose' : metadata === 'none' ? 'nometadata' : 'minimalmetadata'};streaming=true;charset=utf-8`;
  try {
    const outcome = new Router(context, request, url).route(parseApiPath(apiPath));
    switch (outcome.kind) {
      case 'entity':
        return {
          status: outcome.status ?? 200,
          headers: { 'content-type': contentType, ...(outcome.headers ?? {}) },
          body: JSON.stringify(singleBody(outcome.entity, metadata, apiBase))
        };
      case 'collection':
        return { status: 200, headers: { 'content-type': contentType }, body: JSON.stringify(collectionBody(outcome.entities, metadata, apiBase, outcome.nextLink)) };
      case 'value':
        return {
          status: 200,
          headers: { 'content-type': contentType },
          body: JSON.stringify(metadata === 'verbose' ? { d: { value: outcome.value } } : { value: outcome.value })
        };
      case 'empty':
        return { status: outcome.status, headers: outcome.headers ?? {}, body: '' };
    }
  } catch (error) {
    if (error instanceof SharePointError) return errorResponse(error, metadata);
    throw error;
  }
}
