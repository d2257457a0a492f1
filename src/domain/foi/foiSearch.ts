import type { FoiItem } from './requestDeadlines';

/**
 * Quick search of the FOI log: every word typed must appear in the reference, the summary or the request's
 * own words, or (for FOI officers, who are given it) in who asked.
 */
export function matchesRequest(item: FoiItem, query: string, requester?: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = [item.Reference, item.Title, item.RequestText, requester].filter((part) => typeof part === 'string').join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}
