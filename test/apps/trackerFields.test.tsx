import { fieldsToRead } from '../../src/domain/lists/registerScreen';
import type { RegisterView } from '../../src/domain/lists/registerViews';
import { reportFields } from '../../src/domain/urgentCare/dailyReport';
import { isInView } from '../../src/domain/lists/registerViews';
import { rulePasses } from '../../src/domain/lists/rulePredicate';
import { likelyDuplicate } from '../../src/domain/lists/likelyDuplicate';
import { urgentCareReferrals } from '../../src/domain/registers';
import { dailyReport } from '../../src/domain/urgentCare/dailyReport';
import { trackerScreen, trackerViews } from '../../src/domain/urgentCare/trackerViews';
import type { ItemRecord } from '../../src/domain/lists/itemQuery';
import { dischargeDateRule } from '../../src/domain/urgentCare/dischargeDateRule';
import { demoReferrals } from '../../workbench/demoData/urgentCareDemo';

const today = '2026-11-22';
const full: ItemRecord[] = demoReferrals({ count: 800, seed: 17, today }, [2, 3]).map((item, index) => ({
  id: index + 1,
  item,
  modified: `2026-11-${String((index % 20) + 1).padStart(2, '0')}T09:00:00Z`,
  editorId: index % 2 ? 2 : 3
}));
const only = (fields: string[]): ItemRecord[] =>
  full.map((record) => ({ ...record, item: Object.fromEntries(fields.map((name) => [name, (record.item as Record<string, unknown>)[name]])) }));
const context = { userId: 2, today };
const trackerFields = ({ shown, report, entering }: { shown: RegisterView; report: boolean; entering: boolean }): string[] =>
  fieldsToRead(trackerScreen, { shown, parts: report ? reportFields : [], entering });

describe('what the tracker reads of each referral', () => {
  it('is not the whole referral', () => {
    const fields = trackerFields({ shown: trackerViews[0], report: false, entering: false });
    expect(fields).not.toContain('Notes');
    expect(fields).not.toContain('DateOfBirth');
    expect(fields.length).toBeLessThan(Object.keys(urgentCareReferrals.fields).length / 2 + 2);
  });

  it.each(trackerViews.map((view) => [view.title, view] as const))('is enough for every count, and the grid of %s', (_, shown) => {
    const read = only(trackerFields({ shown, report: false, entering: false }));
    for (const view of trackerViews) {
      expect(read.filter((record) => isInView(view, record, context)).length).toBe(full.filter((record) => isInView(view, record, context)).length);
    }
    expect(read.filter((record) => !rulePasses(dischargeDateRule, record.item, { today })).length).toBe(
      full.filter((record) => !rulePasses(dischargeDateRule, record.item, { today })).length
    );
    for (const column of shown.columns) expect(read.every((record) => column in record.item)).toBe(true);
  });

  it('is enough for the daily report once it is opened, and for the duplicate warning once a referral is being entered', () => {
    const fields = trackerFields({ shown: trackerViews[1], report: true, entering: true });
    expect(dailyReport(only(fields) as never, { today })).toEqual(dailyReport(full as never, { today }));
    const someone = full[10].item as Record<string, unknown>;
    expect(likelyDuplicate(urgentCareReferrals as never, someone, only(fields), undefined)?.id).toBe(11);
  });
});
