import { fieldValuesAsText, itemEntity, itemShape, listEntity, type Entity } from '../format';
import type { StoredValue } from '../itemValues';
import type { FieldSpec } from '../fieldSpec';
import type { Segment } from '../odata/path';
import { badRequest, SharePointError } from '../sharePointError';
import { itemETags, type ItemState, type ListState } from '../site';
import { noContent, ok, resourceNotFound, type Call, type Outcome } from './call';
import { routeFields } from './fields';
import { routeListFixedParts } from './fixedParts';
import { isSecuritySegment, routeSecurity, type SecurableTarget } from './security';
import { queryFromCaml, type CamlQuery } from '../odata/caml';

export function routeLists(call: Call, self: Segment, segments: Segment[], web: SecurableTarget): Outcome {
  const { site, user } = call;
  const [next, ...rest] = self.args.length ? [self, ...segments] : segments;
  if (!next) {
    call.only('Lists', 'GET', 'POST');
    if (call.verb === 'POST') {
      const list = site.createList(call.body(), user);
      return { kind: 'entity', entity: listEntity(list, site, undefined), status: 201 };
    }
    const lists = site.allLists().filter((list) => site.can(user, 'viewListItems', list) || site.can(user, 'manageLists', list));
    return { kind: 'collection', entities: lists.map((list) => listEntity(list, site, call.select)) };
  }
  switch (next.name) {
    case 'lists':
    case 'getbyid':
      return routeList(call, site.listById(call.argument(next)), rest, web);
    case 'getbytitle':
      return routeList(call, site.listByTitle(call.argument(next)), rest, web);
    default:
      throw resourceNotFound(next);
  }
}

function listTarget(call: Call, list: ListState): SecurableTarget {
  return { scope: { kind: 'list', list }, path: `Web/Lists(guid'${list.id}')`, entity: () => listEntity(list, call.site, undefined) };
}

export function routeList(call: Call, list: ListState, segments: Segment[], web: SecurableTarget): Outcome {
  const { site, user } = call;
  const [next, ...rest] = segments;
  if (!site.can(user, 'viewListItems', list) && !site.can(user, 'manageLists', list)) site.assert(user, 'viewListItems', list);
  if (!next) {
    call.only('List', 'GET', 'MERGE', 'PATCH', 'DELETE');
    if (call.verb === 'MERGE' || call.verb === 'PATCH') {
      site.updateList(list, call.body(), user);
      return noContent();
    }
    if (call.verb === 'DELETE') {
      site.deleteList(list, user);
      return ok();
    }
    return { kind: 'entity', entity: listEntity(list, site, call.select) };
  }
  if (isSecuritySegment(next)) return routeSecurity(call, listTarget(call, list), next, rest, [web]);
  switch (next.name) {
    case 'fields':
      return routeFields(call, list, next, rest);
    case 'items':
      return next.args.length ? routeItem(call, list, call.id(next), rest, web) : routeItems(call, list, rest, web);
    case 'getitembyid':
      return routeItem(call, list, call.id(next), rest, web);
    case 'itemcount':
      call.only('ItemCount', 'GET');
      call.end(rest);
      return { kind: 'value', value: site.itemCount(list), name: 'ItemCount' };
    case 'recycle': {
      call.only('Recycle', 'POST');
      call.end(rest);
      return { kind: 'value', value: site.deleteList(list, user), name: 'Recycle' };
    }
    case 'getitems': {
      call.only('GetItems', 'POST');
      call.end(rest);
      const query = (call.body().query ?? {}) as { ViewXml?: unknown };
      if (typeof query.ViewXml !== 'string') throw badRequest('getitems needs query.ViewXml.');
      const caml = queryFromCaml(query.ViewXml);
      const shape = itemShape(list, caml.viewFields, call.expand);
      const result = site.query(list, { filter: caml.filter, orderBy: caml.orderBy, top: caml.rowLimit ?? listViewThresholdForCaml }, user);
      return { kind: 'collection', entities: result.items.map((item) => itemEntity(site, list, item, shape)) };
    }
    case 'renderlistdataasstream':
      return renderListDataAsStream(call, list, rest);
    case 'renderlistdata': {
      // The older call: the same rows, answered as a JSON string inside the value.
      call.only('RenderListData', 'POST');
      call.end(rest);
      const rows = listViewRows(call, list, queryFromCaml(call.argument(next)), new Map());
      return { kind: 'value', value: JSON.stringify({ Row: rows.rows, FirstRow: rows.rows.length ? 1 : 0, LastRow: rows.rows.length }), name: 'RenderListData' };
    }
    case 'reservelistitemid':
      call.only('ReserveListItemId', 'POST');
      call.end(rest);
      return { kind: 'value', value: site.reserveItemId(list, user), name: 'ReserveListItemId' };
    default: {
      const fixed = routeListFixedParts(call, list, next, rest);
      if (fixed) return fixed;
      throw resourceNotFound(next);
    }
  }
}

