import { fieldTypeKinds, type FieldSpec } from '../fieldSpec';
import { fieldEntity } from '../format';
import type { Segment } from '../odata/path';
import { escapeXml } from '../../../src/domain/lists/schemaXml';
import { badRequest, SharePointError } from '../sharePointError';
import type { ListState } from '../site';
import { noContent, ok, resourceNotFound, type Call, type Outcome } from './call';

const fieldTypeNames: Record<number, string> = Object.fromEntries(Object.entries(fieldTypeKinds).map(([name, kind]) => [kind, name]));

/**
 * The internal name SharePoint makes from a new column's title: each character an XML name may not hold
 * escaped as _xHHHH_ ("Ward and bed" → "Ward_x0020_and_x0020_bed"), a leading digit too, cut at 32 characters.
 */
function internalNameOf(title: string): string {
  const escape = (char: string): string => `_x${char.charCodeAt(0).toString(16).padStart(4, '0')}_`;
  return [...title]
    .map((char, index) => (/[A-Za-z_]/.test(char) || (index > 0 && /[0-9]/.test(char)) ? char : escape(char)))
    .join('')
    .slice(0, 32);
}

/** fields.add(title, kind, properties) and fields/addfield: the typed calls, as SchemaXml the site can read. */
function schemaXmlFromProperties(properties: Record<string, unknown>): string {
  const type = fieldTypeNames[Number(properties.FieldTypeKind)];
  if (!type) throw new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', `Columns of field type kind ${String(properties.FieldTypeKind)} are not emulated.`);
  const title = String(properties.Title ?? '');
  if (!title.trim()) throw badRequest('A column needs a Title.');
  const name = String(properties.InternalName ?? properties.StaticName ?? internalNameOf(title));
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
    Description: properties.Description,
    List: properties.LookupListId ? `{${String(properties.LookupListId).replace(/[{}]/g, '')}}` : properties.LookupList,
    ShowField: properties.LookupFieldName ?? properties.LookupField,
    ResultType: type === 'Calculated' ? (fieldTypeNames[Number(properties.OutputType)] ?? 'Text') : undefined
  };
  const opening = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${key}="${escapeXml(String(value))}"`)
    .join(' ');
  const choiceList = (properties.Choices as { results?: unknown[] } | unknown[] | undefined) ?? [];
  const choices = (Array.isArray(choiceList) ? choiceList : choiceList.results ?? []).map((choice) => `<CHOICE>${escapeXml(String(choice))}</CHOICE>`);
  const formula = type === 'Calculated' ? `<Formula>${escapeXml(String(properties.Formula ?? ''))}</Formula>` : '';
  return `<Field ${opening}>${choices.length ? `<CHOICES>${choices.join('')}</CHOICES>` : ''}${formula}</Field>`;
}

/** A list's fields, or the web's site columns when `list` is undefined. */
export function routeFields(call: Call, list: ListState | undefined, self: Segment, segments: Segment[]): Outcome {
  const { site, user } = call;
  const fields: FieldSpec[] = list ? list.fields : site.siteFields();
  if (list) site.assert(user, 'viewListItems', list);
  const [next, ...rest] = self.args.length ? [self, ...segments] : segments;
  const added = (schemaXml: string): Outcome => ({ kind: 'entity', entity: fieldEntity(list, site.addField(list, schemaXml, user), undefined), status: 201 });
  if (!next) {
    call.only('Fields', 'GET', 'POST');
    if (call.verb === 'POST') return added(schemaXmlFromProperties(call.body()));
    return { kind: 'collection', entities: fields.map((field) => fieldEntity(list, field, call.select)) };
  }
  let field: FieldSpec | undefined;
  switch (next.name) {
    case 'createfieldasxml':
    case 'addfield': {
      call.only(next.name === 'addfield' ? 'AddField' : 'CreateFieldAsXml', 'POST');
      call.end(rest);
      const parameters = call.body().parameters as Record<string, unknown> | undefined;
      if (next.name === 'addfield') {
        if (!parameters) throw badRequest('addfield needs parameters.');
        return added(schemaXmlFromProperties(parameters));
      }
      if (typeof parameters?.SchemaXml !== 'string') throw badRequest('createfieldasxml needs parameters.SchemaXml.');
      return added(parameters.SchemaXml);
    }
    case 'fields':
    case 'getbyid': {
      const id = call.argument(next).replace(/[{}]/g, '').toLowerCase();
      field = fields.find((candidate) => candidate.id === id);
      if (!field) throw badRequest(`Invalid field name. {${id}}`);
      break;
    }
    case 'getbyinternalnameortitle':
    case 'getbytitle':
      field = site.fieldByName(fields, call.argument(next));
      break;
    default:
      throw resourceNotFound(next);
  }
  const [action, ...afterAction] = rest;
  const forms: Record<string, 'display' | 'edit' | 'new'> = { setshowindisplayform: 'display', setshowineditform: 'edit', setshowinnewform: 'new' };
  if (action && forms[action.name]) {
    call.only(action.name, 'POST');
    call.end(afterAction);
    const shown = call.argument(action);
    if (!/^(true|false)$/i.test(shown)) throw badRequest(`${action.name} takes true or false.`);
    site.showFieldIn(list, field, forms[action.name], shown.toLowerCase() === 'true', user);
    return ok();
  }
  call.end(rest);
  call.only('Field', 'GET', 'MERGE', 'PATCH', 'DELETE');
  if (call.verb === 'MERGE' || call.verb === 'PATCH') {
    site.updateField(list, field, call.body(), user);
    return noContent();
  }
  if (call.verb === 'DELETE') {
    site.deleteField(list, field, user);
    return ok();
  }
  return { kind: 'entity', entity: fieldEntity(list, field, call.select) };
}
