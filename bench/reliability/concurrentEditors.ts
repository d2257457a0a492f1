import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createRepository } from '../../src/data/repository';
import { provision } from '../../src/data/siteUpgrade';
import type { Register } from '../../src/domain/lists/defineList';
import { qualitySnapshots } from '../../src/domain/registers';
import { startEmulatorServer } from '../../workbench/emulator/server';
import { editors, owner, signedInSite } from './signedIn';

export interface EditorsFigures {
  editors: number;
  seconds: number;
  /** Increments acknowledged by SharePoint but missing from the final items. */
  lostUpdates: number;
  acknowledged: number;
  conflicts: number;
  writesPerSecond: number;
}

/**
 * `editors` people each repeatedly read one of a few shared items and add one to its count through the
 * repository (ETag on every update; a 412 means read again and retry). Afterwards every item's count must
 * equal the increments SharePoint acknowledged: anything less is a lost update.
 */
export async function runConcurrentEditors(options: { editors: number; items: number; durationMs: number }): Promise<EditorsFigures> {
  const running = await startEmulatorServer(0);
  // Ten people on one site: each request names its user, as the standalone emulator requires.
  try {
    await provision(signedInSite(running.siteUrl, owner), [qualitySnapshots as unknown as Register]);
    const clock = () => new Date();
    const shared = createRepository(signedInSite(running.siteUrl, owner), qualitySnapshots, clock);
    const ids: number[] = [];
    for (let index = 0; index < options.items; index++) {
      const added = await shared.add({ Title: `Shared ${index}`, Register: 'bench', CheckId: `counter-${index}`, Dimension: 'completeness', RunOn: '2026-11-22', RunAt: '2026-11-22T10:00:00Z', Checked: 0, Failing: 0, Excepted: 0 });
      if (added.kind !== 'saved') throw new Error(`Could not add the shared item: ${JSON.stringify(added)}`);
      ids.push(added.saved.id);
    }
    const acknowledged = new Map<number, number>(ids.map((id) => [id, 0]));
    let conflicts = 0;
    const deadline = performance.now() + options.durationMs;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.editors }, async (_, editor) => {
        const repository = createRepository(signedInSite(running.siteUrl, editors[editor % editors.length]), qualitySnapshots, clock);
        for (let turn = editor; performance.now() < deadline; turn++) {
          const id = ids[turn % ids.length];
          let saved = await repository.getById(id);
          for (;;) {
            const outcome = await repository.update(saved, { Checked: saved.item.Checked + 1 });
            if (outcome.kind === 'saved') {
              acknowledged.set(id, acknowledged.get(id)! + 1);
              break;
            }
            if (outcome.kind !== 'conflict') throw new Error(`Update refused: ${JSON.stringify(outcome)}`);
            conflicts++;
            saved = outcome.server;
          }
        }
      })
    );
    const seconds = (performance.now() - started) / 1000;
    let lostUpdates = 0;
    for (const id of ids) lostUpdates += acknowledged.get(id)! - (await shared.getById(id)).item.Checked;
    const total = [...acknowledged.values()].reduce((sum, count) => sum + count, 0);
    return { editors: options.editors, seconds, lostUpdates, acknowledged: total, conflicts, writesPerSecond: total / seconds };
  } finally {
    await running.close();
  }
}
