/**
 * The formula language of SharePoint column and list validation (the calculated-field language, itself a
 * subset of Excel's): parsing and evaluation, with Excel's treatment of blanks, text and errors.
 * Sources: "Calculated Field Formulas" and "Examples of common formulas in lists" (Microsoft), SPList
 * .ValidationFormula ("if a calculation error occurs, the update is not permitted").
 */

import { readQuoted } from '../quoted';

export class FormulaError {
  constructor(readonly code: '#VALUE!' | '#DIV/0!' | '#NAME?' | '#NUM!') {}
}

/** null is a blank cell; dates are serial day numbers as in Excel (1 = 1900-01-01, 1970-01-01 = 25569). */
export type FormulaValue = number | string | boolean | null | FormulaError;

export type Expression =
  | { kind: 'literal'; value: number | string | boolean }
  | { kind: 'column'; name: string }
  | { kind: 'call'; name: string; args: Expression[] }
  | { kind: 'unary'; op: '-'; arg: Expression }
  | { kind: 'binary'; op: string; left: Expression; right: Expression };

export class FormulaSyntaxError extends Error {}

type Token = { kind: 'number' | 'string' | 'column' | 'name' | 'op' | 'paren' | 'comma'; text: string };

function tokenise(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (/\s/.test(char)) {
      index++;
    } else if (char === '"') {
      const read = readQuoted(source, index + 1, '"');
      if (!read) throw new FormulaSyntaxError('A text value has no closing quote.');
      const [text, next] = read;
      index = next;
      tokens.push({ kind: 'string', text });
    } else if (char === '[') {
      const end = source.indexOf(']', index);
      if (end < 0) throw new FormulaSyntaxError('A column name has no closing bracket.');
      tokens.push({ kind: 'column', text: source.slice(index + 1, end) });
      index = end + 1;
    } else if (/[0-9.]/.test(char)) {
      const match = /^\d*\.?\d+(?:[eE][+-]?\d+)?/.exec(source.slice(index));
      if (!match) throw new FormulaSyntaxError(`Unexpected "${char}".`);
      tokens.push({ kind: 'number', text: match[0] });
      index += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(source.slice(index))!;
      tokens.push({ kind: 'name', text: match[0].toUpperCase() });
      index += match[0].length;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: 'paren', text: char });
      index++;
    } else if (char === ',') {
      tokens.push({ kind: 'comma', text: char });
      index++;
    } else {
      const op = ['<=', '>=', '<>'].find((candidate) => source.startsWith(candidate, index)) ?? char;
      if (!['<=', '>=', '<>', '=', '<', '>', '+', '-', '*', '/', '&', '^'].includes(op)) {
        throw new FormulaSyntaxError(`Unexpected "${char}".`);
      }
      tokens.push({ kind: 'op', text: op });
      index += op.length;
    }
  }
  return tokens;
}

const precedence: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '<=': 1, '>': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

/** Parses a formula, with or without its leading "=". */
export function parseFormula(source: string): Expression {
  const tokens = tokenise(source.trim().replace(/^=/, ''));
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const expect = (kind: Token['kind'], text?: string): Token => {
    const token = tokens[position++];
    if (!token || token.kind !== kind || (text !== undefined && token.text !== text)) {
      throw new FormulaSyntaxError(`Expected ${text ?? kind} but found ${token ? `"${token.text}"` : 'the end'}.`);
    }
    return token;
  };

  function primary(): Expression {
    const token = tokens[position++];
    if (!token) throw new FormulaSyntaxError('The formula ends too soon.');
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', value: Number(token.text) };
      case 'string':
        return { kind: 'literal', value: token.text };
      case 'column':
        return { kind: 'column', name: token.text };
      case 'paren':
        if (token.text === '(') {
          const inner = binary(0);
          expect('paren', ')');
          return inner;
        }
        break;
      case 'op':
        // Excel negates before it raises to a power: -2^2 is 4.
        if (token.text === '-') return { kind: 'unary', op: '-', arg: primary() };
        if (token.text === '+') return primary();
        break;
      case 'name': {
        if (peek()?.text !== '(') {
          if (token.text === 'TRUE' || token.text === 'FALSE') return { kind: 'literal', value: token.text === 'TRUE' };
          throw new FormulaSyntaxError(`"${token.text}" is not a function or value.`);
        }
        position++;
        const args: Expression[] = [];
        if (peek()?.text !== ')') {
          for (;;) {
            args.push(binary(0));
            if (peek()?.kind === 'comma') position++;
            else break;
          }
        }
        expect('paren', ')');
        return { kind: 'call', name: token.text, args };
      }
      default:
        break;
    }
    throw new FormulaSyntaxError(`Unexpected "${token.text}".`);
  }

  function binary(minimum: number): Expression {
    let left = primary();
    for (;;) {
      const token = peek();
      if (!token || token.kind !== 'op' || precedence[token.text] === undefined || precedence[token.text] < minimum) break;
      position++;
      const right = binary(precedence[token.text] + 1);
      left = { kind: 'binary', op: token.text, left, right };
    }
    return left;
  }

  const expression = binary(0);
  if (position < tokens.length) throw new FormulaSyntaxError(`Unexpected "${tokens[position].text}".`);
  return expression;
}

