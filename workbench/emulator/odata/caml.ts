import { XMLParser } from 'fast-xml-parser';
import { badRequest, SharePointError } from '../sharePointError';

/**
 * A CAML view (`<View><Query><Where>…</Where><OrderBy>…</OrderBy></Query><ViewFields>…</ViewFields>
 * <RowLimit>…</RowLimit></View>`) read into the same query the OData options give, so that CAML and
 * $filter share one evaluator and one list view threshold. Only the comparison, null and text operators
 * with And/Or are emulated; anything else is refused.
 */
export interface CamlQuery {
  filter?: string;
  orderBy?: string;
  viewFields?: string[];
  rowLimit?: number;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, trimValues: true, isArray: (name) => ['FieldRef', 'And', 'Or', 'Eq', 'Neq', 'Lt', 'Leq', 'Gt', 'Geq', 'IsNull', 'IsNotNull', 'BeginsWith', 'Contains'].includes(name) });

type Node = Record<string, unknown>;

const comparisons: Record<string, string> = { Eq: 'eq', Neq: 'ne', Lt: 'lt', Leq: 'le', Gt: 'gt', Geq: 'ge' };

function notEmulated(what: string): SharePointError {
  return new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', `CAML ${what} is not emulated.`);
}

function fieldName(node: Node): string {
  const ref = (node.FieldRef as Node[] | undefined)?.[0];
  const name = ref?.Name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw badRequest('A CAML condition needs a FieldRef with a Name.');
  return ref?.LookupId === 'TRUE' ? `${name}Id` : name;
}

function literal(node: Node): string {
  const value = node.Value as Node | string | number | undefined;
  if (value === undefined) throw badRequest('A CAML comparison needs a Value.');
  const type = typeof value === 'object' ? String(value.Type ?? 'Text') : 'Text';
  const text = typeof value === 'object' ? String(value['#text'] ?? '') : String(value);
  switch (type) {
    case 'Number':
    case 'Counter':
    case 'Integer':
    case 'Currency':
    case 'Lookup':
      if (!/^-?\d+(\.\d+)?$/.test(text)) throw badRequest(`The CAML value '${text}' is not a number.`);
      return text;
    case 'Boolean':
      return text === '1' || text.toLowerCase() === 'true' ? 'true' : 'false';
    case 'DateTime':
      return `datetime'${text.replace(/'/g, "''")}'`;
    case 'Text':
    case 'Note':
    case 'Choice':
      return `'${text.replace(/'/g, "''")}'`;
    default:
      throw notEmulated(`Value Type="${type}"`);
  }
}

function condition(name: string, node: Node): string {
  if (name in comparisons) return `${fieldName(node)} ${comparisons[name]} ${literal(node)}`;
  if (name === 'IsNull') return `${fieldName(node)} eq null`;
  if (name === 'IsNotNull') return `${fieldName(node)} ne null`;
  if (name === 'BeginsWith') return `startswith(${fieldName(node)},${literal(node)})`;
  if (name === 'Contains') return `substringof(${literal(node)},${fieldName(node)})`;
  if (name === 'And' || name === 'Or') {
    const parts = conditions(node);
    if (parts.length !== 2) throw badRequest(`A CAML <${name}> holds exactly two conditions.`);
    return `(${parts[0]} ${name.toLowerCase()} ${parts[1]})`;
  }
  throw notEmulated(`<${name}>`);
}

function conditions(node: Node): string[] {
  return Object.entries(node).flatMap(([name, children]) => (Array.isArray(children) ? (children as Node[]).map((child) => condition(name, child)) : name === '#text' ? [] : [condition(name, children as Node)]));
}

export function queryFromCaml(viewXml: string): CamlQuery {
  let document: Node;
  try {
    document = parser.parse(viewXml) as Node;
  } catch {
    throw badRequest('The CAML view XML is not well formed.');
  }
  const view = document.View as Node | '' | undefined;
  if (view === undefined) throw badRequest('The CAML query needs a <View> element.');
  const body = (view || {}) as Node;
  const query = (body.Query || {}) as Node;
  const where = query.Where as Node | undefined;
  const whereParts = where ? conditions(where) : [];
  if (whereParts.length > 1) throw badRequest('A CAML <Where> holds one condition: join more with <And> or <Or>.');
  const order = ((query.OrderBy as Node | undefined)?.FieldRef as Node[] | undefined) ?? [];
  if (order.length > 1) throw notEmulated('ordering by more than one column');
  const rowLimit = body.RowLimit === undefined ? undefined : Number(typeof body.RowLimit === 'object' ? (body.RowLimit as Node)['#text'] : body.RowLimit);
  if (rowLimit !== undefined && (!Number.isInteger(rowLimit) || rowLimit < 1 || rowLimit > 5000)) throw badRequest('RowLimit must be a whole number from 1 to 5000.');
  const viewFields = ((body.ViewFields as Node | undefined)?.FieldRef as Node[] | undefined)?.map((ref) => String(ref.Name));
  return {
    filter: whereParts[0],
    orderBy: order[0] ? `${String(order[0].Name)} ${order[0].Ascending === 'FALSE' ? 'desc' : 'asc'}` : undefined,
    viewFields: viewFields?.length ? ['Id', ...viewFields] : undefined,
    rowLimit
  };
}
