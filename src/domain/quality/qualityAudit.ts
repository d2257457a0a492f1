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
  /**
   * An ISO date-time, or the day alone where no time is known: an exception records its day, and SharePoint's
   * time of the item's last change is the time of the exception (while active) or of its revert.
   */
  when: string;
  who: string;
  register: string;
  checkId: string;
  itemId: number;
  detail: string;
}

const nameOf = (person: PersonValue | null): string => person?.title ?? person?.email ?? (person ? `User ${person.id}` : 'Someone');

/** A day alone counts from its start, so anything done later that day is newer. */
const instantOf = (when: string): number => Date.parse(when.includes('T') ? when : `${when}T00:00:00Z`);

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
  for (const { item, modified } of exceptions) {
    const common = { register: item.Register, checkId: item.RuleId, itemId: item.ItemId };
    const reason = item.Explanation ? `${item.Reason}: ${item.Explanation}` : item.Reason;
    const reverted = item.Status === 'Reverted' && item.RevertedOn;
    // The item's last change happened on the day it records: that change's time is the action's.
    const timed = (day: string): string => (modified && londonDateOf(modified) === day ? modified : day);
    entries.push({ action: 'Excepted', when: reverted ? item.ExceptedOn : timed(item.ExceptedOn), who: nameOf(item.ExceptedBy), detail: reason, ...common });
    if (reverted) {
      entries.push({ action: 'Reverted', when: timed(item.RevertedOn!), who: nameOf(item.RevertedBy), detail: `Counted again (was: ${reason})`, ...common });
    }
  }
  return entries.sort((a, b) => instantOf(b.when) - instantOf(a.when));
}

/** Fixes saved from Monday of this week to today, UK time. */
export function fixedThisWeek(fixes: ReadonlyArray<ItemRecord<QualityFix>>, today: IsoDate): number {
  const monday = mondayOf(today);
  return fixes.filter(({ item }) => {
    const day = londonDateOf(item.FixedAt);
    return day >= monday && day <= today;
  }).length;
}
