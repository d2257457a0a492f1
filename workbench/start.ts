import { startWorkbench } from './server';

const port = Number(process.env.PORT ?? 8080);

startWorkbench(port).then(
  (workbench) => {
    console.log(`Custodian workbench: ${workbench.origin}/`);
    console.log(`SharePoint site:     ${workbench.siteUrl}`);
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
