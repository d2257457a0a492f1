import { provision } from '../../src/data/siteUpgrade';
import { createRepository } from '../../src/data/repository';
import type { Register } from '../../src/domain/lists/defineList';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import { seedDemoReferrals } from '../../workbench/demoData/seed';
import { emulatedSite } from '../support/emulatedSite';

describe('seeding the demo referrals', () => {
  it('imports 3,500 referrals once, bad rows included, readable through the repository', async () => {
    const { emulator, sp } = emulatedSite();
    await provision(sp(), registers as unknown as Register[]);
    expect(seedDemoReferrals(emulator, '2026-11-22')).toBe(3500);
    expect(seedDemoReferrals(emulator, '2026-11-22')).toBe(0);

    const repository = createRepository(sp(), urgentCareReferrals, () => new Date('2026-11-22T12:00:00Z'));
    const items = [];
    for await (const page of repository.all()) items.push(...page);
    expect(items).toHaveLength(3500);
    expect(items.filter((saved) => saved.item.Status === 'Discharged' && saved.item.DischargeDate === null).length).toBe(272);
    expect(new Set(items.map((saved) => saved.item.LeadOfficer?.title))).toEqual(new Set(['Sam Okafor', 'Alex Morgan']));
    emulator.close();
  });
});
