import { synonymsOf } from './wikiEntries';

export interface GlossaryTerm {
  title: string;
  /** Other words for it, separated by commas or semicolons. */
  synonyms: string;
}

const wordsOf = (text: string): string[] => text.toLocaleLowerCase('en-GB').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether `words` appear one after another in `within`. */
function containsRun(within: readonly string[], words: readonly string[]): boolean {
  return words.length > 0 && within.some((_, start) => words.every((word, offset) => within[start + offset] === word));
}

/**
 * The glossary terms a field's title names, by the term itself or one of its other words, as whole words
 * in any case: "Discharge pathway" names Pathway; "Medically optimised date" names Discharge ready date.
 */
export function termsNamedBy(fieldTitle: string, terms: readonly GlossaryTerm[]): string[] {
  const titleWords = wordsOf(fieldTitle);
  return terms.filter(({ title, synonyms }) => [title, ...synonymsOf(synonyms)].some((name) => containsRun(titleWords, wordsOf(name)))).map(({ title }) => title);
}
