import * as path from 'node:path';
import { build } from 'esbuild';

/** Bundles the local page in memory: it is rebuilt at every start, so it can never be stale. */
export async function bundleWorkbenchPage(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'page', 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    sourcemap: 'inline',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}
