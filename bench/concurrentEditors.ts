import { runConcurrentEditors } from './reliability/concurrentEditors';

/** Prints lost updates, 412s and writes a second for 10 editors updating 5 shared items for 3 minutes. */
async function main(): Promise<void> {
  const minutes = Number(process.env.MINUTES ?? 3);
  const figures = await runConcurrentEditors({ editors: 10, items: 5, durationMs: minutes * 60_000 });
  console.log(`${figures.editors} editors for ${figures.seconds.toFixed(0)} s on 5 shared items, through the repository over HTTP`);
  console.log(`  updates acknowledged: ${figures.acknowledged}`);
  console.log(`  lost updates:         ${figures.lostUpdates}`);
  console.log(`  412 conflicts merged: ${figures.conflicts}`);
  console.log(`  writes a second:      ${figures.writesPerSecond.toFixed(0)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