/** A CAML query without RowLimit returns every item it may: up to the threshold here, as SharePoint refuses more. */
const listViewThresholdForCaml = 5000;

function routeItems(call: Call, list: ListState, segments: Segment[], web: SecurableTarget): Outcome {
  const { site, user } = call;
  const [next, ...rest] = segments;
  if (next?.name === 'getbyid') return routeItem(call, list, call.id(next), rest, web);
  call.end(segments);
  call.only('Items', 'GET', 'POST');
  if (call.verb === 'POST') {
    const item = site.addItem(list, call.body(), user);
    return { kind: 'entity', entity: itemEntity(site, list, item, itemShape(list, undefined, undefined)), status: 201, headers: { etag: itemETags(item)[1] } };
  }
  const shape = itemShape(list, call.select, call.expand);
  const top = call.query.get('$top');
  if (top !== null && !/^\d+$/.test(top)) throw badRequest(`The $top value '${top}' is not a whole number.`);
  const result = site.query(
    list,
    { filter: call.query.get('$filter') ?? undefined, orderBy: call.query.get('$orderby') ?? undefined, top: top === null ? undefined : Number(top), skipToken: call.query.get('$skiptoken') ?? undefined },
    user
  );
  let nextLink: string | undefined;
  if (result.nextSkipToken) {
    const following = new URL(call.url.href);
    following.searchParams.set('$skiptoken', result.nextSkipToken);
    nextLink = following.href;
  }
  return { kind: 'collection', entities: result.items.map((item) => itemEntity(site, list, item, shape)), nextLink };
}

function routeItem(call: Call, list: ListState, id: number, segments: Segment[], web: SecurableTarget): Outcome {
  const { site, user } = call;
  const [next, ...rest] = segments;
  const ifMatch = call.request.headers['if-match'];
  if (!next) {
    call.only('Item', 'GET', 'MERGE', 'PATCH', 'PUT', 'DELETE');
    if (call.verb === 'MERGE' || call.verb === 'PATCH' || call.verb === 'PUT') {
      const item = site.updateItem(list, id, call.body(), ifMatch, user);
      return noContent({ etag: itemETags(item)[1] });
    }
    if (call.verb === 'DELETE') {
      site.deleteItem(list, id, ifMatch, user);
      return ok();
    }
    const item = site.visibleItem(list, id, user);
    return { kind: 'entity', entity: itemEntity(site, list, item, itemShape(list, call.select, call.expand)), headers: { etag: itemETags(item)[1] } };
  }
  const item = site.visibleItem(list, id, user);
  const target: SecurableTarget = { scope: { kind: 'item', list, item }, path: `Web/Lists(guid'${list.id}')/Items(${id})`, entity: () => itemEntity(site, list, item, itemShape(list, undefined, undefined)) };
  if (isSecuritySegment(next)) return routeSecurity(call, target, next, rest, [listTarget(call, list), web]);
  call.end(rest);
  switch (next.name) {
    case 'versions':
      call.only('Versions', 'GET');
      return { kind: 'collection', entities: versions(call, list, item) };
    case 'fieldvaluesastext':
      call.only('FieldValuesAsText', 'GET');
      return { kind: 'entity', entity: fieldValuesAsText(site, list, item) };
    case 'fieldvaluesashtml': {
      call.only('FieldValuesAsHtml', 'GET');
      const text = fieldValuesAsText(site, list, item);
      const html = Object.fromEntries(Object.entries(text.properties).map(([name, value]) => [name, escapeHtml(String(value))]));
      return { kind: 'entity', entity: { ...text, type: 'SP.FieldStringValues', path: text.path.replace(/AsText$/, 'AsHtml'), properties: html } };
    }
    case 'recycle':
      call.only('Recycle', 'POST');
      site.deleteItem(list, id, ifMatch, user);
      return { kind: 'value', value: crypto.randomUUID(), name: 'Recycle' };
    default:
      throw resourceNotFound(next);
  }
}

