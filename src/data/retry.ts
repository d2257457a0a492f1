/**
 * Retries what SharePoint asks us to retry: 429 (throttled) and 503/504 (busy), waiting as long as its
 * Retry-After says, else backing off exponentially; and requests that got no answer at all. A retried
 * add cannot create a second item: every add carries a unique idempotency key (see repository.ts).
 */

export interface RetryPolicy {
  /** For 429, 503 and 504: SharePoint is there, and says when to come back. */
  retries: number;
  /** For no answer at all: a person is waiting to be told SharePoint cannot be reached. */
  networkRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected so tests can check the waits without waiting. */
  sleep: (milliseconds: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 5,
  networkRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))
};

const retryStatuses = new Set([429, 503, 504]);

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function retryingFetch(fetchImpl: typeof fetch, policy: RetryPolicy = defaultRetryPolicy): typeof fetch {
  return async (input, init) => {
    // Counted apart: a request throttled three times may still lose its connection once and be retried.
    let busyAnswers = 0;
    let noAnswers = 0;
    for (let attempt = 0; ; attempt++) {
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      let response: Response;
      try {
        response = await fetchImpl(input, init);
      } catch (error) {
        if ((error as { name?: string }).name === 'AbortError' || noAnswers++ >= policy.networkRetries) throw error;
        await policy.sleep(backoff);
        continue;
      }
      if (!retryStatuses.has(response.status) || busyAnswers++ >= policy.retries) return response;
      await policy.sleep(Math.min(policy.maxDelayMs, retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? backoff));
    }
  };
}
