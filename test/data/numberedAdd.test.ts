import { addNumbered } from '../../src/data/numberedAdd';
import { provision } from '../../src/data/siteUpgrade';
import { createRepository } from '../../src/data/repository';
import type { Register } from '../../src/domain/lists/defineList';
import { nextRequestReference } from '../../src/domain/foi/references';
import { foiRequests, registers } from '../../src/domain/registers';
import { emulatedSite } from '../support/emulatedSite';

const clock = () => new Date('2026-11-20T10:00:00Z');
const request = (title: string) => ({ Title: title, Reference: 'typed by hand', Regime: 'FOI', ReceivedDate: '2026-11-20', RequestText: 'Please send…', Status: 'Received' });

describe('adding a request under the next free reference', () => {
  it('numbers after the highest reference of the year, and two officers saving at once get different ones', async () => {
    const { emulator, sp } = emulatedSite({ clock });
    await provision(sp(), registers as unknown as Register[]);
    const repository = createRepository(sp(), foiRequests, clock);
    await repository.add({ ...request('Older'), Reference: 'FOI-2026-0041' });
    await repository.add({ ...request('Last year'), Reference: 'FOI-2025-0900' });
    const next = (used: string[]) => nextRequestReference(used, '2026');

    const [first, second] = await Promise.all([
      addNumbered(repository, 'Reference', 'FOI-2026-', next, request('Bins')),
      addNumbered(repository, 'Reference', 'FOI-2026-', next, request('Parks'))
    ]);
    const references = [first, second].map((outcome) => (outcome.kind === 'saved' ? outcome.saved.item.Reference : outcome.kind));
    expect(references.sort()).toEqual(['FOI-2026-0042', 'FOI-2026-0043']);
    emulator.close();
  });
});
