import { addDays, mondayOf, toDayNumber, type IsoDate } from '../calendar/isoDate';
import type { ItemOf } from '../lists/defineList';
import type { ItemRecord } from '../lists/itemQuery';
import type { urgentCareReferrals } from '../registers/urgentCareReferrals';
import { rulePasses } from '../lists/rulePredicate';
import { dischargeDateRule } from './dischargeDateRule';

/** The fields the report reads: a screen that lists referrals for it reads these. */
export const reportFields = ['Title', 'ReferralDate', 'DischargeDate', 'DischargeReadyDate', 'Status', 'Pathway', 'DelayReason'] as const;

type Referral = Pick<ItemOf<typeof urgentCareReferrals>, (typeof reportFields)[number]>;

export interface DayCount {
  date: IsoDate;
  referrals: number;
  discharges: number;
}

export interface WeekCount {
  /** The Monday the week starts on. */
  weekStarting: IsoDate;
  referrals: number;
  discharges: number;
}

export interface WaitingReferral {
  id: number;
  name: string;
  referralDate: IsoDate;
  days: number;
  status: string;
}

export interface DailyReport {
  today: IsoDate;
  /** The last `days` days, oldest first, today included. */
  byDay: DayCount[];
  /** The last `weeks` weeks (Monday to Sunday), oldest first, this week included. */
  byWeek: WeekCount[];
  activeByPathway: Array<{ pathway: string; count: number }>;
  /** Median whole days from referral to discharge over discharges in the last `days` days (null if none). */
  medianDaysToDischarge: number | null;
  dischargesMeasured: number;
  /** Active referrals past their discharge ready date, by delay reason, with the days they have waited in all. */
  delaysByReason: Array<{ reason: string; count: number; days: number }>;
  /**
   * Marked Discharged with no discharge date, longest since referral first: data to put right, not patients
   * waiting. They count as active until the date is entered, but never among the waits.
   */
  dischargedWithoutDate: WaitingReferral[];
  waitingThreshold: number;
  /** Active referrals referred more than `waitingThreshold` days ago and not marked Discharged, longest first. */
  waitingLongerThan: WaitingReferral[];
}

export interface ReportOptions {
  today: IsoDate;
  days?: number;
  weeks?: number;
  waitingThreshold?: number;
}

export const notRecorded = 'Not recorded';

const isActive = (referral: Referral): boolean => referral.DischargeDate === null && referral.Status !== 'Cancelled';

const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from);

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function counted<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * The Control Room's daily report, computed from the referrals as they are now: it replaces the
 * report staff rebuilt by hand each morning. Dates are London calendar dates.
 */
export function dailyReport(records: ReadonlyArray<ItemRecord<Referral>>, options: ReportOptions): DailyReport {
  const { today, days = 28, weeks = 12, waitingThreshold = 14 } = options;
  const referrals = records.map((record) => record.item);
  const firstDay = addDays(today, -(days - 1));
  const firstWeek = addDays(mondayOf(today), -7 * (weeks - 1));

  const referredOn = counted(referrals.map((referral) => referral.ReferralDate));
  const dischargedOn = counted(referrals.flatMap((referral) => (referral.DischargeDate ? [referral.DischargeDate] : [])));
  const byDay = Array.from({ length: days }, (_, index) => {
    const date = addDays(firstDay, index);
    return { date, referrals: referredOn.get(date) ?? 0, discharges: dischargedOn.get(date) ?? 0 };
  });

  const byWeek = Array.from({ length: weeks }, (_, index) => ({ weekStarting: addDays(firstWeek, 7 * index), referrals: 0, discharges: 0 }));
  const addToWeeks = (perDay: Map<IsoDate, number>, key: 'referrals' | 'discharges'): void => {
    for (const [date, count] of perDay) {
      const index = Math.floor(daysBetween(firstWeek, date) / 7);
      if (index >= 0 && index < weeks && date <= today) byWeek[index][key] += count;
    }
  };
  addToWeeks(referredOn, 'referrals');
  addToWeeks(dischargedOn, 'discharges');

  const active = records.filter((record) => isActive(record.item));
  const pathways = counted(active.map((record) => record.item.Pathway ?? notRecorded));
  const activeByPathway = [...pathways].map(([pathway, count]) => ({ pathway, count })).sort((a, b) => a.pathway.localeCompare(b.pathway));

  const measured = referrals.flatMap((referral) =>
    referral.DischargeDate && referral.DischargeDate >= firstDay && referral.DischargeDate <= today && referral.DischargeDate >= referral.ReferralDate
      ? [daysBetween(referral.ReferralDate, referral.DischargeDate)]
      : []
  );

  const delays = new Map<string, { count: number; days: number }>();
  for (const { item } of active) {
    if (!item.DischargeReadyDate || item.DischargeReadyDate > today) continue;
    const reason = item.DelayReason ?? notRecorded;
    const entry = delays.get(reason) ?? { count: 0, days: 0 };
    entry.count += 1;
    entry.days += daysBetween(item.DischargeReadyDate, today);
    delays.set(reason, entry);
  }

  const sinceReferral = (held: typeof active): WaitingReferral[] =>
    held
      .map((record) => ({
        id: record.id,
        name: record.item.Title,
        referralDate: record.item.ReferralDate,
        days: daysBetween(record.item.ReferralDate, today),
        status: record.item.Status
      }))
      .sort((a, b) => b.days - a.days || a.id - b.id);
  // Marked Discharged with no date, by the register's own rule: data to put right, not patients waiting.
  const undated = (record: (typeof active)[number]): boolean => !rulePasses(dischargeDateRule, record.item, { today });
  const waitingLongerThan = sinceReferral(active.filter((record) => !undated(record))).filter((waiting) => waiting.days > waitingThreshold);

  return {
    today,
    byDay,
    byWeek,
    activeByPathway,
    medianDaysToDischarge: median(measured),
    dischargesMeasured: measured.length,
    delaysByReason: [...delays].map(([reason, entry]) => ({ reason, ...entry })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    dischargedWithoutDate: sinceReferral(active.filter(undated)),
    waitingThreshold,
    waitingLongerThan
  };
}
