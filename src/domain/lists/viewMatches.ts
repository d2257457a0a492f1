/** How many of the items a search finds are in another view, for a search that finds none in the view on show. */
export interface ViewMatches {
  id: string;
  title: string;
  count: number;
}

/** Each other view holding any of `found`, in the views' own order. */
export function matchesInOtherViews<V extends { id: string; title: string }, R>(
  views: readonly V[],
  currentId: string,
  found: readonly R[],
  isIn: (view: V, record: R) => boolean
): ViewMatches[] {
  if (!found.length) return [];
  return views
    .filter((view) => view.id !== currentId)
    .map((view) => ({ id: view.id, title: view.title, count: found.filter((record) => isIn(view, record)).length }))
    .filter((matches) => matches.count > 0);
}
