import * as http from 'node:http';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { bundleWorkbenchPage } from './pageBundle';

export const sitePath = '/sites/custodian';

export interface RunningWorkbench {
  origin: string;
  siteUrl: string;
  close: () => Promise<void>;
}

// The package exports only its code, so find its folder from its entry point (lib-commonjs/index.js).
const iconFontFolder = path.join(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');

const appIcon = path.join(__dirname, '..', 'teams', 'custodian_color.png');

// No internet here: Fluent UI must take its icon font from this server and not fetch Segoe UI from a CDN.
const pageHtml = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Custodian workbench</title>
<link rel="icon" href="/favicon.png">
<script>window.FabricConfig = { iconBaseUrl: '/fonts/', fontBaseUrl: '' };</script>
</head>
<body style="margin:0">
<div id="root"></div>
<script src="/workbench.js"></script>
</body>
</html>`;

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff'
  });
  response.end(body);
}

/** SharePoint's answer for a site that does not exist, in the JSON shape PnPjs surfaces to the apps. */
function noSiteHere(response: http.ServerResponse): void {
  const body = {
    'odata.error': {
      code: '-2147024894, System.IO.FileNotFoundException',
      message: { lang: 'en-US', value: `No SharePoint site is served at ${sitePath} by this workbench.` }
    }
  };
  send(response, 404, 'application/json;odata=nometadata;charset=utf-8', JSON.stringify(body));
}

async function sendFile(response: http.ServerResponse, type: string, file: string): Promise<void> {
  try {
    send(response, 200, type, await fs.readFile(file));
  } catch {
    send(response, 404, 'text/plain', 'Not found');
  }
}

function sendIconFont(response: http.ServerResponse, name: string): Promise<void> | void {
  if (!/^[\w.-]+\.woff2?$/.test(name)) return send(response, 404, 'text/plain', 'Not found');
  return sendFile(response, 'font/woff', path.join(iconFontFolder, name));
}

/**
 * Serves the local page on loopback only. `port` 0 picks a free port (tests); the page is bundled before
 * the server listens, so the first request never waits on a build.
 */
export async function startWorkbench(port: number): Promise<RunningWorkbench> {
  const pageScript = await bundleWorkbenchPage();
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/' && request.method === 'GET') return send(response, 200, 'text/html;charset=utf-8', pageHtml);
    if (pathname === '/workbench.js') return send(response, 200, 'text/javascript;charset=utf-8', pageScript);
    if (pathname === '/favicon.png' || pathname === '/favicon.ico') return void sendFile(response, 'image/png', appIcon);
    if (pathname.startsWith('/fonts/')) return void sendIconFont(response, pathname.slice('/fonts/'.length));
    if (pathname === sitePath || pathname.startsWith(`${sitePath}/`)) return noSiteHere(response);
    send(response, 404, 'text/plain;charset=utf-8', 'Not found');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    siteUrl: `${origin}${sitePath}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  };
}
