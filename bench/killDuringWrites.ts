import { runKillDuringWrites } from './reliability/killDuringWrites';

/** Prints acknowledged writes lost and ids reused across repeated kill -9 of the emulator during writes. */
async function main(): Promise<void> {
  const kills = Number(process.env.KILLS ?? 20);
  const figures = await runKillDuringWrites({ kills, writers: 8, runMs: [200, 1500] });
  console.log(`kill -9 of the emulator ${figures.kills} times while 8 writers added and edited items`);
  console.log(`  writes acknowledged:      ${figures.acknowledgedWrites}`);
  console.log(`  acknowledged writes lost: ${figures.acknowledgedLost}`);
  console.log(`  ids reused:               ${figures.idsReused}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
