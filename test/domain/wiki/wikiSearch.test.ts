import type { Register } from '../../../src/domain/lists/defineList';
import { registers } from '../../../src/domain/registers';
import { reviewDue, rolesOf } from '../../../src/domain/wiki/catalogue';
import { wikiEntries, type WikiEntry } from '../../../src/domain/wiki/wikiEntries';
import { buildWikiIndex } from '../../../src/domain/wiki/wikiSearch';
import { wikiLinkResolver } from '../../../src/domain/wiki/wikiLinks';

const entries: WikiEntry[] = wikiEntries({
  registers: registers as unknown as Register[],
  catalogue: [
    { title: 'Council Tax Reduction claims', description: 'Claims for help paying council tax, from the benefits system.', directorate: 'Resources' },
    { title: 'Urgent Care Referrals', description: 'Catalogued twice by mistake.', directorate: 'Adult Social Care' }
  ],
  articles: [
    { title: 'How to log a discharge', summary: 'Recording a patient leaving hospital.', body: 'Fill in the [[Urgent Care Referrals.DischargeDate|discharge date]] and the [[Pathway]].' },
    { title: 'FOI exemptions quick reference', summary: 'Sections 21 to 44 in plain English.', body: 'See [[Freedom of Information]] and [[No such article]].' }
  ],
  terms: [
    { title: 'Discharge ready date', definition: 'The day a patient no longer meets the criteria to reside in hospital.', synonyms: 'DRD, medically fit date' },
    { title: 'Pathway', definition: 'The kind of support a patient leaves hospital with (0 to 3).', synonyms: 'Discharge pathway' }
  ]
});
const index = buildWikiIndex(entries);
const titles = (query: string): string[] => index.search(query, 5).map((hit) => `${hit.entry.kind}: ${hit.entry.title}`);

describe('wiki search', () => {
  it('finds "discharge ready" through typos', () => {
    expect(titles('dischrge redy').slice(0, 2)).toEqual(expect.arrayContaining(['term: Discharge ready date', 'field: Discharge ready date']));
  });

  it('finds a field by words of its description, a term by a synonym, and a dataset by part of a word', () => {
    expect(titles('criteria to reside')).toContain('term: Discharge ready date');
    expect(titles('10-digit number')[0]).toBe('field: NHS number');
    expect(titles('why still in hospital').slice(0, 2)).toContain('field: Delay reason');
    expect(titles('DRD')[0]).toBe('term: Discharge ready date');
    expect(titles('council ta')[0]).toBe('dataset: Council Tax Reduction claims');
  });

  it('catalogues a register once, from its declaration, even when the catalogue also lists it', () => {
    expect(entries.filter((entry) => entry.id === 'dataset:Urgent Care Referrals')).toHaveLength(1);
    expect(index.search('   ')).toEqual([]);
  });
});

describe('wiki links', () => {
  const resolve = wikiLinkResolver(entries);

  it('resolves datasets, articles, terms (by synonym too) and fields by internal name or title, and names the broken ones', () => {
    expect(resolve('urgent care referrals')?.kind).toBe('dataset');
    expect(resolve('How to log a discharge')?.kind).toBe('article');
    expect(resolve('DRD')?.title).toBe('Discharge ready date');
    expect(resolve('Urgent Care Referrals.NhsNumber')?.id).toBe('field:urgentCareReferrals/NhsNumber');
    expect(resolve('Urgent Care Referrals.NHS number')?.id).toBe('field:urgentCareReferrals/NhsNumber');
    // An article's links are parsed by its renderer (test/ui/articleHtml.test.ts); their targets resolve here.
    expect(['Freedom of Information', 'Urgent Care Referrals.DischargeDate', 'Nothing'].map((target) => resolve(target)?.id)).toEqual([
      undefined,
      'field:urgentCareReferrals/DischargeDate',
      undefined
    ]);
  });
});

describe('the catalogue', () => {
  it('is due for review a year after the last, or when never reviewed', () => {
    expect(reviewDue('2025-11-22', '2026-11-22')).toBe(false);
    expect(reviewDue('2025-11-21', '2026-11-22')).toBe(true);
    expect(reviewDue(null, '2026-11-22')).toBe(true);
    expect(reviewDue('2026-06-01', '2026-11-22', 90)).toBe(true);
  });

  it('names what a person is to a dataset', () => {
    expect(rolesOf({ Owner: { id: 3 }, Custodian: { id: 4 }, Steward: { id: 3 } }, 3)).toEqual(['Data owner', 'Data steward']);
    expect(rolesOf({ Owner: null }, 3)).toEqual([]);
  });
});
