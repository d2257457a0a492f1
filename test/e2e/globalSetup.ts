import { startWorkbench, type RunningWorkbench } from '../../workbench/server';
import { assertChromiumInstalled } from '../support/chromium';

declare global {
  // eslint-disable-next-line no-var
  var custodianWorkbench: RunningWorkbench | undefined;
}

/** The browser tests run against the same server `npm start` runs, on a free port. */
export default async function startWorkbenchForBrowserTests(): Promise<void> {
  assertChromiumInstalled();
  globalThis.custodianWorkbench = await startWorkbench({ port: 0, dataFile: ':memory:' });
  process.env.WORKBENCH_ORIGIN = globalThis.custodianWorkbench.origin;
}
