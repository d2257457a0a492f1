/** Where a data-quality link points: a register's tab, one of its checks, or one item in that check's queue. */
export interface QualityLink {
  register: string;
  checkId?: string;
  itemId?: number;
}

const namePattern = /^[A-Za-z][A-Za-z0-9]*$/;
const checkPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "urgentCareReferrals/discharge-date-when-discharged/123": short enough for a Teams sub-entity id. */
export function formatQualityLink({ register, checkId, itemId }: QualityLink): string {
  return [register, checkId, checkId !== undefined && itemId !== undefined ? String(itemId) : undefined].filter(Boolean).join('/');
}

/** The link's parts, or undefined for anything that is not one (a pasted link is not trusted). */
export function parseQualityLink(text: string | undefined): QualityLink | undefined {
  if (!text) return undefined;
  const [register, checkId, item, ...rest] = text.split('/');
  if (rest.length || !namePattern.test(register)) return undefined;
  if (checkId !== undefined && !checkPattern.test(checkId)) return undefined;
  if (item !== undefined && !/^[1-9]\d{0,9}$/.test(item)) return undefined;
  return { register, ...(checkId ? { checkId } : {}), ...(item ? { itemId: Number(item) } : {}) };
}
