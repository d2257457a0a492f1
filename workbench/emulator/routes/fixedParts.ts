import type { Entity } from '../format';
import type { Segment } from '../odata/path';
import { documentLibraryTemplate, type ListState } from '../site';
import type { Call, Outcome } from './call';

/**
 * Parts of a site the emulator shows as they are but does not let anyone change: the one content type
 * each list uses, its one view, its root folder, the web's regional settings (a UK site), and the
 * collections it keeps none of (custom actions, webhooks, event receivers, subsites). Reading them
 * answers what the emulated site holds; creating in them is refused with 405, never pretended.
 */

const itemContentType = { Id: { StringValue: '0x01' }, StringId: '0x01', Name: 'Item', Description: 'Create a new list item.', Group: 'List Content Types', Hidden: false, ReadOnly: false, Sealed: false };
const documentContentType = { Id: { StringValue: '0x0101' }, StringId: '0x0101', Name: 'Document', Description: 'Create a new document.', Group: 'Document Content Types', Hidden: false, ReadOnly: false, Sealed: false };

function only(call: Call, resource: string, rest: Segment[]): void {
  call.only(resource, 'GET');
  call.end(rest);
}

const empty = (call: Call, resource: string, rest: Segment[]): Outcome => {
  only(call, resource, rest);
  return { kind: 'collection', entities: [] };
};

type ContentType = typeof itemContentType;

function contentTypes(basePath: string, types: readonly ContentType[]): Outcome {
  return { kind: 'collection', entities: types.map((type) => ({ type: 'SP.ContentType', path: `${basePath}/ContentTypes('${type.StringId}')`, properties: type })) };
}

function folderEntity(path: string, name: string, serverRelativeUrl: string, itemCount: number): Entity {
  return { type: 'SP.Folder', path, properties: { Name: name, ServerRelativeUrl: serverRelativeUrl, ItemCount: itemCount, Exists: true, UniqueId: '00000000-0000-0000-0000-000000000000' } };
}

/** Web-level parts; undefined when the segment is not one of them. */
export function routeWebFixedParts(call: Call, next: Segment, rest: Segment[]): Outcome | undefined {
  const sitePath = new URL(call.context.siteUrl).pathname;
  switch (next.name) {
    case 'regionalsettings':
      only(call, 'RegionalSettings', rest);
      return { kind: 'entity', entity: { type: 'SP.RegionalSettings', path: 'Web/RegionalSettings', properties: { LocaleId: 2057, DateFormat: 0, FirstDayOfWeek: 1, Time24: true, TimeZone: { Description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', Id: 2 }, CollationLCID: 2057 } } };
    case 'rootfolder':
      only(call, 'RootFolder', rest);
      return { kind: 'entity', entity: folderEntity('Web/RootFolder', '', sitePath, 0) };
    case 'contenttypes':
      only(call, 'ContentTypes', rest);
      return contentTypes('Web', [itemContentType, documentContentType]);
    case 'webinfos':
      return empty(call, 'WebInfos', rest);
    case 'usercustomactions':
      return empty(call, 'UserCustomActions', rest);
    default:
      return undefined;
  }
}

/** List-level parts; undefined when the segment is not one of them. */
export function routeListFixedParts(call: Call, list: ListState, next: Segment, rest: Segment[]): Outcome | undefined {
  const listPath = `Web/Lists(guid'${list.id}')`;
  const serverRelativeUrl = `${new URL(call.context.siteUrl).pathname}/${list.url}`;
  const view = (): Entity => ({
    type: 'SP.View',
    path: `${listPath}/Views(guid'${list.id}')`,
    properties: { Id: list.id, Title: 'All Items', DefaultView: true, Hidden: false, RowLimit: 30, ServerRelativeUrl: `${serverRelativeUrl}/AllItems.aspx`, ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>' }
  });
  switch (next.name) {
    case 'rootfolder':
      only(call, 'RootFolder', rest);
      return { kind: 'entity', entity: folderEntity(`${listPath}/RootFolder`, list.url.split('/').pop() ?? '', serverRelativeUrl, call.site.itemCount(list)) };
    case 'contenttypes':
      only(call, 'ContentTypes', rest);
      return contentTypes(listPath, [list.baseTemplate === documentLibraryTemplate ? documentContentType : itemContentType]);
    case 'defaultview':
      only(call, 'DefaultView', rest);
      return { kind: 'entity', entity: view() };
    case 'views':
      only(call, 'Views', rest);
      return { kind: 'collection', entities: [view()] };
    case 'usercustomactions':
      return empty(call, 'UserCustomActions', rest);
    case 'subscriptions':
      return empty(call, 'Subscriptions', rest);
    case 'eventreceivers':
      return empty(call, 'EventReceivers', rest);
    default:
      return undefined;
  }
}
