import * as path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { lazyButtonMenu } from './lazyButtonMenu';

/** Where the local page starts the workbook reader's worker; the server serves it there. */
export const xlsxWorkerPath = '/xlsx-worker.js';

const source = (file: string): string => path.join(__dirname, '..', 'src', file);

/**
 * The app starts its worker as webpack expects (`new URL(…, import.meta.url)`), which esbuild does not
 * build: the local page starts the same worker, built here, from the address the server gives it.
 */
const workerAtServerPath: Plugin = {
  name: 'xlsx-worker-at-server-path',
  setup(builder) {
    builder.onResolve({ filter: /\/startXlsxWorker$/ }, () => ({ path: 'startXlsxWorker', namespace: 'workbench-worker' }));
    builder.onLoad({ filter: /.*/, namespace: 'workbench-worker' }, () => ({
      contents: `export const startXlsxWorker = () => new Worker(${JSON.stringify(xlsxWorkerPath)});`,
      loader: 'js'
    }));
  }
};

const bundle = async (entry: string, plugins: Plugin[] = []): Promise<string> => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    sourcemap: 'inline',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins,
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
};

/** Bundles the local page and its worker in memory: they are rebuilt at every start, so they can never be stale. */
export async function bundleWorkbenchPage(): Promise<{ page: string; xlsxWorker: string }> {
  const [page, xlsxWorker] = await Promise.all([
    bundle(path.join(__dirname, 'page', 'main.tsx'), [workerAtServerPath, lazyButtonMenu()]),
    bundle(source('ui/import/xlsxWorker.ts'))
  ]);
  return { page, xlsxWorker };
}
