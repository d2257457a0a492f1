import { toSharePoint, type AnyRegister } from '../../src/data/itemMapping';
import type { IsoDate } from '../../src/domain/calendar/isoDate';
import { urgentCareReferrals } from '../../src/domain/registers';
import type { SharePointEmulator } from '../emulator/emulator';
import { demoReferrals } from './urgentCareDemo';

export const demoSeed = 2026;
export const demoCount = 3500;

/**
 * Fills an empty Urgent Care list with the demo referrals the way legacy data arrives: imported as it was
 * in the spreadsheet, before the rules were switched on, so the bad rows are there for the data-quality
 * tab to find. Returns how many were written (0 when the list already has items).
 */
export function seedDemoReferrals(emulator: SharePointEmulator, today: IsoDate): number {
  const list = emulator.site.listByTitle(urgentCareReferrals.title);
  if (emulator.site.itemCount(list) > 0) return 0;
  const members = emulator.site.allGroups().find((group) => group.title === 'Custodian Members')?.memberIds ?? [];
  const officers = members.length ? members : [emulator.site.allUsers()[0].id];
  const rows = demoReferrals({ count: demoCount, seed: demoSeed, today }, officers).map((row) =>
    toSharePoint(urgentCareReferrals as unknown as AnyRegister, row)
  );
  emulator.site.importItems(list, rows, emulator.site.allUsers()[0]);
  return rows.length;
}
