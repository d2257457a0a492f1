import type { Snapshot } from '../../../src/domain/quality/qualityHistory';
import { termsNamedBy } from '../../../src/domain/wiki/glossaryLinks';
import { checkResultSentence, latestRun, latestRunsByRegister } from '../../../src/domain/wiki/latestResults';

const terms = [
  { title: 'Discharge ready date', synonyms: 'DRD, medically fit date, medically optimised date' },
  { title: 'Pathway', synonyms: 'Discharge pathway' },
  { title: 'Ward', synonyms: '' }
];

describe('glossary links from the dictionary', () => {
  it('links a field to the terms its title names, by the term or another word for it, as whole words', () => {
    expect(termsNamedBy('Discharge ready date', terms)).toEqual(['Discharge ready date']);
    expect(termsNamedBy('Medically optimised date', terms)).toEqual(['Discharge ready date']);
    expect(termsNamedBy('discharge PATHWAY', terms)).toEqual(['Pathway']);
    expect(termsNamedBy('Pathways team', terms)).toEqual([]);
    expect(termsNamedBy('Awkward name', terms)).toEqual([]);
  });
});

const snapshot = (runAt: string, checkId: string, checked: number, failing: number, excepted = 0): Snapshot => ({
  register: 'urgentCareReferrals',
  runOn: runAt.slice(0, 10) as Snapshot['runOn'],
  runAt,
  checkId,
  dimension: 'completeness',
  checked,
  failing,
  excepted
});

describe('latest data-quality results in the dictionary', () => {
  const run = latestRun([
    snapshot('2026-11-20T09:00:00.000Z', 'complete-nhs-number', 3400, 90),
    snapshot('2026-11-21T09:00:00.000Z', 'complete-nhs-number', 3500, 37, 2),
    snapshot('2026-11-21T09:00:00.000Z', 'valid-ward', 3500, 0)
  ]);

  it('reads each check from the last run only', () => {
    expect(checkResultSentence(run, 'complete-nhs-number')).toBe('Checked Saturday 21 November 2026: 37 of 3,500 items fail (98.9% pass); 2 excepted by a steward.');
    expect(checkResultSentence(run, 'valid-ward')).toBe('Checked Saturday 21 November 2026: all 3,500 items pass.');
  });

  it('says when a check has never been run rather than showing a score', () => {
    expect(checkResultSentence(run, 'unique-nhs-number')).toBe('Not yet checked by the data-quality tab.');
    expect(checkResultSentence(latestRun([]), 'valid-ward')).toBe('Not yet checked by the data-quality tab.');
  });
});

describe('latest scores per register in the catalogue', () => {
  it('takes each register’s own last run', () => {
    const runs = latestRunsByRegister([
      snapshot('2026-11-20T09:00:00.000Z', 'complete-nhs-number', 100, 50),
      snapshot('2026-11-21T09:00:00.000Z', 'complete-nhs-number', 100, 10),
      { ...snapshot('2026-11-19T09:00:00.000Z', 'complete-reference', 40, 0), register: 'foiRequests' }
    ]);
    expect(runs.get('urgentCareReferrals')).toMatchObject({ day: '2026-11-21', overall: 90 });
    expect(runs.get('foiRequests')).toMatchObject({ day: '2026-11-19', overall: 100 });
    expect(runs.has('dataCatalogue')).toBe(false);
  });
});
