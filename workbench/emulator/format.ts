import { fieldTypeKinds, type FieldSpec } from './fieldSpec';
import type { BasePermissions, RoleAssignment, RoleDefinition } from './permissions';
import type { SiteGroup, SiteUser } from './principals';
import { badRequest, SharePointError } from './sharePointError';
import { itemETags, listSettings, type ItemState, type ListState, type Site } from './site';
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

export function userEntity(user: SiteUser, select?: string[]): Entity {
  const properties = {
    Id: user.id,
    IsHiddenInUI: false,
    LoginName: user.loginName,
    Title: user.title,
    PrincipalType: 1,
    Email: user.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: user.isSiteAdmin,
    UserId: user.email ? { NameId: user.id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' } : null,
    UserPrincipalName: user.email || null
  };
  return { type: 'SP.User', path: `Web/GetUserById(${user.id})`, properties: pick(properties, select, 'SP.User') };
}

export function groupEntity(group: SiteGroup, ownerTitle: string, select?: string[]): Entity {
  const properties = {
    Id: group.id,
    IsHiddenInUI: false,
    LoginName: group.title,
    Title: group.title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: group.description,
    OnlyAllowMembersViewMembership: true,
    OwnerTitle: ownerTitle,
    RequestToJoinLeaveEmailSetting: ''
  };
  return { type: 'SP.Group', path: `Web/SiteGroups/GetById(${group.id})`, properties: pick(properties, select, 'SP.Group') };
}

/** SP.BasePermissions: SharePoint writes each half as text, since JSON numbers lose 64-bit precision. */
export function basePermissionsJson(mask: BasePermissions): { High: string; Low: string } {
  return { High: String(mask.high), Low: String(mask.low) };
}

export function roleDefinitionEntity(definition: RoleDefinition, select?: string[]): Entity {
  const properties = {
    BasePermissions: basePermissionsJson(definition.basePermissions),
    Description: definition.description,
    Hidden: definition.hidden,
    Id: definition.id,
    Name: definition.name,
    Order: definition.order,
    RoleTypeKind: definition.roleTypeKind
  };
  return { type: 'SP.RoleDefinition', path: `Web/RoleDefinitions(${definition.id})`, properties: pick(properties, select, 'SP.RoleDefinition') };
}

export function roleAssignmentEntity(scopePath: string, assignment: RoleAssignment, select?: string[]): Entity {
  return { type: 'SP.RoleAssignment', path: `${scopePath}/RoleAssignments/GetByPrincipalId(${assignment.principalId})`, properties: pick({ PrincipalId: assignment.principalId }, select, 'SP.RoleAssignment') };
}

export function entityTypeName(list: ListState): string {
  return `${list.url.split('/').pop()}ListItem`;
}

export function listEntity(list: ListState, site: Site, select: string[] | undefined): Entity {
  const properties: Record<string, unknown> = {
    ...listSettings(list),
    Id: list.id,
    Title: list.title,
    Description: list.description,
    BaseTemplate: list.baseTemplate,
    BaseType: list.baseTemplate === 101 ? 1 : 0,
    // SharePoint's hidden lists (the User Information List, system catalogues) are not emulated: none is hidden here.
    Hidden: false,
    ItemCount: site.itemCount(list),
    EnableVersioning: list.enableVersioning,
    Created: list.created,
    EntityTypeName: entityTypeName(list),
    ListItemEntityTypeFullName: `SP.Data.${entityTypeName(list)}`,
    HasUniqueRoleAssignments: list.roleAssignments !== undefined
  };
  const wanted = new Set((select ?? []).map((name) => name.toLowerCase()));
  // SPList.ValidationFormula is excluded from the default retrieve: it comes back only when selected.
  if (wanted.has('validationformula')) properties.ValidationFormula = list.validationFormula;
  if (wanted.has('validationmessage')) properties.ValidationMessage = list.validationMessage;
  // Reads every item: worked out only when it will be returned, not for every `select('ItemCount')`.
  if (!wanted.size || wanted.has('*') || wanted.has('lastitemmodifieddate')) properties.LastItemModifiedDate = site.lastModified(list);
  return { type: 'SP.List', path: `Web/Lists(guid'${list.id}')`, properties: pick(properties, select, 'SP.List', ['ValidationFormula', 'ValidationMessage']) };
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

export function fieldEntity(list: ListState | undefined, field: FieldSpec, select: string[] | undefined): Entity {
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
    FromBaseType: field.fromBaseType ?? false,
    Hidden: field.hidden ?? false,
    Group: field.group ?? 'Custom Columns',
    DefaultValue: field.default ?? null,
    ValidationFormula: field.validationFormula ?? null,
    ValidationMessage: field.validationMessage ?? null,
    SchemaXml: fieldSchemaXmlOf(field),
    ...(field.maxLength !== undefined ? { MaxLength: field.maxLength } : {}),
    ...(field.type === 'Number' || field.type === 'Currency' ? { MinimumValue: field.min ?? null, MaximumValue: field.max ?? null } : {}),
    ...(field.type === 'Choice' || field.type === 'MultiChoice' ? { Choices: field.choices } : {}),
    ...(field.type === 'DateTime' ? { DisplayFormat: field.format === 'DateOnly' ? 0 : 1 } : {}),
    ...(field.type === 'Lookup' || field.type === 'User' ? { LookupList: field.lookupList ?? '', LookupField: field.showField ?? 'Title' } : {}),
    ...(field.type === 'Calculated' ? { Formula: field.formula ?? '', OutputType: field.resultType ?? 'Text' } : {})
  };
  const path = list ? `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')` : `Web/Fields(guid'${field.id}')`;
  return { type: `SP.Field${field.type}`, path, properties: pick(properties, select, `SP.Field${field.type}`, ['MaxLength', 'MinimumValue', 'MaximumValue', 'Choices', 'DisplayFormat', 'LookupList', 'LookupField', 'Formula', 'OutputType']) };
}

/**
 * $select on an entity: only the named properties, and a property the type does not have is refused as
 * SharePoint refuses it. `optional` names properties the type has but this entity does not carry.
 */
export function pick(properties: Record<string, unknown>, select: string[] | undefined, type: string, optional: readonly string[] = []): Record<string, unknown> {
  if (!select || select.length === 0 || select.includes('*')) return properties;
  const known = new Set([...Object.keys(properties), ...optional].map((name) => name.toLowerCase()));
  for (const name of select) {
    if (!known.has(name.toLowerCase())) {
      throw badRequest(`The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`);
    }
  }
  const wanted = new Set(select.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(properties).filter(([name]) => wanted.has(name.toLowerCase())));
}

function expandedUser(site: Site, id: number | null, properties: string[]): Record<string, unknown> | null {
  const user = id === null ? undefined : site.userById(id);
  if (!user) return null;
  const all: Record<string, unknown> = { Id: user.id, Title: user.title, EMail: user.email, Name: user.loginName, JobTitle: null, Department: null };
  if (!properties.length) return all;
  return Object.fromEntries(
    properties.map((name) => {
      const key = Object.keys(all).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
      if (!key) throw badRequest(`The field or property '${name}' does not exist.`);
      return [key, all[key]];
    })
  );
}

/** The properties every list item has, whatever its list's columns. */
function builtInItemProperties(item: ItemState): Record<string, unknown> {
  return {
    FileSystemObjectType: 0,
    Id: item.id,
    ID: item.id,
    GUID: item.guid,
    ContentTypeId: '0x0100',
    Created: item.created,
    Modified: item.modified,
    AuthorId: item.authorId,
    EditorId: item.editorId,
    OData__UIVersionString: `${item.version}.0`,
    Attachments: false
  };
}

/** Navigation properties SharePoint items have that the emulator does not keep. */
const notEmulatedItemNavigation = new Set(['roleassignments', 'attachmentfiles', 'file', 'folder', 'contenttype', 'firstuniqueancestorsecurableobject', 'properties', 'versions', 'parentlist']);

/** What $select and $expand ask of a list's items, checked against its columns as SharePoint checks them. */
export interface ItemShape {
  plain: Set<string> | undefined;
  projections: Map<string, string[]>;
  expanded: Map<string, FieldSpec | 'author' | 'editor'>;
}

export function itemShape(list: ListState, select: string[] | undefined, expand: string[] | undefined): ItemShape {
  const byName = new Map<string, FieldSpec>();
  for (const field of list.fields) {
    byName.set(field.internalName.toLowerCase(), field);
    byName.set(writeName(field).toLowerCase(), field);
    if (field.type === 'User') byName.set(`${field.internalName}StringId`.toLowerCase(), field);
  }
  const builtIn = new Set([...Object.keys(builtInItemProperties({} as ItemState)), 'Author', 'Editor', 'FieldValuesAsText', 'FieldValuesAsHtml'].map((name) => name.toLowerCase()));
  const expanded = new Map<string, FieldSpec | 'author' | 'editor'>();
  for (const name of expand ?? []) {
    const key = name.toLowerCase();
    if (notEmulatedItemNavigation.has(key)) {
      throw new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', `Expanding ${name} on list items is not emulated.`);
    }
    if (key === 'author' || key === 'editor') expanded.set(key, key);
    else if (key === 'fieldvaluesastext' || key === 'fieldvaluesashtml') continue;
    else {
      const field = byName.get(key);
      if (!field || field.internalName.toLowerCase() !== key) throw badRequest(`The field or property '${name}' does not exist.`);
      if (field.type !== 'User' && field.type !== 'Lookup') throw badRequest(`The field or property '${name}' cannot be expanded: only lookup and person columns can.`);
      expanded.set(key, field);
    }
  }
  const projections = new Map<string, string[]>();
  const plain: string[] = [];
  for (const name of select ?? []) {
    const [head, property, ...deeper] = name.split('/');
    if (property === undefined) {
      if (notEmulatedItemNavigation.has(name.toLowerCase())) continue;
      if (name !== '*' && !builtIn.has(name.toLowerCase()) && !byName.has(name.toLowerCase())) throw badRequest(`The field or property '${name}' does not exist.`);
      plain.push(name);
      continue;
    }
    if (deeper.length || !expanded.has(head.toLowerCase())) {
      throw badRequest(`The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`);
    }
    projections.set(head.toLowerCase(), [...(projections.get(head.toLowerCase()) ?? []), property]);
  }
  const everything = !select || select.length === 0 || plain.includes('*');
  return { plain: everything ? undefined : new Set(plain.map((name) => name.toLowerCase())), projections, expanded };
}

/** An item as REST returns it, honouring $select (with projections such as LeadOfficer/Title) and $expand. */
export function itemEntity(site: Site, list: ListState, item: ItemState, shape: ItemShape): Entity {
  // Only what $select names is worked out: a listing of thousands of items names a few of the list's columns.
  const { plain } = shape;
  const wanted = (name: string): boolean => !plain || plain.has(name.toLowerCase());
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(builtInItemProperties(item))) if (wanted(name)) properties[name] = value;
  for (const field of list.fields) {
    const name = writeName(field);
    const nameWanted = wanted(name);
    const stringIdName = field.type === 'User' ? `${field.internalName}StringId` : undefined;
    const stringIdWanted = stringIdName !== undefined && wanted(stringIdName);
    if (!nameWanted && !stringIdWanted) continue;
    const value = field.type === 'Calculated' ? site.calculated(list, field, item) : item.values[field.internalName] ?? null;
    if (nameWanted) properties[name] = value;
    if (stringIdWanted) properties[stringIdName] = value === null ? null : String(value);
  }
  for (const [name, target] of shape.expanded) {
    const projected = shape.projections.get(name) ?? [];
    if (target === 'author' || target === 'editor') {
      properties[target === 'author' ? 'Author' : 'Editor'] = expandedUser(site, target === 'author' ? item.authorId : item.editorId, projected);
      continue;
    }
    const id = (item.values[target.internalName] ?? null) as number | null;
    if (target.type === 'User') properties[target.internalName] = expandedUser(site, id, projected);
    else {
      for (const property of projected) {
        if (!['id', 'title', (target.showField ?? 'Title').toLowerCase()].includes(property.toLowerCase())) throw badRequest(`The field or property '${property}' does not exist.`);
      }
      properties[target.internalName] = id === null ? null : { Id: id, Title: site.lookupTitle(target, id) };
    }
  }
  return { type: `SP.Data.${entityTypeName(list)}`, path: `Web/Lists(guid'${list.id}')/Items(${item.id})`, etag: itemETags(item)[0], properties };
}

/** FieldValuesAsText: every column as the text SharePoint shows for it. */
export function fieldValuesAsText(site: Site, list: ListState, item: ItemState): Entity {
  const properties: Record<string, unknown> = { ID: String(item.id), Created: item.created, Modified: item.modified };
  for (const field of list.fields) {
    const value = field.type === 'Calculated' ? site.calculated(list, field, item) : item.values[field.internalName] ?? null;
    properties[field.internalName.replace(/_/g, '_x005f_')] = displayText(site, field, value);
  }
  return { type: 'SP.FieldStringValues', path: `Web/Lists(guid'${list.id}')/Items(${item.id})/FieldValuesAsText`, properties };
}

function displayText(site: Site, field: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (field.type === 'User') return site.userById(Number(value))?.title ?? '';
  if (field.type === 'Lookup') return site.lookupTitle(field, Number(value)) ?? '';
  if (field.type === 'Boolean') return value ? 'Yes' : 'No';
  if (field.type === 'DateTime') {
    const date = new Date(String(value));
    return field.format === 'DateOnly'
      ? date.toLocaleDateString('en-GB', { timeZone: 'Europe/London' })
      : date.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' });
  }
  return String(value);
}
