import type { WikiEntry } from './wikiEntries';

/** `[[Target]]` or `[[Target|words to show]]`; a field is `[[Register.Field]]` (its internal name or title). */
export const wikiLinkPattern = /\[\[([^[\]|]+?)(?:\|([^[\]]+?))?\]\]/g;

/** The same, matching only where `lastIndex` is: for a parser reading a text from left to right. */
export const wikiLinkAt = /\[\[([^[\]|]+?)(?:\|([^[\]]+?))?\]\]/y;

export interface WikiLink {
  /** As written between the brackets. */
  target: string;
  /** The words to show. */
  label: string;
  /** What it points to; undefined when nothing in the wiki has that name: a broken link. */
  entry?: WikiEntry;
}

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

/** Every `[[…]]` in a text, resolved. */
export function wikiLinksIn(text: string, resolve: (target: string) => WikiEntry | undefined): WikiLink[] {
  return [...text.matchAll(wikiLinkPattern)].map(([, target, label]) => ({ target: target.trim(), label: (label ?? target).trim(), entry: resolve(target) }));
}
