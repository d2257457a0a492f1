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
  const server = http.createServer((request, response) => serveEmulator(emulator, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    emulator,
    siteUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}${emulator.sitePath}`,
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
    (running) => console.log(`SharePoint emulator: ${running.siteUrl}`),
    (error: Error) => {
      console.error(`The emulator could not start: ${error.message}`);
      process.exit(1);
    }
  );
}
