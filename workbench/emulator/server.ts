import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SharePointEmulator, type EmulatorOptions } from './emulator';
import { serveEmulator } from './httpShell';

export interface RunningEmulator {
  emulator: SharePointEmulator;
  /** The site as its answers name it: under the public origin when one was given. */
  siteUrl: string;
  /** Where the server listens, on loopback. */
  listening: string;
  close: () => Promise<void>;
}

export interface ServerOptions extends EmulatorOptions {
  /**
   * The address the site is known by, as a tenant's is ("https://council.sharepoint.com"), for clients that
   * reach this server under that name (a proxy, a hosts entry, a test's request routing): its answers'
   * odata ids and next links name it, and $batch parts addressed to it are parts of this site.
   */
  publicOrigin?: string;
}

/** The emulator alone on loopback, without the workbench page: `port` 0 picks a free port. */
export async function startEmulatorServer(port: number, options: ServerOptions = {}): Promise<RunningEmulator> {
  const emulator = new SharePointEmulator(options);
  let origin = '';
  const server = http.createServer((request, response) => serveEmulator(emulator, request, response, origin));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const listening = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin = options.publicOrigin ? new URL(options.publicOrigin).origin : listening;
  return {
    emulator,
    siteUrl: `${origin}${emulator.sitePath}`,
    listening,
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
  startEmulatorServer(port, { file: process.env.EMULATOR_FILE ?? ':memory:', publicOrigin: process.env.EMULATOR_PUBLIC_ORIGIN }).then(
    (running) => {
      console.log(`SharePoint emulator: ${running.siteUrl}${running.siteUrl.startsWith(running.listening) ? '' : ` (listening at ${running.listening})`}`);
      console.log(`Every request names its user in the x-custodian-user header, e.g. npm run provision -- --site ${running.siteUrl} --user priya.shah@council.example`);
    },
    (error: Error) => {
      console.error(`The emulator could not start: ${error.message}`);
      process.exit(1);
    }
  );
}
