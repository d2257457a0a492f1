import * as path from 'node:path';
import { startWorkbench } from './server';

const port = Number(process.env.PORT ?? 8080);
// The emulated site lives here between runs; delete the folder to start again from an empty site.
const dataFile = path.join(__dirname, '..', '.data', 'custodian.sqlite');

startWorkbench({ port, dataFile }).then(
  (workbench) => {
    console.log(`Custodian workbench: ${workbench.origin}/`);
    console.log(`SharePoint site:     ${workbench.siteUrl} (emulated, stored in ${path.relative(process.cwd(), dataFile)})`);
    console.log('Press Ctrl+C to stop.');
  },
  (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Stop the other program, or choose another port: PORT=8081 npm start`
        : `The workbench could not start: ${error.message}`
    );
    process.exit(1);
  }
);
