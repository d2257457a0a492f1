import MiniSearch from 'minisearch';
import type { WikiEntry } from './wikiEntries';

export interface WikiHit {
  entry: WikiEntry;
  score: number;
}

export interface WikiIndex {
  search(query: string, limit?: number): WikiHit[];
}

// Forgiving in proportion to the word: one slip in a short word, a quarter of the letters in a long one
// ("redy" finds "ready", "dischrge" finds "discharge"), none in words of three letters or fewer.
const fuzziness = (term: string): number => (term.length <= 3 ? 0 : term.length <= 5 ? 1 : 0.25);

/**
 * One index over every wiki entry, typo-tolerant and ranked: a match in a title or a synonym counts most,
 * in the describing text less, in what it belongs to least. Words may be typed in part ("discha").
 */
export function buildWikiIndex(entries: readonly WikiEntry[]): WikiIndex {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const index = new MiniSearch<WikiEntry>({
    fields: ['title', 'synonyms', 'text', 'context'],
    extractField: (entry, field) => (field === 'synonyms' ? entry.synonyms.join(' ') : String(entry[field as keyof WikiEntry] ?? '')),
    searchOptions: { boost: { title: 4, synonyms: 3, text: 1, context: 0.5 }, prefix: (term) => term.length >= 3, fuzzy: fuzziness }
  });
  index.addAll(entries as WikiEntry[]);
  return {
    search: (query, limit = 20) =>
      query.trim()
        ? index
            .search(query)
            .slice(0, limit)
            .map((result) => ({ entry: byId.get(String(result.id))!, score: result.score }))
        : []
  };
}
