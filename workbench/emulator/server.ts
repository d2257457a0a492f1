import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SharePointEmulator, type EmulatorOptions } from './emulator';
import { serveEmulator } from './httpShell';

export interface RunningEmulator {
  emulator: SharePointEmulator;
  siteUrl: string;
  close: () => Promise<void>;
}

/** The emulator alone on loopback, without the workbench page: `port` 0 picks a free port. */
export async function startEmulatorServer(port: number, options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const emulator = new SharePointEmulator(options);
  let origin = '';
  const server = http.createServer((request, response) => serveEmulator(emulator, request, response, origin));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    emulator,
    siteUrl: `${origin}${emulator.sitePath}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          emulator.close();
          resolve();
        })
      )
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8081);
  startEmulatorServer(port, { file: process.env.EMULATOR_FILE ?? ':memory:' }).then(
    (running) => {
      console.log(`SharePoint emulator: ${running.siteUrl}`);
      console.log(`Every request names its user in the x-custodian-user header, e.g. npm run provision -- --site ${running.siteUrl} --user priya.shah@council.example`);
    },
    (error: Error) => {
      console.error(`The emulator could not start: ${error.message}`);
      process.exit(1);
    }
  );
}
