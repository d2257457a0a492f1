import { runHostileRequests } from './reliability/hostileRequests';

/** Prints crashes, 5xx and wrongly accepted answers among a few hundred malformed requests to the emulator. */
async function main(): Promise<void> {
  const figures = await runHostileRequests();
  console.log(`${figures.requests} hostile requests to the standalone emulator over raw HTTP`);
  console.log(`  crashes:           ${figures.crashes}`);
  console.log(`  5xx or no answer:  ${figures.serverErrors}`);
  console.log(`  wrongly accepted:  ${figures.wronglyAccepted}`);
  for (const example of figures.examples) console.log(`    ${example}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
