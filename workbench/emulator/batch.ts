import { badRequest, SharePointError } from './sharePointError';
import type { EmulatorRequest, EmulatorResponse } from './rest';

/**
 * OData $batch (multipart/mixed) as SharePoint takes it: GETs as parts of the batch, writes inside a
 * changeset. Operations run in order and are not transactional: a failed write does not undo the others.
 * The answer is one `--batchresponse_…` part per operation, in order, which is what PnPjs parses.
 */

const statusText: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

function boundaryOf(contentType: string | undefined): string {
  const match = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  if (!match) throw badRequest('A $batch request needs a multipart/mixed boundary.');
  return match[1];
}

/** The parts between `--boundary` lines, without the closing `--boundary--`. */
function splitParts(body: string, boundary: string): string[] {
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(`--${boundary}`)) {
      if (current) parts.push(current.join('\n'));
      current = line.startsWith(`--${boundary}--`) ? undefined : [];
    } else current?.push(line);
  }
  return parts;
}

function splitHead(text: string): [string[], string] {
  const lines = text.split('\n');
  const blank = lines.findIndex((line) => line.trim() === '');
  return blank < 0 ? [lines, ''] : [lines.slice(0, blank), lines.slice(blank + 1).join('\n')];
}

function headerMap(lines: string[]): Record<string, string> {
  return Object.fromEntries(
    lines
      .map((line) => line.indexOf(':'))
      .map((colon, index) => [lines[index].slice(0, colon).trim().toLowerCase(), lines[index].slice(colon + 1).trim()] as const)
      .filter(([name]) => name)
  );
}

/** At most this many operations in one batch, as SharePoint Online limits a batch (to 1,000 requests). */
export const maxBatchOperations = 1000;

/**
 * Reads every operation of a batch, in order, changesets flattened. A part that cannot be read becomes the
 * refusal to answer in its place, so the parts around it are still carried out and answered.
 */
export function parseBatch(outer: EmulatorRequest, depth = 0): Array<EmulatorRequest | SharePointError> {
  const operations: Array<EmulatorRequest | SharePointError> = [];
  for (const part of splitParts(outer.body, boundaryOf(outer.headers['content-type']))) {
    const [partHeaderLines, partBody] = splitHead(part);
    const partHeaders = headerMap(partHeaderLines);
    if ((partHeaders['content-type'] ?? '').toLowerCase().startsWith('multipart/mixed')) {
      if (depth > 0) {
        operations.push(badRequest('A changeset cannot contain another changeset.'));
        continue;
      }
      try {
        operations.push(...parseBatch({ ...outer, headers: { ...outer.headers, 'content-type': partHeaders['content-type'] }, body: partBody }, depth + 1));
      } catch (error) {
        if (!(error instanceof SharePointError)) throw error;
        operations.push(error);
      }
      continue;
    }
    operations.push(operationOf(outer, partBody));
  }
  if (operations.length > maxBatchOperations) throw badRequest(`A $batch may hold at most ${maxBatchOperations} operations.`);
  return operations;
}

function operationOf(outer: EmulatorRequest, partBody: string): EmulatorRequest | SharePointError {
  const [requestLines, body] = splitHead(partBody);
  const [requestLine, ...headerLines] = requestLines;
  const match = /^(\w+)\s+(\S+)\s+HTTP\/1\.1$/i.exec((requestLine ?? '').trim());
  if (!match) return badRequest('A $batch part has no request line.');
  let url: string;
  try {
    url = new URL(match[2], outer.url).href;
  } catch {
    return badRequest(`A $batch part's address "${match[2]}" is not valid.`);
  }
  const headers = headerMap(headerLines);
  // Inside a batch the verb is the request line's own; X-HTTP-Method still applies to a POST.
  return { method: match[1].toUpperCase(), url, headers: { ...headers, 'x-requestdigest': outer.headers['x-requestdigest'] ?? '' }, body: body.trim() };
}

export function formatBatchResponse(responses: EmulatorResponse[], boundary: string): string {
  const parts = responses.map((response) => {
    const headers = Object.entries(response.headers).map(([name, value]) => `${name}: ${value}`);
    return [
      `--batchresponse_${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `HTTP/1.1 ${response.status} ${statusText[response.status] ?? 'Status'}`,
      ...headers,
      '',
      response.body
    ].join('\r\n');
  });
  return `${parts.join('\r\n')}\r\n--batchresponse_${boundary}--\r\n`;
}