export interface FormulaContext {
  /** The value of a column, by display name; undefined when the list has no such column. */
  column: (displayName: string) => FormulaValue | undefined;
  /** Today's date as an Excel serial day number. */
  today: number;
}

const isError = (value: FormulaValue): value is FormulaError => value instanceof FormulaError;
const valueError = new FormulaError('#VALUE!');

function toNumber(value: FormulaValue): number | FormulaError {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : valueError;
}

function toText(value: FormulaValue): string | FormulaError {
  if (isError(value)) return value;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function toBoolean(value: FormulaValue): boolean | FormulaError {
  if (isError(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === null) return false;
  const upper = value.toUpperCase();
  return upper === 'TRUE' ? true : upper === 'FALSE' ? false : valueError;
}

/** Excel orders numbers below text below logical values; text compares without regard to case. */
function compareValues(left: FormulaValue, right: FormulaValue): number {
  const blankAs = (value: FormulaValue, other: FormulaValue): FormulaValue =>
    value !== null ? value : typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const [a, b] = [blankAs(left, right), blankAs(right, left)];
  const rank = (value: FormulaValue): number => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x === y ? 0 : x < y ? -1 : 1;
  }
  const [x, y] = [Number(a), Number(b)];
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Excel's serial day number for a calendar date (valid for dates after 1900-03-01). */
export function serialOfDate(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25569;
}

type FunctionImplementation = (args: Expression[], context: FormulaContext) => FormulaValue;

function evaluateAll(args: Expression[], context: FormulaContext): FormulaValue[] {
  return args.map((arg) => evaluate(arg, context));
}

function numeric(operation: (...numbers: number[]) => FormulaValue): FunctionImplementation {
  return (args, context) => {
    const numbers: number[] = [];
    for (const value of evaluateAll(args, context)) {
      const number = toNumber(value);
      if (isError(number)) return number;
      numbers.push(number);
    }
    return operation(...numbers);
  };
}

function logical(combine: (values: boolean[]) => boolean): FunctionImplementation {
  return (args, context) => {
    const values: boolean[] = [];
    for (const value of evaluateAll(args, context)) {
      if (value === null) continue;
      const bool = toBoolean(value);
      if (isError(bool)) return bool;
      values.push(bool);
    }
    return values.length ? combine(values) : valueError;
  };
}

function textFunction(operation: (text: string, ...numbers: number[]) => FormulaValue): FunctionImplementation {
  return (args, context) => {
    const [first, ...rest] = evaluateAll(args, context);
    const text = toText(first ?? null);
    if (isError(text)) return text;
    const numbers: number[] = [];
    for (const value of rest) {
      const number = toNumber(value);
      if (isError(number)) return number;
      numbers.push(number);
    }
    return operation(text, ...numbers);
  };
}

const functions: Record<string, FunctionImplementation> = {
  AND: logical((values) => values.every(Boolean)),
  OR: logical((values) => values.some(Boolean)),
  NOT: (args, context) => {
    const value = toBoolean(evaluate(args[0], context));
    return isError(value) ? value : !value;
  },
  IF: (args, context) => {
    const condition = toBoolean(evaluate(args[0], context));
    if (isError(condition)) return condition;
    if (condition) return evaluate(args[1], context);
    return args.length > 2 ? evaluate(args[2], context) : false;
  },
  ISBLANK: (args, context) => evaluate(args[0], context) === null,
  ISERROR: (args, context) => isError(evaluate(args[0], context)),
  ISNUMBER: (args, context) => typeof evaluate(args[0], context) === 'number',
  LEN: textFunction((text) => text.length),
  LEFT: textFunction((text, count = 1) => text.slice(0, count)),
  RIGHT: textFunction((text, count = 1) => (count <= 0 ? '' : text.slice(-count))),
  MID: textFunction((text, start, count) => (start < 1 || count < 0 ? new FormulaError('#VALUE!') : text.slice(start - 1, start - 1 + count))),
  LOWER: textFunction((text) => text.toLowerCase()),
  UPPER: textFunction((text) => text.toUpperCase()),
  TRIM: textFunction((text) => text.trim().replace(/ +/g, ' ')),
  VALUE: textFunction((text) => toNumber(text)),
  TEXT: (args, context) => {
    const [value, format] = evaluateAll(args, context);
    const number = toNumber(value);
    if (isError(number)) return number;
    // Only the whole-number format the registers use; any other format is reported, not guessed.
    // BigInt writes every digit of a large number, as Excel does ("3E60" is 61 characters long).
    return toText(format) === '0' ? BigInt(Math.round(number)).toString() : new FormulaError('#VALUE!');
  },
  CONCATENATE: (args, context) => {
    let joined = '';
    for (const value of evaluateAll(args, context)) {
      const text = toText(value);
      if (isError(text)) return text;
      joined += text;
    }
    return joined;
  },
  MOD: numeric((number, divisor) => (divisor === 0 ? new FormulaError('#DIV/0!') : number - divisor * Math.floor(number / divisor))),
  INT: numeric((number) => Math.floor(number)),
  ABS: numeric((number) => Math.abs(number)),
  DATE: numeric((year, month, day) => serialOfDate(year, month, day)),
  TODAY: (_, context) => context.today
};

export function evaluate(expression: Expression, context: FormulaContext): FormulaValue {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'column': {
      const value = context.column(expression.name);
      return value === undefined ? new FormulaError('#NAME?') : value;
    }
    case 'call': {
      const implementation = functions[expression.name];
      return implementation ? implementation(expression.args, context) : new FormulaError('#NAME?');
    }
    case 'unary': {
      const number = toNumber(evaluate(expression.arg, context));
      return isError(number) ? number : -number;
    }
    case 'binary': {
      const left = evaluate(expression.left, context);
      const right = evaluate(expression.right, context);
      if (isError(left)) return left;
      if (isError(right)) return right;
      if (expression.op === '&') return `${toText(left)}${toText(right)}`;
      if (['=', '<>', '<', '<=', '>', '>='].includes(expression.op)) {
        const order = compareValues(left, right);
        return { '=': order === 0, '<>': order !== 0, '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[
          expression.op
        ] as boolean;
      }
      const [a, b] = [toNumber(left), toNumber(right)];
      if (isError(a)) return a;
      if (isError(b)) return b;
      switch (expression.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? new FormulaError('#DIV/0!') : a / b;
        default:
          return a ** b;
      }
    }
  }
}

/** A validation formula passes only when it evaluates to TRUE; FALSE or any calculation error refuses the save. */
// A list's few formulas are evaluated on every write: parse each once.
const parsed = new Map<string, Expression>();

function parsedOnce(formula: string): Expression {
  let expression = parsed.get(formula);
  if (!expression) {
    expression = parseFormula(formula);
    if (parsed.size > 1_000) parsed.clear();
    parsed.set(formula, expression);
  }
  return expression;
}

export function validationPasses(formula: string | Expression, context: FormulaContext): boolean {
  const expression = typeof formula === 'string' ? parsedOnce(formula) : formula;
  return toBoolean(evaluate(expression, context)) === true;
}
