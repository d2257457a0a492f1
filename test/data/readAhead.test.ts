import { provision } from '../../src/data/siteUpgrade';
import { createRepository } from '../../src/data/repository';
import type { Register } from '../../src/domain/lists/defineList';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import { emulatedSite } from '../support/emulatedSite';
import { sampleReferral } from '../support/sampleItems';

const clock = () => new Date('2026-11-22T10:00:00Z');
const fields = ['Title', 'Status', 'ReferralDate', 'Modified'];

async function siteWithReferrals(count: number) {
  const site = emulatedSite({ clock });
  await provision(site.sp(), registers as unknown as Register[]);
  const repository = createRepository(site.sp(), urgentCareReferrals, clock);
  for (let index = 0; index < count; index++) await repository.add(sampleReferral({ Title: `Patient ${index + 1}` }));
  const itemReads: string[] = [];
  const countReads: string[] = [];
  const handle = site.emulator.handle.bind(site.emulator);
  site.emulator.handle = (request) => {
    const url = decodeURIComponent(request.url);
    if (request.method === 'GET' && /\/items\?/.test(url)) itemReads.push(url);
    if (request.method === 'GET' && /\$select=ItemCount/.test(url)) countReads.push(url);
    return handle(request);
  };
  return { ...site, itemReads, countReads };
}

async function collect<T>(pages: AsyncGenerator<T[]>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages) items.push(...page);
  return items;
}

describe('a listing begun ahead of the screen that shows it', () => {
  it('is sent at once with the count, and taken by the next listing of the same fields and count: the same answers, from those requests', async () => {
    const { emulator, sp, itemReads, countReads } = await siteWithReferrals(3);
    const connection = sp();
    const expected = await collect(createRepository(sp(), urgentCareReferrals, clock).listing(fields));
    itemReads.length = 0;

    createRepository(connection, urgentCareReferrals, clock).beginListing(fields);
    // PnPjs sends from a timer of its own; by the caller's second timer the requests are on their way.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([itemReads.length, countReads.length]).toEqual([1, 1]);

    const repository = createRepository(connection, urgentCareReferrals, clock);
    expect(await collect(repository.listing(fields))).toEqual(expected);
    expect(await repository.count()).toBe(3);
    expect([itemReads.length, countReads.length]).toEqual([1, 1]);
    expect(await repository.count()).toBe(3);
    expect(countReads).toHaveLength(2);
    emulator.close();
  });

  it('is taken once, and only by the same fields on the same site connection: any other listing asks SharePoint', async () => {
    const { emulator, sp, itemReads } = await siteWithReferrals(2);
    const connection = sp();
    createRepository(connection, urgentCareReferrals, clock).beginListing(fields);
    const repository = createRepository(connection, urgentCareReferrals, clock);

    await collect(createRepository(sp(), urgentCareReferrals, clock).listing(fields));
    await collect(repository.listing([...fields, 'Hospital']));
    expect(await collect(repository.listing(fields))).toHaveLength(2);
    expect(await collect(repository.listing(fields))).toHaveLength(2);
    // The one begun, then one each for another connection, other fields, and the second of the same listing.
    expect(itemReads).toHaveLength(4);
    emulator.close();
  });

  it('that fails says so to the screen that takes it, and to nobody before', async () => {
    const { emulator, sp } = emulatedSite({ clock });
    const connection = sp();
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      createRepository(connection, urgentCareReferrals, clock).beginListing(fields);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(collect(createRepository(connection, urgentCareReferrals, clock).listing(fields))).rejects.toMatchObject({ status: 404 });
    } finally {
      process.off('unhandledRejection', unhandled);
      emulator.close();
    }
  });
});
