/** Whether two domain values are the same (people and lookups by id, lists by content). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => value === b[index]);
  if (typeof a === 'object' && typeof b === 'object') return (a as { id?: number }).id === (b as { id?: number }).id;
  return false;
}
