import { mondayOf, type IsoDate } from '../calendar/isoDate';
import { londonDateOf } from '../calendar/londonTime';
import type { ItemOf } from '../lists/defineList';
import type { PersonValue } from '../lists/fields';
import type { ItemRecord } from '../lists/itemQuery';
import type { qualityExceptions } from '../registers/qualityExceptions';
import type { qualityFixes } from '../registers/qualityFixes';

export type QualityFix = ItemOf<typeof qualityFixes>;
export type QualityException = ItemOf<typeof qualityExceptions>;

/** One thing a steward did, for the audit: who, when, to which item, against which check. */
export interface AuditEntry {
  action: 'Fixed' | 'Excepted' | 'Reverted';
  /** An ISO date-time for fixes; the day for exceptions, which record only the day. */
  when: string;
  who: string;
  register: string;
  checkId: string;
  itemId: number;
  detail: string;
}

const nameOf = (person: PersonValue | null): string => person?.title ?? person?.email ?? (person ? `User ${person.id}` : 'Someone');

/** Everything stewards did, newest first. */
export function auditTrail(fixes: ReadonlyArray<ItemRecord<QualityFix>>, exceptions: ReadonlyArray<ItemRecord<QualityException>>): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const { item } of fixes) {
    entries.push({
      action: 'Fixed',
      when: item.FixedAt,
      who: nameOf(item.FixedBy),
      register: item.Register,
      checkId: item.CheckId,
      itemId: item.ItemId,
      detail: item.FieldsChanged ? `Changed ${item.FieldsChanged}` : 'Saved without changes'
    });
  }
  for (const { item } of exceptions) {
    const common = { register: item.Register, checkId: item.RuleId, itemId: item.ItemId };
    const reason = item.Explanation ? `${item.Reason}: ${item.Explanation}` : item.Reason;
    entries.push({ action: 'Excepted', when: item.ExceptedOn, who: nameOf(item.ExceptedBy), detail: reason, ...common });
    if (item.Status === 'Reverted' && item.RevertedOn) {
      entries.push({ action: 'Reverted', when: item.RevertedOn, who: nameOf(item.RevertedBy), detail: `Counted again (was: ${reason})`, ...common });
    }
  }
  return entries.sort((a, b) => (a.when < b.when ? 1 : a.when > b.when ? -1 : 0));
}

/** Fixes saved from Monday of this week to today, UK time. */
export function fixedThisWeek(fixes: ReadonlyArray<ItemRecord<QualityFix>>, today: IsoDate): number {
  const monday = mondayOf(today);
  return fixes.filter(({ item }) => {
    const day = londonDateOf(item.FixedAt);
    return day >= monday && day <= today;
  }).length;
}
