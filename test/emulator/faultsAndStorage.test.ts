import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import * as os from 'node:os';
import * as path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { emulatedSite, siteUrl } from '../support/emulatedSite';
import { SharePointEmulator } from '../../workbench/emulator/emulator';

describe('fault injection', () => {
  it('answers 429 with Retry-After, and 503, at the rates asked for', async () => {
    let roll = 0;
    const rolls = [0.05, 0.15, 0.5];
    const emulator = new SharePointEmulator({ random: () => rolls[roll++ % rolls.length] });
    emulator.setFaults({ throttleRate: 0.1, unavailableRate: 0.1, retryAfterSeconds: 3 });
    const get = () => emulator.handle({ method: 'GET', url: `${siteUrl}/_api/web`, headers: { accept: 'application/json', 'x-custodian-user': '1' }, body: '' });

    const throttled = await get();
    expect([throttled.status, throttled.headers['retry-after']]).toEqual([429, '3']);
    expect((await get()).status).toBe(503);
    expect((await get()).status).toBe(200);
    emulator.close();
  });

  it('holds every answer back by the latency asked for', async () => {
    jest.useFakeTimers();
    const emulator = new SharePointEmulator();
    emulator.setFaults({ latencyMs: 30 });
    let answered = false;
    const answer = emulator.handle({ method: 'GET', url: `${siteUrl}/_api/web`, headers: { 'x-custodian-user': '1' }, body: '' }).then((response) => {
      answered = true;
      return response;
    });
    await jest.advanceTimersByTimeAsync(29);
    expect(answered).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect((await answer).status).toBe(200);
    jest.useRealTimers();
    emulator.close();
  });
});

describe('storage', () => {
  it('keeps lists and items in its SQLite file across restarts', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'custodian-emulator-'));
    const file = path.join(folder, 'site.sqlite');
    try {
      const first = emulatedSite({ file });
      await first.sp().web.lists.add('Kept', '', 100);
      await first.sp().web.lists.getByTitle('Kept').items.add({ Title: 'Still here' });
      first.emulator.close();

      const second = emulatedSite({ file });
      expect((await second.sp().web.lists.getByTitle('Kept').items())[0]).toMatchObject({ Id: 1, Title: 'Still here' });
      await second.sp().web.lists.getByTitle('Kept').items.add({ Title: 'Next' });
      expect((await second.sp().web.lists.getByTitle('Kept').items.getById(2)()).Title).toBe('Next');
      await second.sp().web.lists.getByTitle('Kept').items.getById(2).delete();
      second.emulator.close();

      const third = emulatedSite({ file });
      expect((await third.sp().web.lists.getByTitle('Kept').items.add({ Title: 'Never id 2 again' })).Id).toBe(3);
      third.emulator.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses writes without a form digest, as SharePoint does', async () => {
    const emulator = new SharePointEmulator();
    const post = (digest?: string) =>
      emulator.handle({ method: 'POST', url: `${siteUrl}/_api/web/lists`, headers: { accept: 'application/json', 'x-custodian-user': '1', ...(digest ? { 'x-requestdigest': digest } : {}) }, body: '{"Title":"X"}' });
    for (const digest of [undefined, 'anything', `0x${'A'.repeat(64)},${new Date().toUTCString()}`]) {
      const answer = await post(digest);
      expect(answer.status).toBe(403);
      expect(answer.body).toContain('The security validation for this page is invalid');
    }
    emulator.close();
  });

  it('accepts only a digest it issued, until it expires', async () => {
    let now = Date.parse('2026-11-22T10:00:00Z');
    const emulator = new SharePointEmulator({ digestClock: () => now });
    const call = (path: string, digest?: string) =>
      emulator.handle({ method: 'POST', url: `${siteUrl}/_api/${path}`, headers: { accept: 'application/json', 'x-custodian-user': '1', ...(digest ? { 'x-requestdigest': digest } : {}) }, body: path === 'web/lists' ? '{"Title":"X"}' : '' });
    const info = JSON.parse((await call('contextinfo')).body) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect((await call('web/lists', info.FormDigestValue)).status).toBe(201);
    now += 1801 * 1000;
    expect((await call('web/lists', info.FormDigestValue)).status).toBe(403);
    emulator.close();
  });

  it('answers 401 for a user it does not know, for no user at all, and for the system account', async () => {
    const emulator = new SharePointEmulator();
    for (const identity of ['nobody@elsewhere.example', undefined, '1073741823', 'SHAREPOINT\\system']) {
      const answer = await emulator.handle({ method: 'GET', url: `${siteUrl}/_api/web`, headers: identity === undefined ? {} : { 'x-custodian-user': identity }, body: '' });
      expect(answer.status).toBe(401);
    }
    emulator.close();
  });
});
