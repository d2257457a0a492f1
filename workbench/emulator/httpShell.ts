import type * as http from 'node:http';
import { gzip } from 'node:zlib';
import { LostAnswer, type SharePointEmulator } from './emulator';
import { errorResponse } from './rest';
import { metadataOf } from './format';
import { SharePointError } from './sharePointError';

/**
 * The largest request body the emulator reads. SharePoint Online refuses large REST bodies too (its exact
 * limit for JSON calls is not published); ours is far above any batch the data layer sends (≤ 1 MB).
 */
export const maxRequestBytes = 10 * 1024 * 1024;

const hostPattern = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Whether a client's Accept-Encoding takes gzip: named (or `*`) without `q=0`. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';').map((piece) => piece.trim());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

function refuse(response: http.ServerResponse, request: http.IncomingMessage, error: SharePointError): void {
  const answer = errorResponse(error, metadataOf(request.headers.accept));
  response.writeHead(answer.status, { 'cache-control': 'no-store', connection: 'close', ...answer.headers });
  response.end(answer.body);
}

/**
 * The emulator behind Node's HTTP server: reads the request (up to maxRequestBytes), asks the emulator,
 * writes its answer. `origin` is the server's own address: answers name it, whatever Host a client sends.
 */
export function serveEmulator(emulator: SharePointEmulator, request: http.IncomingMessage, response: http.ServerResponse, origin: string): void {
  const host = request.headers.host ?? '';
  if (!hostPattern.test(host)) return refuse(response, request, new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Bad Request - Invalid Hostname.'));
  const declared = Number(request.headers['content-length'] ?? 0);
  const tooLarge = (): SharePointError => new SharePointError(413, '-2147024882, System.OutOfMemoryException', `The request is larger than ${maxRequestBytes} bytes.`);
  if (declared > maxRequestBytes) {
    request.resume();
    return refuse(response, request, tooLarge());
  }
  const chunks: Buffer[] = [];
  let received = 0;
  let refused = false;
  request.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > maxRequestBytes && !refused) {
      refused = true;
      chunks.length = 0;
      refuse(response, request, tooLarge());
      request.destroy();
    } else if (!refused) chunks.push(chunk);
  });
  request.on('end', () => {
    if (refused) return;
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value ?? '']));
    emulator
      .handle({ method: request.method ?? 'GET', url: `${origin}${request.url ?? '/'}`, headers, body: Buffer.concat(chunks).toString('utf8') })
      .then(
        (answer) => {
          if (!answer.body || !acceptsGzip(headers['accept-encoding'])) {
            response.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers });
            return void response.end(answer.body);
          }
          gzip(answer.body, (error, compressed) => {
            if (error) {
              response.writeHead(500, { 'content-type': 'text/plain' });
              return void response.end(`The SharePoint emulator failed to compress its answer: ${error.message}`);
            }
            response.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
            response.end(compressed);
          });
        },
        (error: Error) => {
          if (error instanceof LostAnswer) return void response.socket?.destroy();
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`The SharePoint emulator failed: ${error.message}`);
        }
      );
  });
}