/** Versions give people and lookups as { LookupId, LookupValue } (and Email for people), not as ids. */
function versionValue(call: Call, field: FieldSpec, value: StoredValue): unknown {
  if (value === null || (field.type !== 'User' && field.type !== 'Lookup')) return value;
  const id = Number(value);
  if (field.type === 'Lookup') return { LookupId: id, LookupValue: call.site.lookupTitle(field, id) ?? '' };
  const person = call.site.userById(id);
  return { LookupId: id, LookupValue: person?.title ?? '', Email: person?.email ?? '' };
}

function versions(call: Call, list: ListState, item: ItemState): Entity[] {
  return [...item.history].reverse().map((version) => ({
    type: 'SP.ListItemVersion',
    path: `Web/Lists(guid'${list.id}')/Items(${item.id})/Versions(${version.version * 512})`,
    properties: {
      VersionId: version.version * 512,
      VersionLabel: `${version.version}.0`,
      IsCurrentVersion: version.version === item.version,
      Created: version.modified,
      Editor: { LookupId: version.editorId, LookupValue: call.site.userById(version.editorId)?.title ?? '' },
      ...Object.fromEntries(list.fields.filter((field) => field.type !== 'Calculated').map((field) => [field.internalName, versionValue(call, field, version.values[field.internalName] ?? null)]))
    }
  }));
}

/** The rows of a list view, values as display text, with FilterField<n>/FilterValue<n> as the list's own view filters. */
function listViewRows(call: Call, list: ListState, caml: CamlQuery, viewFilters: Map<string, string>): { rows: Array<Record<string, unknown>>; more: boolean } {
  const { site, user } = call;
  const conditions = [...viewFilters].map(([field, value]) => `${field} eq '${value.replace(/'/g, "''")}'`);
  const filter = [caml.filter, ...conditions].filter(Boolean).map((part) => `(${part})`).join(' and ') || undefined;
  const shape = itemShape(list, caml.viewFields, undefined);
  const result = site.query(list, { filter, orderBy: caml.orderBy, top: caml.rowLimit ?? 30 }, user);
  const rows = result.items.map((item) => {
    const text = fieldValuesAsText(site, list, item).properties;
    const shown = itemEntity(site, list, item, shape).properties;
    return { ID: String(item.id), ...Object.fromEntries(Object.keys(shown).filter((name) => name in text).map((name) => [name, text[name]])) };
  });
  return { rows, more: result.nextSkipToken !== undefined };
}

/**
 * RenderListDataAsStream with a CAML view: the rows as SharePoint's list view JSON gives them ({ Row,
 * FirstRow, LastRow }), values as text, narrowed by FilterField1/FilterValue1… in the query string as a
 * list view narrows them. Paging past the first page is not emulated.
 */
function renderListDataAsStream(call: Call, list: ListState, rest: Segment[]): Outcome {
  call.only('RenderListDataAsStream', 'POST');
  call.end(rest);
  const parameters = (call.body().parameters ?? {}) as { ViewXml?: unknown; Paging?: unknown };
  if (parameters.Paging) throw new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'Paging RenderListDataAsStream is not emulated: page with $skiptoken on items instead.');
  const viewFilters = new Map<string, string>();
  for (let n = 1; call.query.has(`FilterField${n}`); n++) {
    const field = call.query.get(`FilterField${n}`)!;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw badRequest(`FilterField${n} is not a column name.`);
    // Values arrive encoded once more than the address itself (PnPjs and SharePoint's own views send them so).
    const value = call.query.get(`FilterValue${n}`) ?? '';
    try {
      viewFilters.set(field, decodeURIComponent(value));
    } catch {
      throw badRequest(`FilterValue${n} has percent-encoding that does not decode.`);
    }
  }
  const { rows } = listViewRows(call, list, queryFromCaml(typeof parameters.ViewXml === 'string' ? parameters.ViewXml : '<View/>'), viewFilters);
  return { kind: 'entity', entity: { type: 'SP.RenderListDataAsStream', path: `Web/Lists(guid'${list.id}')/RenderListDataAsStream`, properties: { Row: rows, FirstRow: rows.length ? 1 : 0, LastRow: rows.length } } };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
