import { runAddManyUnderFaults } from '../../bench/reliability/addManyUnderFaults';
import { runConcurrentEditors } from '../../bench/reliability/concurrentEditors';
import { runHostileRequests } from '../../bench/reliability/hostileRequests';
import { runKillDuringWrites } from '../../bench/reliability/killDuringWrites';

// Short runs of the reliability benchmarks (bench/*.ts run them for minutes and print the figures).
describe('reliability, in short runs of the benchmarks', () => {
  it('loses no update with 10 people editing the same items', async () => {
    const figures = await runConcurrentEditors({ editors: 10, items: 3, durationMs: 3_000 });
    expect(figures.acknowledged).toBeGreaterThan(0);
    expect(figures.conflicts).toBeGreaterThan(0);
    expect(figures.lostUpdates).toBe(0);
  }, 60_000);

  it('loses no acknowledged write and reuses no id when the emulator is killed mid-write', async () => {
    const figures = await runKillDuringWrites({ kills: 2, writers: 6, runMs: [300, 900] });
    expect(figures.acknowledgedWrites).toBeGreaterThan(0);
    expect(figures.acknowledgedLost).toBe(0);
    expect(figures.idsReused).toBe(0);
  }, 90_000);

  it('adds every row exactly once when addMany is run twice through throttling, outages and lost answers', async () => {
    const figures = await runAddManyUnderFaults({ rows: 400, seed: 7, lostAnswerRate: 0.05 });
    expect(figures.faultAnswers).toBeGreaterThan(0);
    expect([figures.missing, figures.duplicated]).toEqual([0, 0]);
  }, 60_000);

  it('answers every hostile request with a refusal: no crash, no 5xx, nothing wrongly accepted', async () => {
    const figures = await runHostileRequests();
    expect(figures.requests).toBeGreaterThan(150);
    expect(figures.examples).toEqual([]);
  }, 120_000);
});
