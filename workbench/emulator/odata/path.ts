import { badRequest } from '../sharePointError';
import { readQuoted } from '../quoted';

/** One step of a REST path: `getByTitle('FOI Requests')` is { name: 'getbytitle', args: ['FOI Requests'] }. */
export interface Segment {
  name: string;
  args: Array<string | number>;
}

function parseArgs(text: string): Array<string | number> {
  const args: Array<string | number> = [];
  let index = 0;
  while (index < text.length) {
    if (text[index] === ',' || text[index] === ' ') {
      index++;
      continue;
    }
    const typed = /^(guid)?'/.exec(text.slice(index));
    if (typed) {
      const read = readQuoted(text, index + typed[0].length, "'");
      if (!read) throw badRequest('A quoted value in the address has no closing quote.');
      args.push(read[0]);
      index = read[1];
      continue;
    }
    const bare = /^[^,]+/.exec(text.slice(index))![0].trim();
    args.push(/^-?\d+$/.test(bare) ? Number(bare) : bare);
    index += bare.length;
  }
  return args;
}

/** Splits the part of an address after `_api/` into segments, respecting quotes and parentheses. */
export function parseApiPath(path: string): Segment[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw badRequest('The request address has percent-encoding that does not decode.');
  }
  const segments: Segment[] = [];
  let index = 0;
  while (index < decoded.length) {
    if (decoded[index] === '/') {
      index++;
      continue;
    }
    const name = /^[^/(]+/.exec(decoded.slice(index));
    if (!name) throw badRequest(`The address "${path}" is not valid.`);
    index += name[0].length;
    let args: Array<string | number> = [];
    if (decoded[index] === '(') {
      let depth = 0;
      let inQuote = false;
      const start = index + 1;
      for (; index < decoded.length; index++) {
        const char = decoded[index];
        if (char === "'") inQuote = !inQuote;
        else if (!inQuote && char === '(') depth++;
        else if (!inQuote && char === ')' && --depth === 0) break;
      }
      if (index >= decoded.length) throw badRequest(`The address "${path}" has a parenthesis that does not close.`);
      args = parseArgs(decoded.slice(start, index));
      index++;
      if (index < decoded.length && decoded[index] !== '/') throw badRequest(`The address "${path}" is not valid.`);
    }
    segments.push({ name: name[0].toLowerCase(), args });
  }
  return segments;
}
