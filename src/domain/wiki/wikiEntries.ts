import type { Register } from '../lists/defineList';

export type WikiEntryKind = 'dataset' | 'field' | 'article' | 'term';

/** One thing the wiki can show and find: a dataset, a field of a register, an article or a glossary term. */
export interface WikiEntry {
  /** Stable within the wiki: "dataset:Urgent Care Referrals", "field:urgentCareReferrals/NhsNumber". */
  id: string;
  kind: WikiEntryKind;
  title: string;
  /** What it belongs to: a field's register, a dataset's directorate. */
  context: string;
  /** The words that describe it: a description, a definition, an article's text. */
  text: string;
  /** Other names for it: a field's internal name, a term's synonyms. */
  synonyms: readonly string[];
  /** A field's internal name, which its register's dictionary knows it by. */
  fieldName?: string;
}

export interface CatalogueEntrySummary {
  title: string;
  description: string;
  directorate: string;
}

export interface ArticleSummary {
  title: string;
  summary: string;
  body: string;
}

export interface TermSummary {
  title: string;
  definition: string;
  synonyms: string;
}

/** A glossary term's synonyms as written: "DRD, medically fit date" → ["DRD", "medically fit date"]. */
export const synonymsOf = (written: string): string[] =>
  written
    .split(/[,;\n]/)
    .map((synonym) => synonym.trim())
    .filter(Boolean);

const datasetId = (title: string): string => `dataset:${title}`;
const fieldEntryId = (register: Pick<Register, 'name'>, field: string): string => `field:${register.name}/${field}`;
const articleId = (title: string): string => `article:${title}`;
const termId = (title: string): string => `term:${title}`;

/**
 * Everything the wiki knows, as entries: the registers Custodian keeps and their fields (from their
 * declarations), the catalogue's other datasets, the articles and the glossary.
 */
export function wikiEntries(sources: {
  registers: readonly Register[];
  catalogue: readonly CatalogueEntrySummary[];
  articles: readonly ArticleSummary[];
  terms: readonly TermSummary[];
}): WikiEntry[] {
  const registerTitles = new Set(sources.registers.map((register) => register.title.toLowerCase()));
  return [
    ...sources.registers.flatMap((register): WikiEntry[] => [
      { id: datasetId(register.title), kind: 'dataset', title: register.title, context: 'Kept by Custodian', text: register.description, synonyms: [] },
      ...Object.entries(register.fields).map(([name, field]): WikiEntry => ({
        id: fieldEntryId(register, name),
        kind: 'field',
        title: field.title,
        context: register.title,
        text: field.description,
        synonyms: [name, ...field.aliases],
        fieldName: name
      }))
    ]),
    ...sources.catalogue
      .filter((dataset) => !registerTitles.has(dataset.title.toLowerCase()))
      .map((dataset): WikiEntry => ({ id: datasetId(dataset.title), kind: 'dataset', title: dataset.title, context: dataset.directorate, text: dataset.description, synonyms: [] })),
    ...sources.articles.map((article): WikiEntry => ({
      id: articleId(article.title),
      kind: 'article',
      title: article.title,
      context: 'Guidance',
      text: `${article.summary}\n${article.body}`,
      synonyms: []
    })),
    ...sources.terms.map((term): WikiEntry => ({
      id: termId(term.title),
      kind: 'term',
      title: term.title,
      context: 'Glossary',
      text: term.definition,
      synonyms: synonymsOf(term.synonyms)
    }))
  ];
}
