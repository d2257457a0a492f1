import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { readXlsx } from '../../src/domain/import/readXlsx';
import { openSppkg } from '../../tools/sppkg';
import { messyWorkbook } from '../../workbench/demoData/messyWorkbook';
import { launchChromium } from '../support/chromium';

/**
 * The worker that reads workbooks, as the package ships it: SPFx's build makes every chunk for a page, and
 * gulpfile.js (tools/workerChunk.js) makes this one run in a worker. Served from one folder, as SharePoint
 * serves a package's files, and started as the app starts it.
 */
describe('the workbook reader’s worker in custodian.sppkg', () => {
  let browser: Browser;
  let server: http.Server;
  let origin: string;
  let assets: Map<string, Buffer>;

  beforeAll(async () => {
    const sppkg = await openSppkg();
    const files = sppkg.file(/^ClientSideAssets\/[^/]+\.js$/);
    assets = new Map(await Promise.all(files.map(async (file) => [file.name.slice('ClientSideAssets/'.length), await file.async('nodebuffer')] as const)));
    server = http.createServer((request, response) => {
      const name = (request.url ?? '/').slice(1);
      const asset = assets.get(name);
      if (name === '') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>assets</title>');
      else if (name === 'favicon.ico') response.writeHead(204).end();
      else if (asset) response.writeHead(200, { 'content-type': 'text/javascript' }).end(asset);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('is a file of its own, whose address the app’s code knows', () => {
    const workers = [...assets.keys()].filter((name) => /^chunk\.xlsx-worker_[0-9a-f]+\.js$/.test(name));
    expect(workers).toHaveLength(1);
    const hash = /_([0-9a-f]+)\.js$/.exec(workers[0])![1];
    expect([...assets].filter(([name, text]) => name !== workers[0] && text.includes(hash)).length).toBeGreaterThan(0);
  });

  it('reads a workbook in Chromium, loading the spreadsheet library beside it, as the page would read it', async () => {
    const workbook = await messyWorkbook({ rows: 120, seed: 7, today: '2026-11-23', officers: new Map([[2, 'Sam Okafor']]) });
    const worker = [...assets.keys()].find((name) => name.startsWith('chunk.xlsx-worker_'))!;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${origin}/`);
    const answer = await page.evaluate(
      ({ url, base64 }) =>
        new Promise<unknown>((resolve) => {
          const started = new Worker(url);
          started.onmessage = ({ data }) => resolve('sheet' in data ? { sheet: { ...data.sheet, hiddenColumns: [...data.sheet.hiddenColumns] } } : data);
          started.onerror = (event) => resolve({ failed: event.message });
          started.postMessage({ bytes: Uint8Array.from(atob(base64), (character) => character.charCodeAt(0)), fileName: 'tracker.xlsx' });
        }),
      { url: `/${worker}`, base64: Buffer.from(workbook.bytes).toString('base64') }
    );
    const expected = await readXlsx(workbook.bytes, 'tracker.xlsx');
    expect(answer).toEqual({ sheet: { ...expected, hiddenColumns: [...expected.hiddenColumns] } });
    expect(errors).toEqual([]);
    await page.close();
  });
});
