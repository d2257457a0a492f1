import { toSharePoint } from '../../src/data/itemMapping';
import type { Register } from '../../src/domain/lists/defineList';
import type { IsoDate } from '../../src/domain/calendar/isoDate';
import { dataCatalogue, foiRequesters, foiRequests, glossaryTerms, urgentCareReferrals, wikiArticles } from '../../src/domain/registers';
import type { SharePointEmulator } from '../emulator/emulator';
import { demoFoi } from './foiDemo';
import { demoReferrals } from './urgentCareDemo';
import { demoArticles, demoCatalogue, demoTerms } from './wikiDemo';

export const demoSeed = 2026;
export const demoCount = 3500;
export const foiDemoOptions = { requests: 600, requesters: 420, seed: 2025 } as const;
/** Who handles requests (FOI officers) and who gathers the information (directorate contacts), by user id. */
export const foiDemoPeople = { officers: [1, 3], contacts: [2] } as const;

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
    toSharePoint(urgentCareReferrals as unknown as Register, row)
  );
  emulator.site.importItems(list, rows, emulator.site.allUsers()[0]);
  return rows.length;
}

/**
 * Fills empty FOI lists with the demo requesters and requests, as a log kept in Custodian would hold them:
 * the due dates are the clock's. Returns how many requests were written (0 when there already are some).
 */
export function seedDemoFoi(emulator: SharePointEmulator, today: IsoDate): number {
  const requesterList = emulator.site.listByTitle(foiRequesters.title);
  const requestList = emulator.site.listByTitle(foiRequests.title);
  if (emulator.site.itemCount(requestList) > 0 || emulator.site.itemCount(requesterList) > 0) return 0;
  const demo = demoFoi({ ...foiDemoOptions, today }, foiDemoPeople.officers, foiDemoPeople.contacts);
  const owner = emulator.site.allUsers()[0];
  emulator.site.importItems(requesterList, demo.requesters.map((row) => toSharePoint(foiRequesters as unknown as Register, row)), owner);
  const requests = demo.requests.map((row) => toSharePoint(foiRequests as unknown as Register, { ...row, ...foiRequests.computed.compute(row, { today }) }));
  emulator.site.importItems(requestList, requests, owner);
  return requests.length;
}

/**
 * Fills the data wiki's empty lists with the demo catalogue, guidance and glossary. Returns how many items
 * were written (a list that already has items is left as it is).
 */
export function seedDemoWiki(emulator: SharePointEmulator, today: IsoDate): number {
  const owner = emulator.site.allUsers()[0];
  const lists: Array<[Register, Array<Record<string, unknown>>]> = [
    [dataCatalogue as unknown as Register, demoCatalogue(today)],
    [wikiArticles as unknown as Register, demoArticles],
    [glossaryTerms as unknown as Register, demoTerms]
  ];
  let written = 0;
  for (const [register, rows] of lists) {
    const list = emulator.site.listByTitle(register.title);
    if (emulator.site.itemCount(list) > 0) continue;
    emulator.site.importItems(list, rows.map((row) => toSharePoint(register, row)), owner);
    written += rows.length;
  }
  return written;
}
