import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { owner, signedInSite } from './signedIn';

export interface CrashFigures {
  kills: number;
  acknowledgedWrites: number;
  /** Acknowledged adds or updates not found, as acknowledged, after a restart. */
  acknowledgedLost: number;
  /** Ids that came back holding another item, or that a new add was given again. */
  idsReused: number;
}

const noRetries = { retries: 0, networkRetries: 0, baseDelayMs: 0, maxDelayMs: 0, sleep: async () => undefined };

/** The standalone emulator in a process of its own, so that it can be killed as a crash kills it. */
async function startChild(file: string): Promise<{ child: ChildProcess; siteUrl: string }> {
  // One process (tsx as a loader, not its CLI, which would start a second one that a kill would miss).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', '..', 'workbench', 'emulator', 'server.ts')], {
    env: { ...process.env, PORT: '0', EMULATOR_FILE: file },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const siteUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /SharePoint emulator: (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The emulator exited (${code}) before it started: ${output}`)));
  });
  child.once('exit', (code, signal) => {
    if (signal !== 'SIGKILL') console.error(`The emulator stopped by itself (${code ?? signal}).`);
  });
  return { child, siteUrl };
}

function killed(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * Writers add and update items on the emulator as fast as it answers while it is killed with SIGKILL at a
 * random moment, `kills` times. After each restart every acknowledged write must be there as
 * acknowledged, and no id may be given to a second item.
 */
export async function runKillDuringWrites(options: { kills: number; writers: number; runMs: [number, number] }): Promise<CrashFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'custodian-crash-'));
  const file = path.join(folder, 'site.sqlite');
  const acknowledged = new Map<number, string>();
  let acknowledgedWrites = 0;
  let acknowledgedLost = 0;
  let idsReused = 0;
  let serial = 0;
  let rounds = 0;
  try {
    let { child, siteUrl } = await startChild(file);
    await signedInSite(siteUrl, owner).web.lists.add('Crash test', '', 100);
    for (let kill = 0; kill < options.kills; kill++) {
      const sp = signedInSite(siteUrl, owner, noRetries);
      const items = sp.web.lists.getByTitle('Crash test').items;
      let running = true;
      const round = ++rounds;
      const writers = Array.from({ length: options.writers }, async () => {
        while (running) {
          const title = `item ${serial++}`;
          try {
            const added = (await items.add({ Title: title })) as { Id: number };
            if (round !== rounds) return;
            acknowledgedWrites++;
            if (acknowledged.has(added.Id) && acknowledged.get(added.Id) !== title) idsReused++;
            acknowledged.set(added.Id, title);
            const changed = `${title} (edited)`;
            await items.getById(added.Id).update({ Title: changed });
            if (round !== rounds) return;
            acknowledgedWrites++;
            acknowledged.set(added.Id, changed);
          } catch {
            // The emulator was killed mid-write: whether this write landed is unknown, and either is fine.
            return;
          }
        }
      });
      const [shortest, longest] = options.runMs;
      await new Promise((resolve) => setTimeout(resolve, shortest + Math.random() * (longest - shortest)));
      await killed(child);
      running = false;
      // PnPjs leaves a request cut off by the kill unsettled now and then: such a writer is abandoned, and
      // if it ever settles it records nothing (its round is over).
      await Promise.race([Promise.all(writers), new Promise((resolve) => setTimeout(resolve, 3000))]);
      rounds++;
      ({ child, siteUrl } = await startChild(file));
      const after = new Map<number, string>();
      for await (const page of signedInSite(siteUrl, owner).web.lists.getByTitle('Crash test').items.select('Id', 'Title').top(5000)) {
        for (const item of page as Array<{ Id: number; Title: string }>) after.set(item.Id, item.Title);
      }
      for (const [id, title] of acknowledged) {
        const now = after.get(id);
        const unedited = title.replace(/ \(edited\)$/, '');
        if (now === undefined) acknowledgedLost++;
        // The same item: as acknowledged, or with the edit whose answer the kill cut off (it may have landed).
        else if (now !== unedited && now !== `${unedited} (edited)`) idsReused++;
        else if (title !== unedited && now !== title) acknowledgedLost++;
      }
      for (const [id, title] of after) acknowledged.set(id, title);
    }
    await killed(child);
    return { kills: options.kills, acknowledgedWrites, acknowledgedLost, idsReused };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
