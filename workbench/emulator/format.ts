import type { FieldSpec } from './fieldSpec';
import type { SiteGroup, SiteUser } from './principals';
import { itemETags, type ItemState, type ListState, type Site } from './site';
import { writeName } from './itemValues';
import { escapeXml } from '../../src/domain/lists/schemaXml';

/**
 * The JSON SharePoint returns, in the three shapes a client can ask for with its Accept header:
 * verbose (`{ d: … }` with `__metadata`), minimal metadata (the default for `application/json`, with
 * `odata.*` annotations) and no metadata.
 */
export type Metadata = 'verbose' | 'minimal' | 'none';

export function metadataOf(accept: string | undefined): Metadata {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'none';
  return 'minimal';
}

export interface Entity {
  type: string;
  /** Address relative to the site's _api, used for ids and edit links. */
  path: string;
  etag?: string;
  properties: Record<string, unknown>;
}

export function entityJson(entity: Entity, metadata: Metadata, apiBase: string): Record<string, unknown> {
  if (metadata === 'none') return entity.properties;
  const uri = `${apiBase}/${entity.path}`;
  if (metadata === 'verbose') {
    return { __metadata: { id: uri, uri, type: entity.type, ...(entity.etag ? { etag: entity.etag } : {}) }, ...entity.properties };
  }
  return {
    'odata.type': entity.type,
    'odata.id': uri,
    ...(entity.etag ? { 'odata.etag': entity.etag } : {}),
    'odata.editLink': entity.path,
    ...entity.properties
  };
}

export function singleBody(entity: Entity, metadata: Metadata, apiBase: string): unknown {
  const json = entityJson(entity, metadata, apiBase);
  return metadata === 'verbose' ? { d: json } : { ...(metadata === 'minimal' ? { 'odata.metadata': `${apiBase}/$metadata#${entity.type}` } : {}), ...json };
}

export function collectionBody(entities: Entity[], metadata: Metadata, apiBase: string, nextLink?: string): unknown {
  const results = entities.map((entity) => entityJson(entity, metadata, apiBase));
  if (metadata === 'verbose') return { d: { results, ...(nextLink ? { __next: nextLink } : {}) } };
  return {
    ...(metadata === 'minimal' ? { 'odata.metadata': `${apiBase}/$metadata#Collection` } : {}),
    value: results,
    ...(nextLink ? { 'odata.nextLink': nextLink } : {})
  };
}

export function userEntity(user: SiteUser): Entity {
  return {
    type: 'SP.User',
    path: `Web/GetUserById(${user.id})`,
    properties: {
      Id: user.id,
      Title: user.title,
      Email: user.email,
      LoginName: user.loginName,
      IsSiteAdmin: user.isSiteAdmin,
      PrincipalType: 1,
      UserPrincipalName: user.email || null
    }
  };
}

export function groupEntity(group: SiteGroup): Entity {
  return {
    type: 'SP.Group',
    path: `Web/SiteGroups/GetById(${group.id})`,
    properties: { Id: group.id, Title: group.title, LoginName: group.title, PrincipalType: 8, OwnerTitle: 'Custodian Owners' }
  };
}

const fieldTypeKinds: Record<string, number> = {
  Counter: 5,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  MultiChoice: 15,
  User: 20
};

export function entityTypeName(list: ListState): string {
  return `${list.url.split('/').pop()}ListItem`;
}

export function listEntity(list: ListState, site: Site, select: string[] | undefined): Entity {
  const properties: Record<string, unknown> = {
    Id: list.id,
    Title: list.title,
    Description: list.description,
    BaseTemplate: list.baseTemplate,
    BaseType: 0,
    ItemCount: site.itemCount(list),
    EnableVersioning: list.enableVersioning,
    Created: list.created,
    EntityTypeName: entityTypeName(list),
    ListItemEntityTypeFullName: `SP.Data.${entityTypeName(list)}`,
    HasUniqueRoleAssignments: list.roleAssignments !== undefined,
    Hidden: false
  };
  // SPList.ValidationFormula is excluded from the default retrieve: it comes back only when selected.
  const wanted = new Set((select ?? []).map((name) => name.toLowerCase()));
  if (wanted.has('validationformula')) properties.ValidationFormula = list.validationFormula;
  if (wanted.has('validationmessage')) properties.ValidationMessage = list.validationMessage;
  return { type: 'SP.List', path: `Web/Lists(guid'${list.id}')`, properties: pick(properties, select) };
}

function fieldSchemaXmlOf(field: FieldSpec): string {
  const attributes = [
    `ID="{${field.id}}"`,
    `Name="${escapeXml(field.internalName)}"`,
    `StaticName="${escapeXml(field.internalName)}"`,
    `DisplayName="${escapeXml(field.title)}"`,
    `Type="${field.type}"`,
    `Required="${field.required ? 'TRUE' : 'FALSE'}"`,
    ...(field.unique ? ['EnforceUniqueValues="TRUE"'] : []),
    ...(field.indexed ? ['Indexed="TRUE"'] : []),
    ...(field.maxLength !== undefined ? [`MaxLength="${field.maxLength}"`] : []),
    ...(field.min !== undefined ? [`Min="${field.min}"`] : []),
    ...(field.max !== undefined ? [`Max="${field.max}"`] : []),
    ...(field.format ? [`Format="${escapeXml(field.format)}"`] : [])
  ];
  const choices = field.choices.length ? `<CHOICES>${field.choices.map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('')}</CHOICES>` : '';
  const fallback = field.default !== undefined ? `<Default>${escapeXml(field.default)}</Default>` : '';
  const validation = field.validationFormula
    ? `<Validation Message="${escapeXml(field.validationMessage ?? '')}">${escapeXml(field.validationFormula)}</Validation>`
    : '';
  return `<Field ${attributes.join(' ')}>${fallback}${choices}${validation}</Field>`;
}

