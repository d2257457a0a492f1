import type { WikiEntry } from './wikiEntries';

/**
 * `[[Target]]` or `[[Target|words to show]]`, matching only where `lastIndex` is (for a parser reading a
 * text from left to right); a field is `[[Register.Field]]` (its internal name or title).
 */
export const wikiLinkAt = /\[\[([^[\]|]+?)(?:\|([^[\]]+?))?\]\]/y;

const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What `[[…]]` names can point to: datasets, articles and terms by title (terms by synonym too), fields as
 * "Register title.Field". The first entry to claim a name keeps it.
 */
export function wikiLinkResolver(entries: readonly WikiEntry[]): (target: string) => WikiEntry | undefined {
  const names = new Map<string, WikiEntry>();
  const claim = (name: string, entry: WikiEntry): void => {
    if (!names.has(key(name))) names.set(key(name), entry);
  };
  for (const kind of ['dataset', 'article', 'term', 'field'] as const) {
    for (const entry of entries.filter((candidate) => candidate.kind === kind)) {
      if (kind === 'field') for (const name of [entry.title, ...entry.synonyms]) claim(`${entry.context}.${name}`, entry);
      else claim(entry.title, entry);
      if (kind === 'term') for (const synonym of entry.synonyms) claim(synonym, entry);
    }
  }
  return (target) => names.get(key(target));
}
