import { provision } from '../../src/data/siteUpgrade';
import { createRepository } from '../../src/data/repository';
import { toSharePoint } from '../../src/data/itemMapping';
import type { Register } from '../../src/domain/lists/defineList';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import { legacyMarkerName } from '../../src/domain/lists/systemFields';
import { emulatedSite } from '../support/emulatedSite';
import { sampleReferral } from '../support/sampleItems';

const clock = () => new Date('2026-11-22T10:00:00Z');
const register = urgentCareReferrals as unknown as Register;
// Marked Discharged with no discharge date: breaks a blocking rule, as 269 of the Control Room's rows did.
const dischargedWithoutDate = sampleReferral({ NhsNumber: '9434765919', Status: 'Discharged' });

async function site() {
  const emulated = emulatedSite({ clock });
  await provision(emulated.sp(), registers as unknown as Register[]);
  return { ...emulated, repository: createRepository(emulated.sp(), urgentCareReferrals, clock) };
}

describe('legacy records: rows from a spreadsheet that break a rule still land, marked, until saved in Custodian', () => {
  it('lands a legacy row that breaks a blocking rule, marked in a listing that asks for the marker, and refuses the same row without the marker', async () => {
    const { emulator, repository } = await site();
    const result = await repository.addMany([
      { key: 'legacy-1', values: dischargedWithoutDate, legacy: true },
      { key: 'plain-1', values: sampleReferral({ NhsNumber: '9999999999' }) }
    ]);
    expect(result.invalid).toEqual([]);
    expect(result.saved.map((saved) => saved.legacy ?? false)).toEqual([true, false]);
    expect((await repository.getById(result.saved[0].id)).legacy).toBe(true);
    const listed = [];
    for await (const page of repository.listing(['Title', legacyMarkerName])) listed.push(...page);
    expect(listed.map((record) => record.legacy ?? false)).toEqual([true, false]);
    expect(listed[0].item).toEqual({ Title: dischargedWithoutDate.Title });
    const unmarkedListing = [];
    for await (const page of repository.listing(['Title'])) unmarkedListing.push(...page);
    expect(unmarkedListing.map((record) => record.legacy ?? false)).toEqual([false, false]);

    const unmarked = await repository.addMany([{ key: 'unmarked', values: dischargedWithoutDate }]);
    expect(unmarked.invalid).toEqual([{ index: 0, messages: { DischargeDate: 'Enter the discharge date: the referral is marked Discharged.' } }]);
    emulator.close();
  });

  it('is refused by SharePoint itself when written around Custodian without the marker, and never excuses a required column', async () => {
    const { emulator, sp } = await site();
    const list = sp().web.lists.getByTitle(urgentCareReferrals.title);
    await expect(list.items.add(toSharePoint(register, dischargedWithoutDate))).rejects.toThrow(/discharge date/i);
    await expect(list.items.add({ ...toSharePoint(register, dischargedWithoutDate), [legacyMarkerName]: true })).resolves.toBeDefined();
    const withoutHospital = { ...toSharePoint(register, dischargedWithoutDate), Hospital: null, [legacyMarkerName]: true };
    await expect(list.items.add(withoutHospital)).rejects.toThrow(/Fill in/);
    emulator.close();
  });

  it('checks a legacy row field by field: an unreadable value is refused, marker or not', async () => {
    const { emulator, repository } = await site();
    const result = await repository.addMany([{ key: 'bad', values: sampleReferral({ NhsNumber: '', Status: 'Discharged' }), legacy: true }]);
    expect(result.invalid).toHaveLength(1);
    expect(Object.keys(result.invalid[0].messages)).toEqual(['NhsNumber']);
    emulator.close();
  });

  it('clears the marker at the next save in Custodian, which must then meet every rule', async () => {
    const { emulator, repository } = await site();
    const [legacy] = (await repository.addMany([{ key: 'legacy-2', values: dischargedWithoutDate, legacy: true }])).saved;
    const stillBroken = await repository.update(legacy, { Notes: 'Checked with the ward.' });
    expect(stillBroken.kind).toBe('invalid');
    const fixed = await repository.update(legacy, { DischargeDate: '2026-11-10' });
    expect(fixed.kind).toBe('saved');
    if (fixed.kind === 'saved') expect(fixed.saved.legacy).toBeUndefined();
    emulator.close();
  });
});
