import { runAddManyUnderFaults } from './reliability/addManyUnderFaults';

/** Prints rows missing and duplicated after addMany runs twice under 10% 429, 10% 503 and lost answers. */
async function main(): Promise<void> {
  const figures = await runAddManyUnderFaults({ rows: Number(process.env.ROWS ?? 5000), seed: 2026, lostAnswerRate: 0.05 });
  console.log(`addMany of ${figures.rows} rows, run until two calls completed, under 10% 429, 10% 503 and 5% lost answers`);
  console.log(`  calls made:             ${figures.calls} (${figures.interruptedCalls} interrupted, and said so)`);
  console.log(`  faults met:             ${figures.faultAnswers}`);
  console.log(`  rows missing:           ${figures.missing}`);
  console.log(`  rows duplicated:        ${figures.duplicated}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
