import { createRepository } from '../src/data/repository';
import { provision } from '../src/data/siteUpgrade';
import { spForSite } from '../src/data/sharePoint';
import type { Register } from '../src/domain/lists/defineList';
import { foiRequests, registers, urgentCareReferrals } from '../src/domain/registers';
import { startEmulatorServer } from '../workbench/emulator/server';

/** Prints requests and time for the repository's reads (3,500 and 50,000 items) and writes (2,000 items), over loopback HTTP. */
async function main(): Promise<void> {
  const running = await startEmulatorServer(0, { anonymousAs: 'priya.shah@council.example' });
  const { emulator, siteUrl } = running;
  let requests = 0;
  const handle = emulator.handle.bind(emulator);
  emulator.handle = (request) => {
    requests++;
    return handle(request);
  };
  const sp = spForSite(siteUrl);
  await provision(sp, registers as unknown as Register[]);
  const clock = () => new Date();

  async function measure(label: string, work: () => Promise<number>): Promise<void> {
    requests = 0;
    const started = performance.now();
    const count = await work();
    console.log(`${label}: ${count} items, ${requests} requests, ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }

  const referrals = createRepository(sp, urgentCareReferrals, clock);
  const list = emulator.site.listByTitle(urgentCareReferrals.title);
  const row = (index: number) => ({
    Title: `Patient ${index}`,
    NhsNumber: '9434765919',
    Hospital: 'Wythenshawe Hospital',
    AdmissionDate: '2026-01-01T00:00:00Z',
    ReferralDate: '2026-01-02T00:00:00Z',
    Status: 'Assessing'
  });
  const readAll = async (): Promise<number> => {
    let count = 0;
    for await (const page of referrals.all()) count += page.length;
    return count;
  };
  emulator.site.importItems(list, Array.from({ length: 3_500 }, (_, index) => row(index)), emulator.site.allUsers()[0]);
  await measure('read 3,500 referrals', readAll);
  emulator.site.importItems(list, Array.from({ length: 46_500 }, (_, index) => row(index)), emulator.site.allUsers()[0]);
  await measure('read 50,000 referrals', readAll);

  const requestsRepository = createRepository(sp, foiRequests, clock);
  const request = (index: number) => ({
    Title: `Request ${index}`,
    Reference: `FOI-${index}`,
    Regime: 'FOI',
    ReceivedDate: '2026-11-02',
    RequestText: 'Please send…',
    RequesterName: 'J Bloggs',
    Status: 'Received'
  });
  await measure('write 2,000 FOI requests in batches', async () => {
    const result = await requestsRepository.addMany(Array.from({ length: 2_000 }, (_, index) => ({ key: `bench/${index}`, values: request(index) })));
    return result.saved.length;
  });
  await measure('write 2,000 FOI requests one by one', async () => {
    let saved = 0;
    for (let index = 2_000; index < 4_000; index++) if ((await requestsRepository.add(request(index))).kind === 'saved') saved++;
    return saved;
  });
  await running.close();
}

void main();
