import { createRepository, type Repository } from '../src/data/repository';
import { provision } from '../src/data/siteUpgrade';
import { spForSite } from '../src/data/sharePoint';
import { importContext, loadImport, loadsRow } from '../src/data/spreadsheetImport';
import { proposeMapping } from '../src/domain/import/columnMapping';
import { findHeaderRow } from '../src/domain/import/headerRow';
import { planImport } from '../src/domain/import/importRows';
import { readSpreadsheet } from '../src/domain/import/readSpreadsheet';
import type { Register } from '../src/domain/lists/defineList';
import { registers, urgentCareReferrals } from '../src/domain/registers';
import { startEmulatorServer } from '../workbench/emulator/server';
import { messyWorkbook } from '../workbench/demoData/messyWorkbook';

const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(2)} s`;

/**
 * The 3,500-row messy tracker workbook imported over loopback HTTP into an empty list: the time to read,
 * to clean and check, and to load, with the requests made; then the same rows loaded one request per
 * item into a second empty site, in the same run, for the ratio. Twice: on bare loopback, where a request
 * costs almost nothing, and with 30 ms added to every answer, still far less than a round trip to a
 * tenant (SharePoint Online answers an item add in 100 ms or more).
 */
async function main(): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const workbook = await messyWorkbook({ rows: 3_500, seed: 4242, today, officers: new Map([[2, 'Sam Okafor'], [3, 'Alex Morgan']]) });
  const register = urgentCareReferrals as unknown as Register;
  const all = registers as unknown as Register[];

  async function emptySite(latencyMs: number) {
    const running = await startEmulatorServer(0, { anonymousAs: 'priya.shah@council.example' });
    let requests = 0;
    const handle = running.emulator.handle.bind(running.emulator);
    running.emulator.handle = (request) => {
      requests++;
      return handle(request);
    };
    const sp = spForSite(running.siteUrl);
    await provision(sp, all);
    running.emulator.setFaults({ latencyMs });
    requests = 0;
    return { running, sp, requests: () => requests };
  }

  const sheetStarted = performance.now();
  const sheet = await readSpreadsheet(workbook.bytes, 'tracker.xlsx');
  console.log(`read the workbook: ${seconds(performance.now() - sheetStarted)}`);

  /** The whole import into an empty site, then a sample of the same rows one request each into another. */
  async function importWith(latencyMs: number, sample: number): Promise<void> {
    const batched = await emptySite(latencyMs);
    let started = performance.now();
    const context = await importContext(batched.sp, register as unknown as Register, all);
    const contextTime = performance.now() - started;
    started = performance.now();
    const header = findHeaderRow(sheet, register.fields)!;
    const plan = planImport(register, sheet, header, proposeMapping(register.fields, header.columns), {
      today,
      valueMap: { Status: workbook.undeclaredStatuses },
      ...context
    });
    const planned = performance.now() - started;
    started = performance.now();
    const repository = createRepository(batched.sp, urgentCareReferrals, () => new Date()) as unknown as Repository<Record<string, unknown>>;
    const result = await loadImport(repository, plan);
    const loaded = performance.now() - started;
    const requests = batched.requests();
    await batched.running.close();

    const single = await emptySite(latencyMs);
    const one = createRepository(single.sp, urgentCareReferrals, () => new Date());
    const rows = plan.rows.filter((row) => loadsRow(row) && row.class !== 'flagged').slice(0, sample);
    started = performance.now();
    for (const row of rows) await one.add(row.values);
    const oneByOne = performance.now() - started;
    const perItemRequests = single.requests();
    await single.running.close();
    const batchedPerRow = loaded / result.loaded;
    const singlePerRow = oneByOne / rows.length;

    console.log(`\n${latencyMs ? `with ${latencyMs} ms added to every answer (a tenant is further away than loopback)` : 'on loopback, nothing added'}:`);
    console.log(`  ${plan.rows.length.toLocaleString('en-GB')} rows: ${Object.entries(plan.counts).map(([name, count]) => `${count} ${name}`).join(', ')}`);
    console.log(`  clean and check ${seconds(planned)}; read the site (duplicate keys, people) ${seconds(contextTime)}`);
    console.log(`  load ${result.loaded.toLocaleString('en-GB')} rows in batches: ${seconds(loaded)}; requests for the whole import: ${requests}`);
    console.log(`  load ${rows.length.toLocaleString('en-GB')} of the rows one request each: ${seconds(oneByOne)}, ${perItemRequests} requests`);
    console.log(`  per row: batched ${batchedPerRow.toFixed(2)} ms, one by one ${singlePerRow.toFixed(2)} ms: batches ${(singlePerRow / batchedPerRow).toFixed(1)}× faster`);
  }

  await importWith(0, Number.POSITIVE_INFINITY);
  await importWith(30, 300);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
