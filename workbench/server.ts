import * as http from 'node:http';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { bundleWorkbenchPage, xlsxWorkerPath } from './pageBundle';
import { SharePointEmulator, type Faults } from './emulator/emulator';
import { serveEmulator } from './emulator/httpShell';
import { defaultPrincipals } from './emulator/principals';
import { startScriptCdn } from './scriptCdn';

export const sitePath = '/sites/custodian';

export interface RunningWorkbench {
  origin: string;
  siteUrl: string;
  emulator: SharePointEmulator;
  close: () => Promise<void>;
}

export interface WorkbenchOptions {
  port: number;
  /** The emulated site's SQLite file; ":memory:" for a site that lasts as long as the server. */
  dataFile: string;
  /**
   * More pages against the same site (the benches' production builds): each served at `/<prefix>/?app=<id>`,
   * which runs `<id>.js` as a module. The scripts (`<id>.js` and the shared and lazy chunks beside it) come
   * from a server of their own on another port, as a SharePoint page's come from a CDN.
   */
  pages?: ReadonlyArray<{ prefix: string; files: ReadonlyMap<string, Uint8Array> }>;
}

// The package exports only its code, so find its folder from its entry point (lib-commonjs/index.js).
const iconFontFolder = path.join(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');

const appIcon = path.join(__dirname, '..', 'teams', 'custodian_color.png');

// No internet here: Fluent UI must take its icon font from this server and not fetch Segoe UI from a CDN.
const pageHtmlFor = (script: string): string => `<!doctype html>
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
${script}
</body>
</html>`;
const pageHtml = pageHtmlFor('<script src="/workbench.js"></script>');

// A list's forms and views are SharePoint's own pages, which the local SharePoint does not have: it says so
// to a person who follows such a link, where the emulator would answer a program with a JSON 404.
const sharePointPageHtml = (pathname: string): string => `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not part of the local SharePoint</title></head>
<body style="font-family:sans-serif;margin:24px;max-width:40em">
<h1>Not part of the local SharePoint</h1>
<p>The local SharePoint answers SharePoint’s REST API, not SharePoint’s own pages such as a list’s forms and views. On a SharePoint site, this address (${pathname.replace(/[<>&"]/g, '')}) opens that page: for a list’s DispForm.aspx, the item with every field and its version history.</p>
<p><a href="/">Back to the Custodian workbench</a></p>
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

/** Development only: tests and people switch the emulator's faults on and off from outside the process. */
function setFaults(emulator: SharePointEmulator, request: http.IncomingMessage, response: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    try {
      emulator.setFaults(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Partial<Faults>);
      send(response, 204, 'text/plain', '');
    } catch {
      send(response, 400, 'text/plain', 'Send faults as JSON: {"throttleRate":0.1,"unavailableRate":0,"retryAfterSeconds":1,"latencyMs":0}');
    }
  });
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
 * Serves the local page and the emulated SharePoint site on loopback only. `port` 0 picks a free port
 * (tests); the page is bundled before the server listens, so the first request never waits on a build.
 */
export async function startWorkbench({ port, dataFile, pages = [] }: WorkbenchOptions): Promise<RunningWorkbench> {
  const scripts = await bundleWorkbenchPage();
  const pageScripts = new Map(pages.flatMap(({ prefix, files }) => [...files].map(([name, file]): [string, Uint8Array] => [`/${prefix}/${name}`, file])));
  const cdn = pages.length ? await startScriptCdn(pageScripts) : undefined;
  // The page has a "Signed in as" picker; until someone is picked, requests are the site owner's.
  const emulator = new SharePointEmulator({ file: dataFile, sitePath, anonymousAs: defaultPrincipals.users[0].loginName });
  let origin = '';
  const server = http.createServer((request, response) => {
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return send(response, 400, 'text/plain;charset=utf-8', 'Bad request');
    }
    if (pathname === '/' && request.method === 'GET') return send(response, 200, 'text/html;charset=utf-8', pageHtml);
    if (pathname === '/workbench.js') return send(response, 200, 'text/javascript;charset=utf-8', scripts.page);
    if (pathname === xlsxWorkerPath) return send(response, 200, 'text/javascript;charset=utf-8', scripts.xlsxWorker);
    for (const { prefix, files } of pages) {
      if (pathname === `/${prefix}/` && request.method === 'GET') {
        const app = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('app') ?? '';
        if (!files.has(`${app}.js`)) return send(response, 404, 'text/plain;charset=utf-8', `No app "${app.replace(/[^\w-]/g, '')}" here.`);
        return send(response, 200, 'text/html;charset=utf-8', pageHtmlFor(`<script type="module" src="${cdn?.origin ?? ''}/${prefix}/${app}.js"></script>`));
      }
    }
    if (pathname === '/favicon.png' || pathname === '/favicon.ico') return void sendFile(response, 'image/png', appIcon);
    if (pathname.startsWith('/fonts/')) return void sendIconFont(response, pathname.slice('/fonts/'.length));
    if (emulator.serves(pathname) && /\.aspx$/i.test(pathname) && request.method === 'GET') return send(response, 501, 'text/html;charset=utf-8', sharePointPageHtml(pathname));
    if (emulator.serves(pathname)) return serveEmulator(emulator, request, response, origin);
    if (pathname === '/_workbench/faults' && request.method === 'POST') return setFaults(emulator, request, response);
    send(response, 404, 'text/plain;charset=utf-8', 'Not found');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    siteUrl: `${origin}${sitePath}`,
    emulator,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => {
          emulator.close();
          (cdn?.close() ?? Promise.resolve()).then(() => (error ? reject(error) : resolve()), reject);
        })
      )
  };
}