export function fieldEntity(list: ListState, field: FieldSpec, select: string[] | undefined): Entity {
  const properties: Record<string, unknown> = {
    Id: field.id,
    InternalName: field.internalName,
    StaticName: field.internalName,
    EntityPropertyName: field.internalName,
    Title: field.title,
    Description: field.description,
    TypeAsString: field.type,
    FieldTypeKind: fieldTypeKinds[field.type] ?? 0,
    Required: field.required,
    EnforceUniqueValues: field.unique,
    Indexed: field.indexed,
    ReadOnlyField: field.readOnly,
    Hidden: false,
    DefaultValue: field.default ?? null,
    ValidationFormula: field.validationFormula ?? null,
    ValidationMessage: field.validationMessage ?? null,
    SchemaXml: fieldSchemaXmlOf(field),
    ...(field.maxLength !== undefined ? { MaxLength: field.maxLength } : {}),
    ...(field.type === 'Number' || field.type === 'Currency' ? { MinimumValue: field.min ?? null, MaximumValue: field.max ?? null } : {}),
    ...(field.type === 'Choice' || field.type === 'MultiChoice' ? { Choices: field.choices } : {}),
    ...(field.type === 'DateTime' ? { DisplayFormat: field.format === 'DateOnly' ? 0 : 1 } : {}),
    ...(field.type === 'Lookup' || field.type === 'User' ? { LookupList: field.lookupList ?? '', LookupField: field.showField ?? 'Title' } : {})
  };
  return { type: `SP.Field${field.type}`, path: `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')`, properties: pick(properties, select) };
}

function pick(properties: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select || select.length === 0 || select.includes('*')) return properties;
  const wanted = new Set(select.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(properties).filter(([name]) => wanted.has(name.toLowerCase())));
}

function expandedUser(site: Site, id: number | null, properties: string[]): Record<string, unknown> | null {
  const user = id === null ? undefined : site.userById(id);
  if (!user) return null;
  const all: Record<string, unknown> = { Id: user.id, Title: user.title, EMail: user.email, Name: user.loginName };
  return properties.length ? Object.fromEntries(properties.map((name) => [name, all[Object.keys(all).find((key) => key.toLowerCase() === name.toLowerCase()) ?? name]])) : all;
}

/** An item as REST returns it, honouring $select (with projections such as LeadOfficer/Title) and $expand. */
export function itemEntity(site: Site, list: ListState, item: ItemState, select: string[] | undefined, expand: string[] | undefined): Entity {
  const all: Record<string, unknown> = {
    FileSystemObjectType: 0,
    Id: item.id,
    ID: item.id,
    GUID: item.guid,
    Created: item.created,
    Modified: item.modified,
    AuthorId: item.authorId,
    EditorId: item.editorId,
    OData__UIVersionString: `${item.version}.0`,
    Attachments: false
  };
  for (const field of list.fields) {
    const value = item.values[field.internalName] ?? null;
    all[writeName(field)] = value;
    if (field.type === 'User') all[`${field.internalName}StringId`] = value === null ? null : String(value);
  }
  const expanded = new Set((expand ?? []).map((name) => name.toLowerCase()));
  const projections = new Map<string, string[]>();
  for (const name of select ?? []) {
    const [head, property] = name.split('/');
    if (property) projections.set(head.toLowerCase(), [...(projections.get(head.toLowerCase()) ?? []), property]);
  }
  const plain = (select ?? []).filter((name) => !name.includes('/'));
  const wanted = new Set(plain.map((name) => name.toLowerCase()));
  const everything = !select || select.length === 0 || wanted.has('*');
  const properties = everything ? { ...all } : Object.fromEntries(Object.entries(all).filter(([name]) => wanted.has(name.toLowerCase())));
  for (const name of expanded) {
    const projected = projections.get(name) ?? [];
    if (name === 'author' || name === 'editor') {
      properties[name === 'author' ? 'Author' : 'Editor'] = expandedUser(site, name === 'author' ? item.authorId : item.editorId, projected);
      continue;
    }
    const field = list.fields.find((candidate) => candidate.internalName.toLowerCase() === name);
    if (!field) continue;
    const id = (item.values[field.internalName] ?? null) as number | null;
    properties[field.internalName] =
      field.type === 'User' ? expandedUser(site, id, projected) : id === null ? null : { Id: id, Title: site.lookupTitle(field, id) };
  }
  return { type: `SP.Data.${entityTypeName(list)}`, path: `Web/Lists(guid'${list.id}')/Items(${item.id})`, etag: itemETags(item)[0], properties };
}
