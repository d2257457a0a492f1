import type { SPFI } from '@pnp/sp';

/**
 * Reads begun before the screen that shows them has rendered. Each is taken once, by the first read of the
 * same thing on the same site connection, which then has its answer without asking SharePoint again.
 */
const begun = new WeakMap<SPFI, Map<string, unknown>>();

function keep(sp: SPFI, key: string, read: unknown): void {
  begun.set(sp, (begun.get(sp) ?? new Map<string, unknown>()).set(key, read));
}

function take(sp: SPFI, key: string): unknown {
  const onSite = begun.get(sp);
  const read = onSite?.get(key);
  onSite?.delete(key);
  return read;
}

// Until a read is taken nobody awaits it: a failure is the taker's to report, not an unhandled rejection.
function quietUntilTaken(answer: Promise<unknown>): void {
  answer.catch(() => undefined);
}

/** Sends a request now, and keeps its answer for whoever asks for `key` on `sp` next. */
export function beginAsking<T>(sp: SPFI, key: string, answer: Promise<T>): void {
  quietUntilTaken(answer);
  keep(sp, key, answer);
}

/** The answer to `key` begun on `sp`, if one was and nobody has taken it yet. */
export const takeAnswer = <T>(sp: SPFI, key: string): Promise<T> | undefined => take(sp, key) as Promise<T> | undefined;

/** `pages` with the first asked for now, not when first read: a failure is the reader's when reached. */
export function askingFirstNow<T>(pages: AsyncGenerator<T>): AsyncGenerator<T> {
  const first = pages.next();
  quietUntilTaken(first);
  async function* ahead(): AsyncGenerator<T> {
    const page = await first;
    if (page.done) return;
    yield page.value;
    yield* pages;
  }
  return ahead();
}

/** Asks for the first of `pages` now, and keeps them for whoever reads `key` on `sp` next. */
export function beginReading<T>(sp: SPFI, key: string, pages: AsyncGenerator<T>): void {
  keep(sp, key, askingFirstNow(pages));
}

/** The pages of `key` begun on `sp`, if they were and nobody has taken them yet. */
export const takeReading = <T>(sp: SPFI, key: string): AsyncGenerator<T> | undefined => take(sp, key) as AsyncGenerator<T> | undefined;
