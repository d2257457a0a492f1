import { provision } from '../../src/data/siteUpgrade';
import { BulkAddInterrupted } from '../../src/data/bulkAdd';
import { createRepository } from '../../src/data/repository';
import { where } from '../../src/data/itemFilter';
import type { Register } from '../../src/domain/lists/defineList';
import { foiRequests, registers, urgentCareReferrals } from '../../src/domain/registers';
import type { EmulatorResponse } from '../../workbench/emulator/rest';
import { emulatedSite } from '../support/emulatedSite';
import { sampleReferral } from '../support/sampleItems';

const clock = () => new Date('2026-11-22T10:00:00Z');
const sam = 'i:0#.f|membership|sam.okafor@council.example';
const alex = 'i:0#.f|membership|alex.morgan@council.example';

const referral = sampleReferral;

async function provisionedSite() {
  const site = emulatedSite({ clock });
  await provision(site.sp(), registers as unknown as Register[]);
  const answers: EmulatorResponse[] = [];
  const requests: string[] = [];
  const handle = site.emulator.handle.bind(site.emulator);
  site.emulator.handle = async (request) => {
    requests.push(`${request.headers['x-http-method'] ?? request.method} ${decodeURIComponent(new URL(request.url).pathname + new URL(request.url).search)}`);
    const answer = await handle(request);
    answers.push(answer);
    return answer;
  };
  return { ...site, answers, requests };
}

async function collect<T>(pages: AsyncGenerator<T[]>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages) items.push(...page);
  return items;
}

/** `count` referrals put straight on the site's list, each a patient's required fields and what `more` adds. */
function fillReferrals<R extends Record<string, unknown>>(emulator: ReturnType<typeof emulatedSite>['emulator'], count: number, more: (index: number) => R) {
  const rows = Array.from({ length: count }, (_, index) => ({
    Title: `Patient ${index + 1}`,
    NhsNumber: '9434765919',
    Hospital: 'Wythenshawe Hospital',
    AdmissionDate: '2026-01-01T00:00:00Z',
    ReferralDate: '2026-01-02T00:00:00Z',
    Status: 'Assessing',
    ...more(index)
  }));
  emulator.site.importItems(emulator.site.listByTitle('Urgent Care Referrals'), rows, emulator.site.allUsers()[0]);
  return rows;
}

