import type { DraftStore } from './RegisterForm';

const prefix = 'custodian-draft:';

/**
 * Drafts in the tab's sessionStorage: they survive a reload or a failed save, but not closing the tab,
 * so a patient's details typed on a shared council PC do not stay on it. When storage is unavailable
 * (a full quota, a locked-down browser) drafts are not kept; the form still works.
 */
export function browserDrafts(storage: Storage | undefined = globalThis.sessionStorage): DraftStore {
  return {
    load(key: string): Record<string, unknown> | undefined {
      try {
        const text = storage?.getItem(prefix + key);
        return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    },
    save(key: string, values: Record<string, unknown>): void {
      try {
        storage?.setItem(prefix + key, JSON.stringify(values));
      } catch {
        // Storage full or refused: the form keeps the values in memory regardless.
      }
    },
    clear(key: string): void {
      try {
        storage?.removeItem(prefix + key);
      } catch {
        // Nothing to clear.
      }
    }
  };
}
