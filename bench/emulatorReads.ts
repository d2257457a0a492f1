import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import { emulatorFetch } from '../workbench/emulator/inProcess';
import { startEmulatorServer } from '../workbench/emulator/server';
import { spForSite } from '../src/data/sharePoint';

/** Prints how fast the emulator answers PnPjs: single-item reads (in process and over HTTP) and paging 50,000 items. */
async function main(): Promise<void> {
  const running = await startEmulatorServer(0, { anonymousAs: 'priya.shah@council.example' });
  const { emulator, siteUrl } = running;
  const sp = (): SPFI => spForSite(siteUrl, { fetch: emulatorFetch(emulator) });
  await sp().web.lists.add('Bench', '', 100);
  const list = emulator.site.listByTitle('Bench');
  const rows = Array.from({ length: 50_000 }, (_, index) => ({ Title: `Item ${index + 1}` }));
  let started = performance.now();
  emulator.site.importItems(list, rows, emulator.site.allUsers()[0]);
  console.log(`seed 50,000 items: ${(performance.now() - started).toFixed(0)} ms`);

  const reads = 2_000;
  started = performance.now();
  for (let n = 1; n <= reads; n++) {
    await emulator.handle({ method: 'GET', url: `${siteUrl}/_api/web/lists/getByTitle('Bench')/items(${n})`, headers: { accept: 'application/json' }, body: '' });
  }
  console.log(`item reads, emulator core alone: ${(reads / ((performance.now() - started) / 1000)).toFixed(0)} a second`);

  const items = sp().web.lists.getByTitle('Bench').items;
  started = performance.now();
  for (let n = 1; n <= reads; n++) await items.getById(n)();
  console.log(`item reads in process, PnPjs one at a time: ${(reads / ((performance.now() - started) / 1000)).toFixed(0)} a second`);

  const overHttp = spForSite(siteUrl).web.lists.getByTitle('Bench').items;
  started = performance.now();
  for (let n = 1; n <= reads; n++) await overHttp.getById(n)();
  console.log(`item reads over HTTP (loopback), PnPjs one at a time: ${(reads / ((performance.now() - started) / 1000)).toFixed(0)} a second`);

  started = performance.now();
  for (let n = 1; n <= reads; n++) {
    await (await fetch(`${siteUrl}/_api/web/lists/getByTitle('Bench')/items(${n})`, { headers: { accept: 'application/json' } })).json();
  }
  console.log(`item reads over HTTP (loopback), plain fetch one at a time: ${(reads / ((performance.now() - started) / 1000)).toFixed(0)} a second`);

  const concurrency = 8;
  started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let n = worker + 1; n <= reads; n += concurrency) await overHttp.getById(n)();
    })
  );
  console.log(`item reads over HTTP (loopback), PnPjs ${concurrency} at a time: ${(reads / ((performance.now() - started) / 1000)).toFixed(0)} a second`);

  started = performance.now();
  let count = 0;
  let pages = 0;
  for await (const page of overHttp.select('Id', 'Title').top(5000)) {
    count += page.length;
    pages++;
  }
  console.log(`page through ${count} items over HTTP in ${pages} requests: ${(performance.now() - started).toFixed(0)} ms`);
  await running.close();
}

void main();