describe('a register repository on the emulated site', () => {
  it('adds a valid item, mapping people, dates and choices both ways', async () => {
    const { emulator, sp } = await provisionedSite();
    const repository = createRepository(sp(sam), urgentCareReferrals, clock);
    const outcome = await repository.add(referral({ LeadOfficer: { id: 3 }, DischargeReadyDate: '2026-11-05' }));
    expect(outcome.kind).toBe('saved');
    const read = await repository.getById(outcome.kind === 'saved' ? outcome.saved.id : 0);
    expect(read.item).toMatchObject({
      NhsNumber: '9434765919',
      AdmissionDate: '2026-11-01',
      DischargeReadyDate: '2026-11-05',
      LeadOfficer: { id: 3, title: 'Alex Morgan', email: 'alex.morgan@council.example' },
      DischargeDate: null
    });
    expect(read.editorId).toBe(2);
    emulator.close();
  });

  it('refuses invalid values before sending anything, with a message per field', async () => {
    const { emulator, sp, requests } = await provisionedSite();
    const repository = createRepository(sp(), urgentCareReferrals, clock);
    const before = requests.length;
    expect(await repository.add(referral({ NhsNumber: '123', Status: 'Discharged' }))).toEqual({
      kind: 'invalid',
      messages: { NhsNumber: 'Enter a valid NHS number: an NHS number has 10 digits; this has 3' }
    });
    // The rules across fields are checked once every field is valid on its own.
    expect(await repository.add(referral({ Status: 'Discharged' }))).toEqual({
      kind: 'invalid',
      messages: { DischargeDate: 'Enter the discharge date: the referral is marked Discharged.' }
    });
    expect(requests.length).toBe(before);
    emulator.close();
  });

  it('keeps dates on their UK day across the clocks changing', async () => {
    const { emulator, sp } = await provisionedSite();
    const repository = createRepository(sp(), urgentCareReferrals, clock);
    const days = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26'];
    for (const day of days) {
      const outcome = await repository.add(referral({ AdmissionDate: day, ReferralDate: day }));
      if (outcome.kind !== 'saved') throw new Error(outcome.kind);
    }
    const read = await collect(repository.all());
    expect(read.map((saved) => saved.item.AdmissionDate)).toEqual(days);
    const found = await collect(repository.find([where('AdmissionDate', 'eq', '2026-10-25')]));
    expect(found.map((saved) => saved.item.AdmissionDate)).toEqual(['2026-10-25']);
    emulator.close();
  });

  it('filters safely on values with quotes and OData operators', async () => {
    const { emulator, sp } = await provisionedSite();
    const repository = createRepository(sp(), urgentCareReferrals, clock);
    const names = ["Siobhán O'Brien", "x' or Title ne 'y", 'A & B eq 1', '100% (sure) #1'];
    for (const name of names) await repository.add(referral({ Title: name }));
    await repository.add(referral({ Title: 'Somebody else' }));
    for (const name of names) {
      const found = await collect(repository.find([where('Title', 'eq', name)]));
      expect(found.map((saved) => saved.item.Title)).toEqual([name]);
    }
    expect((await collect(repository.find([where('Title', 'contains', "O'Bri")]))).map((saved) => saved.item.Title)).toEqual(["Siobhán O'Brien"]);
    emulator.close();
  });

  it('turns a stale update into a conflict carrying the other person’s version and what they changed', async () => {
    const { emulator, sp } = await provisionedSite();
    const mine = createRepository(sp(sam), urgentCareReferrals, clock);
    const theirs = createRepository(sp(alex), urgentCareReferrals, clock);
    const added = await mine.add(referral());
    if (added.kind !== 'saved') throw new Error(added.kind);
    const theirCopy = await theirs.getById(added.saved.id);
    const theirSave = await theirs.update(theirCopy, { Ward: 'Ward 7', Status: 'Awaiting care package' });
    expect(theirSave.kind).toBe('saved');

    const mySave = await mine.update(added.saved, { Ward: 'Ward 9' });
    expect(mySave.kind).toBe('conflict');
    if (mySave.kind !== 'conflict') return;
    expect(mySave.theirChanges.sort()).toEqual(['Status', 'Ward']);
    expect(mySave.server.item).toMatchObject({ Ward: 'Ward 7', Status: 'Awaiting care package' });
    expect((await mine.getById(added.saved.id)).item.Ward).toBe('Ward 7');

    const removal = await mine.remove(added.saved);
    expect(removal.kind).toBe('conflict');
    emulator.close();
  });

  it('finds in one round trip: the list’s last ID and the first 5,000 IDs filtered leave together, without asking its size first', async () => {
    const { emulator, sp, requests } = await provisionedSite();
    fillReferrals(emulator, 30, (index) => ({ Ward: `Ward ${index % 3}` }));
    const repository = createRepository(sp(), urgentCareReferrals, clock);
    let inFlight = 0;
    let mostInFlight = 0;
    const answer = emulator.handle.bind(emulator);
    emulator.handle = async (request) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      try {
        return await answer(request);
      } finally {
        inFlight--;
      }
    };
    const before = requests.length;

    const found = await collect(repository.find([where('Ward', 'eq', 'Ward 1')]));
    expect(found.map((saved) => saved.item.Title)).toEqual(Array.from({ length: 10 }, (_, index) => `Patient ${index * 3 + 2}`));
    expect(requests.slice(before)).toHaveLength(2);
    expect(requests.slice(before).filter((request) => request.includes('ItemCount'))).toEqual([]);
    expect(mostInFlight).toBe(2);
    emulator.close();
  });

  it('reads 12,000 items in pages and finds by a column that is not indexed without ever breaching the threshold', async () => {
    const { emulator, sp, answers, requests } = await provisionedSite();
    const rows = fillReferrals(emulator, 12_000, (index) => ({ Status: index % 3 === 0 ? 'Discharged' : 'Assessing', Ward: `Ward ${index % 50}` }));
    const repository = createRepository(sp(), urgentCareReferrals, clock);
    const before = requests.length;

    const all = await collect(repository.all());
    expect(all).toHaveLength(12_000);
    expect(new Set(all.map((saved) => saved.id)).size).toBe(12_000);
    expect(requests.length - before).toBe(3);

    const onWard = await collect(repository.find([where('Ward', 'eq', 'Ward 7'), where('Status', 'eq', 'Discharged')]));
    expect(onWard).toHaveLength(rows.filter((row) => row.Ward === 'Ward 7' && row.Status === 'Discharged').length);
    expect(answers.filter((answer) => answer.status >= 400)).toEqual([]);
    emulator.close();
  });

  it('lists every item with only the fields a screen names, without metadata, in pages of 5,000', async () => {
    const { emulator, sp, answers, requests } = await provisionedSite();
    fillReferrals(emulator, 6_000, () => ({ LeadOfficerId: 3, Notes: 'A long note that a listing has no need of. '.repeat(10) }));
    const repository = createRepository(sp(), urgentCareReferrals, clock);
    const before = requests.length;

    const listed = await collect(repository.listing(['Title', 'ReferralDate', 'LeadOfficer', 'Modified']));
    expect(listed).toHaveLength(6_000);
    expect(listed[0]).toEqual({ id: 1, item: { Title: 'Patient 1', ReferralDate: '2026-01-02', LeadOfficer: { id: 3, title: 'Alex Morgan' } }, modified: '2026-11-22T10:00:00Z', editorId: 1 });
    expect(listed[0]).not.toHaveProperty('etag');
    const sent = requests.slice(before);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('$select=Id,Modified,EditorId,Title,ReferralDate,LeadOfficer/Id,LeadOfficer/Title&$expand=LeadOfficer');
    const bodies = answers.slice(-2).map((answer) => answer.body);
    expect(bodies.every((body) => !body.includes('odata.etag') && !body.includes('Notes'))).toBe(true);
    emulator.close();
  });

  it('asks for each next page as soon as a page arrives, and a page that fails is the reader’s error when reached', async () => {
    const { emulator, sp, requests } = await provisionedSite();
    fillReferrals(emulator, 12_000, () => ({}));
    const repository = createRepository(sp(), urgentCareReferrals, clock);
    const pageReads = (): number => requests.filter((request) => request.startsWith('GET ') && request.includes('/items?')).length;
    const before = pageReads();

    // The third page fails, whenever it is asked for.
    const handle = emulator.handle.bind(emulator);
    emulator.handle = async (request) =>
      decodeURIComponent(request.url).includes('p_ID=10000')
        ? { status: 500, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { message: 'The page could not be read.' } }) }
        : handle(request);

    const pages = repository.listing(['Title']);
    const first = await pages.next();
    expect(first.value).toHaveLength(5_000);
    // While the reader still holds the first page, the second is already asked for: PnPjs sends from a timer
    // of its own, so by the reader's second timer the request has left.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pageReads() - before).toBe(2);

    const { value: second } = await pages.next();
    expect(second).toHaveLength(5_000);
    await expect(pages.next()).rejects.toMatchObject({ status: 500 });
    emulator.close();
  });

  it('works out computed fields on add and on every update, whatever was sent for them', async () => {
    const { emulator, sp } = await provisionedSite();
    const repository = createRepository(sp(), foiRequests, clock);
    const request = { Title: 'Bins', Reference: 'FOI-2026-0001', Regime: 'FOI', ReceivedDate: '2026-11-02', RequestText: 'Please send…', Status: 'Received', DueDate: '2027-01-01' };
    const added = await repository.add(request);
    if (added.kind !== 'saved') throw new Error(added.kind);
    expect((await repository.getById(added.saved.id)).item).toMatchObject({ DueDate: '2026-12-01', ExtendedDueDate: null });

    const asked = await repository.update(added.saved, { ClarificationRequestedDate: '2026-11-03', Status: 'Awaiting clarification', DueDate: '2027-01-01' });
    if (asked.kind !== 'saved') throw new Error(asked.kind);
    expect(asked.saved.item).toMatchObject({ DueDate: null });
    const clarified = await repository.update(asked.saved, { ClarificationReceivedDate: '2026-11-10', Status: 'Received' });
    if (clarified.kind !== 'saved') throw new Error(clarified.kind);
    // A fresh 20 working days from 10 November: day 1 is the 11th, 30 November (St Andrew's Day) skipped.
    expect(clarified.saved.item).toMatchObject({ DueDate: '2026-12-09' });
    emulator.close();
  });

  it('writes 2,000 items in batches through 10% throttling and outages, exactly once each', async () => {
    const { emulator, sp, answers } = await provisionedSite();
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    emulator.setFaults({ throttleRate: 0.05, unavailableRate: 0.05, retryAfterSeconds: 2 });
    Object.assign(emulator, { random });
    const repository = createRepository(sp(), foiRequests, clock);
    const rows = Array.from({ length: 2_000 }, (_, index) => ({
      key: `requests.xlsx/row ${index + 2}`,
      values: {
        Title: `Request ${index}`,
        Reference: `FOI-2026-${String(index).padStart(4, '0')}`,
        Regime: 'FOI',
        ReceivedDate: '2026-11-02',
        RequestText: 'Please send…',
        Status: 'Received'
      }
    }));
    const progress: number[] = [];
    const result = await repository.addMany(rows, (done) => progress.push(done));

    expect(result.invalid).toEqual([]);
    expect(result.refused).toEqual([]);
    expect(result.saved).toHaveLength(2_000);
    expect(progress).toEqual(Array.from({ length: 20 }, (_, index) => (index + 1) * 100));
    emulator.setFaults({});
    expect((await collect(repository.all())).map((saved) => saved.item.Reference).sort()).toEqual(rows.map((row) => row.values.Reference).sort());
    expect(answers.filter((answer) => answer.status === 429 || answer.status === 503).length).toBeGreaterThan(0);
    emulator.close();
  });

  it('adds each row once across calls: answers lost, a call given up part-way, and the same rows sent again', async () => {
    const { emulator, sp } = await provisionedSite();
    let seed = 11;
    Object.assign(emulator, { random: () => ((seed = (seed * 16807) % 2147483647) / 2147483647) });
    const repository = createRepository(sp(), foiRequests, clock);
    const rows = Array.from({ length: 600 }, (_, index) => ({
      key: `legacy.csv/row ${index + 2}`,
      values: { Title: `Request ${index}`, Reference: `FOI-${index}`, Regime: 'FOI', ReceivedDate: '2026-11-02', RequestText: 'Please send…', Status: 'Received' }
    }));
    // Every answer lost for a while: the first call gives up, saying which rows it knows are saved.
    emulator.setFaults({ lostAnswerRate: 1 });
    const interrupted = await repository.addMany(rows).catch((error: unknown) => error);
    expect(interrupted).toBeInstanceOf(BulkAddInterrupted);
    expect((interrupted as BulkAddInterrupted).savedIndexes).toEqual([]);
    emulator.setFaults({ lostAnswerRate: 0.1, throttleRate: 0.1, unavailableRate: 0.1, retryAfterSeconds: 1 });
    const second = await repository.addMany(rows).catch((error: unknown) => error);
    emulator.setFaults({});
    const third = await repository.addMany(rows);
    expect(third.saved).toHaveLength(600);
    const references = (await collect(repository.all())).map((saved) => saved.item.Reference);
    expect(references).toHaveLength(600);
    expect(new Set(references).size).toBe(600);
    expect(second instanceof BulkAddInterrupted || (second as { saved: unknown[] }).saved.length === 600).toBe(true);
    emulator.close();
  });
});
