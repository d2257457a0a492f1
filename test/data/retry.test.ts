import { retryAfterMs, retryingFetch, type RetryPolicy } from '../../src/data/retry';

function policy(): RetryPolicy & { waits: number[] } {
  const waits: number[] = [];
  return { retries: 3, networkRetries: 1, baseDelayMs: 100, maxDelayMs: 10_000, waits, sleep: async (ms) => void waits.push(ms) };
}

function scripted(answers: Array<Response | Error>): typeof fetch & { calls: number } {
  const fake = (async () => {
    const next = answers[fake.calls++];
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch & { calls: number };
  fake.calls = 0;
  return fake;
}

describe('retrying fetch', () => {
  it('counts lost connections apart from busy answers: a throttled request may still be retried once it loses its connection', async () => {
    const rules = policy();
    const busy = () => new Response('', { status: 503 });
    const fake = scripted([busy(), busy(), busy(), new TypeError('fetch failed'), new Response('ok', { status: 200 })]);
    const answer = await retryingFetch(fake, rules)('http://x/');
    expect([answer.status, fake.calls]).toEqual([200, 5]);
  });

  it('waits as long as Retry-After says on 429, then returns the answer', async () => {
    const rules = policy();
    const fake = scripted([new Response('', { status: 429, headers: { 'retry-after': '3' } }), new Response('ok', { status: 200 })]);
    const answer = await retryingFetch(fake, rules)('http://x/');
    expect([answer.status, fake.calls, rules.waits]).toEqual([200, 2, [3000]]);
  });

  it('backs off exponentially on 503 without Retry-After, and gives up after its retries', async () => {
    const rules = policy();
    const fake = scripted(Array.from({ length: 5 }, () => new Response('', { status: 503 })));
    const answer = await retryingFetch(fake, rules)('http://x/');
    expect([answer.status, fake.calls, rules.waits]).toEqual([503, 4, [100, 200, 400]]);
  });

  it('does not retry what SharePoint refused on purpose', async () => {
    const rules = policy();
    const fake = scripted([new Response('', { status: 412 })]);
    expect((await retryingFetch(fake, rules)('http://x/')).status).toBe(412);
    expect(fake.calls).toBe(1);
  });

  it('retries no answer at all only briefly, so a person soon hears SharePoint cannot be reached', async () => {
    const rules = policy();
    const fake = scripted([new TypeError('fetch failed'), new TypeError('fetch failed'), new Response('late')]);
    await expect(retryingFetch(fake, rules)('http://x/')).rejects.toThrow('fetch failed');
    expect([fake.calls, rules.waits]).toEqual([2, [100]]);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs('Sun, 22 Nov 2026 10:00:30 GMT', Date.parse('2026-11-22T10:00:00Z'))).toBe(30_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });
});
