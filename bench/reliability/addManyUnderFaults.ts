import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { BulkAddInterrupted, type KeyedRow } from '../../src/data/bulkAdd';
import { createRepository } from '../../src/data/repository';
import { provision } from '../../src/data/siteUpgrade';
import { spForSite } from '../../src/data/sharePoint';
import type { Register } from '../../src/domain/lists/defineList';
import { qualityFixes } from '../../src/domain/registers';
import { SharePointEmulator } from '../../workbench/emulator/emulator';
import { emulatorFetch } from '../../workbench/emulator/inProcess';

export interface AddManyFigures {
  rows: number;
  calls: number;
  interruptedCalls: number;
  faultAnswers: number;
  missing: number;
  duplicated: number;
}

const siteUrl = 'http://127.0.0.1:8080/sites/custodian';

/**
 * The same rows given to addMany twice (and again while a call is interrupted) with SharePoint throttling,
 * failing and dropping answers after doing the work; then every row must be on the list exactly once.
 */
export async function runAddManyUnderFaults(options: { rows: number; seed: number; lostAnswerRate: number }): Promise<AddManyFigures> {
  let seed = options.seed;
  const emulator = new SharePointEmulator({ random: () => ((seed = (seed * 16807) % 2147483647) / 2147483647) });
  let faultAnswers = 0;
  const handle = emulator.handle.bind(emulator);
  emulator.handle = async (request) => {
    const answer = await handle(request).catch((error: unknown) => {
      faultAnswers++;
      throw error;
    });
    if (answer.status === 429 || answer.status === 503) faultAnswers++;
    return answer;
  };
  const retry = { retries: 8, networkRetries: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined };
  const sp = spForSite(siteUrl, { fetch: emulatorFetch(emulator, 'priya.shah@council.example'), retry });
  try {
    await provision(sp, [qualityFixes as unknown as Register]);
    const repository = createRepository(sp, qualityFixes, () => new Date('2026-11-22T10:00:00Z'));
    const rows: KeyedRow[] = Array.from({ length: options.rows }, (_, index) => ({
      key: `fixes.csv/row ${index + 2}`,
      values: { Title: `Fix ${index}`, Register: 'urgentCareReferrals', CheckId: 'complete-ward', ItemId: index + 1, FixedBy: { id: 1 }, FixedAt: '2026-11-22T10:00:00Z' }
    }));
    emulator.setFaults({ throttleRate: 0.1, unavailableRate: 0.1, lostAnswerRate: options.lostAnswerRate, retryAfterSeconds: 1 });
    let calls = 0;
    let interruptedCalls = 0;
    for (let done = 0; done < 2; ) {
      calls++;
      try {
        await repository.addMany(rows);
        done++;
      } catch (error) {
        if (!(error instanceof BulkAddInterrupted)) throw error;
        interruptedCalls++;
      }
    }
    emulator.setFaults({});
    const keys: string[] = [];
    for await (const page of repository.all()) keys.push(...page.map((saved) => String(saved.item.Title)));
    const distinct = new Set(keys);
    return { rows: options.rows, calls, interruptedCalls, faultAnswers, missing: options.rows - distinct.size, duplicated: keys.length - distinct.size };
  } finally {
    emulator.close();
  }
}
