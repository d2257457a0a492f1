import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedResponse {
  status: number;
  body: unknown;
}

export interface ScriptedServer {
  origin: string;
  /** Every request received, as "METHOD /path?query". */
  requests: string[];
  /** Replace the answer for a path (without its query string). */
  answer: (pathname: string, response: ScriptedResponse) => void;
  close: () => Promise<void>;
}

/**
 * An HTTP server on loopback that answers each path with what the test scripted, and 404 otherwise.
 * It stands in for SharePoint only in tests of how the code reads SharePoint's documented answers.
 */
export async function startScriptedServer(): Promise<ScriptedServer> {
  const answers = new Map<string, ScriptedResponse>();
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const scripted = answers.get(pathname) ?? { status: 404, body: 'Not found' };
    const text = typeof scripted.body === 'string' ? scripted.body : JSON.stringify(scripted.body);
    response.writeHead(scripted.status, {
      'content-type': typeof scripted.body === 'string' ? 'text/plain' : 'application/json;odata=nometadata'
    });
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    answer: (pathname, response) => answers.set(pathname, response),
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}

/** SharePoint's error body (odata.error) for a refused request. */
export function sharePointError(code: string, message: string): unknown {
  return { 'odata.error': { code, message: { lang: 'en-US', value: message } } };
}
