import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import { collectPages, createRepository } from '../../src/data/repository';
import { foiRequests, urgentCareReferrals } from '../../src/domain/registers';
import type { IsoDate } from '../../src/domain/calendar/isoDate';
import { demoCount } from '../../workbench/demoData/seed';
import type { SharePointEmulator } from '../../workbench/emulator/emulator';
import { emulatedSite } from '../support/emulatedSite';
import { fillWithDemoData, provisionPreviousRelease } from '../support/previousRelease';
import { sampleReferral } from '../support/sampleItems';

const today = '2026-11-20' as IsoDate;
const clock = (): Date => new Date('2026-11-20T10:00:00Z');

describe('a register whose list the site has not yet been upgraded to hold', () => {
  let emulator: SharePointEmulator;
  let sp: SPFI;

  const requests: string[] = [];
  /** The body of each write, to see what was sent. */
  const writes: string[] = [];

  beforeAll(async () => {
    const site = emulatedSite({ clock });
    emulator = site.emulator;
    fillWithDemoData(emulator, await provisionPreviousRelease(site.sp()), today);
    sp = site.sp();
    const handle = emulator.handle.bind(emulator);
    emulator.handle = async (request) => {
      requests.push(`${request.headers['x-http-method'] ?? request.method} ${decodeURIComponent(new URL(request.url).pathname + new URL(request.url).search)}`);
      if (request.method !== 'GET' && request.url.includes('/items')) writes.push(request.body);
      return handle(request);
    };
  }, 120_000);
  afterAll(() => emulator.close());
  beforeEach(() => {
    requests.length = 0;
    writes.length = 0;
  });

  it('reads every item with what the list holds, finding the missing column once, and later reads ask for what is there', async () => {
    const referrals = createRepository(sp, urgentCareReferrals, clock);
    const items = await collectPages(referrals.all());
    expect(items).toHaveLength(demoCount);
    expect(items.filter((saved) => saved.legacy)).toEqual([]);
    expect(items[0].item.NhsNumber).toMatch(/^\d{10}$/);
    // The refused read, one read of the list's columns, then the pages.
    expect(requests.filter((request) => request.includes('/fields'))).toHaveLength(1);
    expect(requests.filter((request) => request.includes('CustodianLegacy'))).toHaveLength(1);

    requests.length = 0;
    expect((await referrals.getById(items[0].id)).id).toBe(items[0].id);
    expect(requests).toHaveLength(1);
  });

  it('adds and updates items, sending nothing for a column the list lacks when it is empty', async () => {
    // A register column the list does not have (the previous release had every other referral column).
    await sp.web.lists.getByTitle(urgentCareReferrals.title).fields.getByInternalNameOrTitle('Notes').delete();
    writes.length = 0;
    const referrals = createRepository(sp, urgentCareReferrals, clock);
    const added = await referrals.add(sampleReferral());
    if (added.kind !== 'saved') throw new Error(JSON.stringify(added));
    const updated = await referrals.update(added.saved, { Ward: 'Ward 9' });
    if (updated.kind !== 'saved') throw new Error(JSON.stringify(updated));
    expect(updated.saved.item.Ward).toBe('Ward 9');
    // The first add named Notes and was refused; the repository read the list's columns and sent it again without.
    expect(writes.filter((body) => body.includes('"Notes"'))).toHaveLength(1);
    expect(writes.filter((body) => !body.includes('"Notes"'))).toHaveLength(2);
  });

  it('refuses, naming the column and who can add it, a value for a column the list does not have yet', async () => {
    const foi = createRepository(sp, foiRequests, clock);
    const items = await collectPages(foi.all());
    expect(items.every((saved) => saved.item.Requester === null)).toBe(true);
    // A repository that has read nothing yet learns the list's columns from SharePoint's refusal of the write.
    const writer = createRepository(sp, foiRequests, clock);
    requests.length = 0;
    // The first request today's rules accept as it stands (the demo data keeps some flawed rows).
    let outcome: Awaited<ReturnType<typeof foi.update>> | undefined;
    for (const saved of items) {
      outcome = await writer.update(saved, { Requester: { id: 1 } });
      if (outcome.kind !== 'invalid') break;
    }
    expect(outcome).toEqual({
      kind: 'refused',
      problem: {
        kind: 'failed',
        detail: 'FOI Requests has no column "Requester" yet: this site’s lists are behind this version of Custodian. Ask a site owner to open Custodian and update the site.'
      }
    });
    expect(requests.filter((request) => request.includes('/fields'))).toHaveLength(1);
    expect(requests.filter((request) => !request.startsWith('GET'))).toHaveLength(1);
  });
});
