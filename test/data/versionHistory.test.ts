import { provision } from '../../src/data/siteUpgrade';
import { createRepository } from '../../src/data/repository';
import { readVersionHistory } from '../../src/data/versionHistory';
import type { Register } from '../../src/domain/lists/defineList';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import { emulatedSite } from '../support/emulatedSite';
import { sampleReferral } from '../support/sampleItems';

const sam = 'i:0#.f|membership|sam.okafor@council.example';
const alex = 'i:0#.f|membership|alex.morgan@council.example';
let now = new Date('2026-11-20T09:00:00Z');
const clock = () => now;

describe('an item’s version history', () => {
  it('says who saved each version, when, and which fields changed from what to what', async () => {
    const site = emulatedSite({ clock });
    await provision(site.sp(), registers as unknown as Register[]);
    const asSam = createRepository(site.sp(sam), urgentCareReferrals, clock);
    const asAlex = createRepository(site.sp(alex), urgentCareReferrals, clock);
    const added = await asSam.add(sampleReferral({ Status: 'Referred' }));
    if (added.kind !== 'saved') throw new Error(added.kind);
    now = new Date('2026-11-21T14:30:00Z');
    const updated = await asAlex.update(added.saved, { Status: 'Assessing', LeadOfficer: { id: 3 }, Ward: 'Elm Ward' });
    expect(updated.kind).toBe('saved');

    const history = await readVersionHistory(site.sp(sam), urgentCareReferrals as unknown as Register, added.saved.id);
    expect(history.map(({ label, editor, saved }) => ({ label, editor, saved }))).toEqual([
      { label: '2.0', editor: 'Alex Morgan', saved: '2026-11-21T14:30:00Z' },
      { label: '1.0', editor: 'Sam Okafor', saved: '2026-11-20T09:00:00Z' }
    ]);
    expect(history[0].changes).toEqual([
      { field: 'Ward', from: null, to: 'Elm Ward' },
      { field: 'Status', from: 'Referred', to: 'Assessing' },
      { field: 'LeadOfficer', from: null, to: { id: 3, title: 'Alex Morgan', email: 'alex.morgan@council.example' } }
    ]);
    expect(history[1].changes.map((change) => change.field)).toEqual(['Title', 'NhsNumber', 'Hospital', 'AdmissionDate', 'ReferralDate', 'Status']);
    expect(history[1].changes.find((change) => change.field === 'AdmissionDate')?.to).toBe('2026-11-01');
    site.emulator.close();
  });
});
