import { isEnforcedBySharePoint } from '../../src/domain/lists/defineList';
import { dateTime, note } from '../../src/domain/lists/fields';
import { ruleFormula } from '../../src/domain/lists/ruleFormula';
import { conditionHolds, rulePasses, ruleContextAt } from '../../src/domain/lists/rulePredicate';
import { ruleSentence } from '../../src/domain/lists/ruleSentence';
import { hasPassed, hoursAfter, isPresent, onOrBefore, or, type Rule } from '../../src/domain/lists/rules';

const fields = {
  AwareAt: dateTime({ title: 'Time the council became aware', description: 'When the council learnt of it.' }),
  ReportedAt: dateTime({ title: 'Time reported to the ICO', description: 'When the ICO was told.' }),
  Reason: note({ title: 'Reason for delay', description: 'Why later than 72 hours.' })
};
const within72Hours: Rule = {
  id: 'reported-within-72-hours',
  field: 'ReportedAt',
  check: or(onOrBefore('ReportedAt', hoursAfter('AwareAt', 72)), isPresent('Reason')),
  message: 'Report within 72 hours of becoming aware, or say why not.',
  dimension: 'timeliness',
  severity: 'block'
};
const overdue = hasPassed(hoursAfter('AwareAt', 72));
const at = (instant: string) => ruleContextAt(new Date(instant));

describe('hours after a date and time, in the rule language', () => {
  it('counts elapsed hours, to the minute, across the clocks going forward', () => {
    // The clocks went forward on 29 March 2026: 72 elapsed hours after 10:00 GMT on the 27th is 11:00 BST on the 30th.
    const aware = { AwareAt: '2026-03-27T10:00:00Z' };
    expect(rulePasses(within72Hours, { ...aware, ReportedAt: '2026-03-30T10:00:00Z' }, at('2026-04-01T00:00:00Z'))).toBe(true);
    expect(rulePasses(within72Hours, { ...aware, ReportedAt: '2026-03-30T10:01:00Z' }, at('2026-04-01T00:00:00Z'))).toBe(false);
    expect(rulePasses(within72Hours, { ...aware, ReportedAt: '2026-03-30T10:01:00.000Z', Reason: 'The ICO portal was down.' }, at('2026-04-01T00:00:00Z'))).toBe(true);
  });

  it('says a deadline has passed only once it has, by the time now', () => {
    const aware = { AwareAt: '2026-12-04T09:30:00Z' };
    expect(conditionHolds(overdue, aware, at('2026-12-07T09:30:00Z'))).toBe(false);
    expect(conditionHolds(overdue, aware, at('2026-12-07T09:31:00Z'))).toBe(true);
    expect(conditionHolds(overdue, {}, at('2026-12-07T09:31:00Z'))).toBe(false);
  });

  it('refuses to guess the time: a check about now without it throws', () => {
    expect(() => conditionHolds(overdue, { AwareAt: '2026-12-04T09:30:00Z' }, { today: '2026-12-07' })).toThrow(/without the time/);
  });

  it('is said in words, written as a formula, and left to Custodian rather than to SharePoint', () => {
    expect(ruleSentence(within72Hours, fields)).toBe('The time reported to the ICO must be on or before 72 hours after the time the council became aware, or the reason for delay must be filled in.');
    expect(ruleFormula(within72Hours, fields)).toBe('OR(OR(ISBLANK([Time reported to the ICO]),ISBLANK([Time the council became aware]),[Time reported to the ICO]<=([Time the council became aware]+72/24)),NOT(ISBLANK([Reason for delay])))');
    // SharePoint adds days to local wall-clock time, an hour out across a clock change: it is never asked to enforce hours.
    expect(isEnforcedBySharePoint({ ...within72Hours, check: onOrBefore('ReportedAt', hoursAfter('AwareAt', 72)) }, fields)).toBe(false);
    expect(isEnforcedBySharePoint({ ...within72Hours, check: onOrBefore('AwareAt', 'ReportedAt') }, fields)).toBe(true);
  });
});
