import { Worker } from 'node:worker_threads';

/** Script files served apart from the site, as SharePoint Online's pages take theirs from a CDN. */
export interface ScriptCdn {
  origin: string;
  close: () => Promise<void>;
}

// Plain JavaScript, run as the worker's source: the worker has no TypeScript loader.
const serveFiles = `
  const http = require('node:http');
  const { parentPort, workerData } = require('node:worker_threads');
  const files = new Map(workerData.files);
  const server = http.createServer((request, response) => {
    const file = files.get(new URL(request.url || '/', 'http://127.0.0.1').pathname);
    if (!file) {
      response.writeHead(404, { 'access-control-allow-origin': '*' });
      return response.end();
    }
    // Module scripts from another origin are fetched with CORS: without this header the page refuses them.
    response.writeHead(200, { 'content-type': 'text/javascript;charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    response.end(Buffer.from(file));
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

/**
 * Serves files (by path) on a port of their own from a thread of its own: a site busy answering a large read
 * does not hold up the scripts of the page that asked, as on SharePoint Online, where they come from a CDN.
 */
export async function startScriptCdn(files: ReadonlyMap<string, Uint8Array>): Promise<ScriptCdn> {
  const worker = new Worker(serveFiles, { eval: true, workerData: { files: [...files] } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { origin: `http://127.0.0.1:${port}`, close: async () => void (await worker.terminate()) };
}
