import { badRequest } from '../sharePointError';
import { readQuoted } from '../quoted';

/**
 * OData v3 `$filter` as SharePoint's REST API accepts it for list items: eq ne lt le gt ge, and or not,
 * parentheses, startswith, substringof, null, datetime'…' literals, and projected lookups (Author/Id).
 */

export type Literal = string | number | boolean | null | { datetime: string };

export type FilterExpression =
  | { kind: 'compare'; op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'; field: string; value: Literal }
  | { kind: 'startswith'; field: string; value: string }
  | { kind: 'substringof'; field: string; value: string }
  | { kind: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
  | { kind: 'not'; operand: FilterExpression };

type Token = { kind: 'word' | 'string' | 'number' | 'datetime' | '(' | ')' | ','; text: string };

function tokenise(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: char, text: char });
      index++;
      continue;
    }
    const quoted = (start: number): [string, number] => {
      const read = readQuoted(source, start, "'");
      if (!read) throw badRequest('The expression has a text value with no closing quote.');
      return read;
    };
    if (char === "'") {
      const [text, next] = quoted(index + 1);
      tokens.push({ kind: 'string', text });
      index = next;
      continue;
    }
    if (source.startsWith("datetime'", index)) {
      const [text, next] = quoted(index + "datetime'".length);
      tokens.push({ kind: 'datetime', text });
      index = next;
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(source.slice(index));
    if (number) {
      tokens.push({ kind: 'number', text: number[0] });
      index += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_/]*/.exec(source.slice(index));
    if (!word) throw badRequest(`The expression "${source}" is not valid.`);
    tokens.push({ kind: 'word', text: word[0] });
    index += word[0].length;
  }
  return tokens;
}

const comparisons = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** Past these, SharePoint's query engine gives up too; here they keep a hostile filter from exhausting the stack. */
const maxNesting = 100;
const maxConditions = 500;

export function parseFilter(source: string): FilterExpression {
  const tokens = tokenise(source);
  let position = 0;
  let depth = 0;
  let conditions = 0;
  const tooComplex = () => badRequest(`The $filter is too complex: at most ${maxNesting} levels of parentheses or not, and ${maxConditions} conditions.`);
  const peek = (): Token | undefined => tokens[position];
  const take = (kind: Token['kind'], text?: string): Token => {
    const token = tokens[position++];
    if (!token || token.kind !== kind || (text !== undefined && token.text.toLowerCase() !== text)) {
      throw badRequest(`The expression "${source}" is not valid.`);
    }
    return token;
  };
  const isWord = (text: string): boolean => peek()?.kind === 'word' && peek()!.text.toLowerCase() === text;

  function literal(): Literal {
    const token = tokens[position++];
    if (!token) throw badRequest(`The expression "${source}" is not valid.`);
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') {
      const number = Number(token.text);
      if (!Number.isSafeInteger(Math.trunc(number))) throw badRequest(`The number ${token.text} is too large.`);
      return number;
    }
    if (token.kind === 'datetime') {
      if (Number.isNaN(Date.parse(token.text))) throw badRequest(`"${token.text}" is not a valid date and time.`);
      return { datetime: token.text };
    }
    if (token.kind === 'word' && ['true', 'false', 'null'].includes(token.text.toLowerCase())) {
      return token.text.toLowerCase() === 'null' ? null : token.text.toLowerCase() === 'true';
    }
    throw badRequest(`The expression "${source}" is not valid.`);
  }

  function nested<T>(read: () => T): T {
    if (++depth > maxNesting) throw tooComplex();
    const result = read();
    depth--;
    return result;
  }

  function primary(): FilterExpression {
    if (++conditions > maxConditions) throw tooComplex();
    if (peek()?.kind === '(') {
      position++;
      const inner = nested(or);
      take(')');
      return inner;
    }
    if (isWord('not')) {
      position++;
      return { kind: 'not', operand: nested(primary) };
    }
    if (isWord('startswith') || isWord('substringof')) {
      const name = tokens[position++].text.toLowerCase();
      take('(');
      if (name === 'startswith') {
        const field = take('word').text;
        take(',');
        const value = take('string').text;
        take(')');
        return { kind: 'startswith', field, value };
      }
      const value = take('string').text;
      take(',');
      const field = take('word').text;
      take(')');
      return { kind: 'substringof', field, value };
    }
    const field = take('word').text;
    const op = take('word').text.toLowerCase();
    if (!comparisons.has(op)) throw badRequest(`The operator "${op}" is not supported.`);
    return { kind: 'compare', op: op as 'eq', field, value: literal() };
  }

  function and(): FilterExpression {
    let left = primary();
    while (isWord('and')) {
      position++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  }

  function or(): FilterExpression {
    let left = and();
    while (isWord('or')) {
      position++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  }

  const expression = or();
  if (position < tokens.length) throw badRequest(`The expression "${source}" is not valid.`);
  return expression;
}

/** Reads a field (or a projected field such as Author/Id) from an item; the store decides what that means. */
export type FieldReader = (field: string) => unknown;

function comparable(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object' && 'datetime' in (value as object)) return Date.parse((value as { datetime: string }).datetime);
  if (typeof value === 'string') {
    const time = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? value.toLowerCase() : time;
  }
  return value as number | boolean;
}

function compare(op: string, actual: unknown, expected: Literal): boolean {
  if (Array.isArray(actual)) return actual.some((each) => compare(op, each, expected));
  const [a, b] = [comparable(actual), comparable(expected)];
  if (a === null || b === null) return op === 'eq' ? a === b : op === 'ne' ? a !== b : false;
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    default:
      return a >= b;
  }
}

export function matches(expression: FilterExpression, read: FieldReader): boolean {
  switch (expression.kind) {
    case 'compare':
      return compare(expression.op, read(expression.field), expression.value);
    case 'startswith':
      return String(read(expression.field) ?? '').toLowerCase().startsWith(expression.value.toLowerCase());
    case 'substringof':
      return String(read(expression.field) ?? '').toLowerCase().includes(expression.value.toLowerCase());
    case 'and':
      return matches(expression.left, read) && matches(expression.right, read);
    case 'or':
      return matches(expression.left, read) || matches(expression.right, read);
    case 'not':
      return !matches(expression.operand, read);
  }
}

/** The conditions SharePoint can use to narrow a large list: the comparisons joined by `and` at the top. */
export function topLevelConditions(expression: FilterExpression): FilterExpression[] {
  return expression.kind === 'and' ? [...topLevelConditions(expression.left), ...topLevelConditions(expression.right)] : [expression];
}

export function fieldsIn(expression: FilterExpression): string[] {
  switch (expression.kind) {
    case 'and':
    case 'or':
      return [...fieldsIn(expression.left), ...fieldsIn(expression.right)];
    case 'not':
      return fieldsIn(expression.operand);
    default:
      return [expression.field];
  }
}
