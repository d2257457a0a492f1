/** Values checked against the register: what to write, or why not, field by field. */
export type Checked<T> = { ok: true; item: T } | { ok: false; messages: Record<string, string> };

/** The register's checks for a new item, for a legacy row (fields only), and for changes alone. */
export interface RegisterChecks<T> {
  validateNew: (values: Record<string, unknown>) => Checked<T>;
  validateLegacy: (values: Record<string, unknown>) => Checked<T>;
  validateChanges: (changes: Record<string, unknown>) => Checked<Record<string, unknown>>;
}
