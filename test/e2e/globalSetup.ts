import { startWorkbench, type RunningWorkbench } from '../../workbench/server';
import { prepareSite } from '../../workbench/prepareSite';
import { londonDateOf } from '../../src/domain/calendar/londonTime';
import { browserFiles } from '../support/chromium';

declare global {
  // eslint-disable-next-line no-var
  var custodianWorkbench: RunningWorkbench | undefined;
}

/** The browser tests run against what `npm start` runs (server, registers, demo data) on a free port, in memory. */
export default async function startWorkbenchForBrowserTests(): Promise<void> {
  // Unpacked once, here, before the test files' workers each ask for it.
  browserFiles();
  globalThis.custodianWorkbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
  const today = londonDateOf(Date.now());
  await prepareSite(globalThis.custodianWorkbench, today);
  process.env.WORKBENCH_ORIGIN = globalThis.custodianWorkbench.origin;
  process.env.WORKBENCH_DEMO_TODAY = today;
}
