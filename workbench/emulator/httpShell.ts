import type * as http from 'node:http';
import type { SharePointEmulator } from './emulator';

/** The emulator behind Node's HTTP server: reads the request, asks the emulator, writes its answer. */
export function serveEmulator(emulator: SharePointEmulator, request: http.IncomingMessage, response: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value ?? '']));
    emulator
      .handle({
        method: request.method ?? 'GET',
        url: `http://${request.headers.host ?? '127.0.0.1'}${request.url ?? '/'}`,
        headers,
        body: Buffer.concat(chunks).toString('utf8')
      })
      .then(
        (answer) => {
          response.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers });
          response.end(answer.body);
        },
        (error: Error) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`The SharePoint emulator failed: ${error.message}`);
        }
      );
  });
}
