import * as path from 'node:path';
import { startWorkbench } from './server';
import { londonDateOf } from '../src/domain/calendar/londonTime';
import { prepareSite } from './prepareSite';

const port = Number(process.env.PORT ?? 8080);
// The emulated site lives here between runs; delete the folder to start again from an empty site.
const dataFile = path.join(__dirname, '..', '.data', 'custodian.sqlite');

async function main(): Promise<void> {
  const workbench = await startWorkbench({ port, dataFile });
  // Idempotent: the first start creates the registers' lists and the demo data; later starts change nothing.
  const { report, seeded, seededRequests, seededWiki } = await prepareSite(workbench, londonDateOf(Date.now()));
  console.log(`Custodian workbench: ${workbench.origin}/`);
  console.log(`SharePoint site:     ${workbench.siteUrl} (emulated, stored in ${path.relative(process.cwd(), dataFile)})`);
  console.log(`Registers:           ${report.applied.length ? `${report.applied.length} changes made to match their declarations` : 'up to date'}`);
  if (seeded) console.log(`Demo data:           ${seeded} synthetic Urgent Care referrals, imported as legacy data`);
  if (seededRequests) console.log(`                     ${seededRequests} synthetic FOI and EIR requests (Alex Morgan is the demo FOI officer)`);
  if (seededWiki) console.log(`                     ${seededWiki} catalogue entries, articles and glossary terms (Alex Morgan is the demo data custodian)`);
  for (const line of report.destructive) console.log(`NOT changed: ${line}`);
  console.log('Press Ctrl+C to stop.');
}

main().catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop the other program, or choose another port: PORT=8081 npm start`
      : `The workbench could not start: ${error.message}`
  );
  process.exit(1);
});
