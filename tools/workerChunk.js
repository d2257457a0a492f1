'use strict';
// A webpack plugin for the SPFx build: makes the workbook reader's worker (src/ui/import/startXlsxWorker.ts)
// a file that runs in a worker. Plain JavaScript because gulpfile.js requires it as it is.
//
// SPFx's build assumes every chunk with a webpack runtime is a web part's entry on a page:
// - its public-path plugin starts each such chunk by reading `document.currentScript`, which a worker does
//   not have. In the worker the path is left empty instead: the worker then loads its other chunks by
//   addresses relative to its own, which is where they are.
// - its audit of each bundle's component dependencies reports the worker, which has no components, as an
//   entry it cannot find. That one report, and no other, is taken back once the audit has run.
// Each change checks that it found what it changes, so that a new SPFx release that builds differently fails
// the build rather than shipping a worker that cannot start.

const workerChunkName = 'xlsx-worker';
const pageOnlyPrefix = '(()=>{ var __RUSHSTACK_CURRENT_SCRIPT__ = document.currentScript; ';
const workerPrefix = "(()=>{ var __RUSHSTACK_CURRENT_SCRIPT__ = typeof document === 'undefined' ? undefined : document.currentScript; ";
const auditReport = `ManifestPlugin: Unable to find entry point for async bundle "${workerChunkName}" in the manifest.`;

class WorkerChunk {
  apply(compiler) {
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap('WorkerChunk', (compilation) => {
      const hooks = webpack.javascript.JavascriptModulesPlugin.getCompilationHooks(compilation);
      // After SPFx's public-path plugin, which wraps the chunk at the last stage there is.
      hooks.render.tap({ name: 'WorkerChunk', stage: Number.MAX_SAFE_INTEGER }, (source, { chunk }) => {
        if (chunk.name !== workerChunkName) return source;
        const text = source.source().toString();
        if (!text.startsWith(pageOnlyPrefix)) {
          compilation.errors.push(new webpack.WebpackError(`WorkerChunk: the ${workerChunkName} chunk no longer starts as SPFx's public-path plugin used to start it; check that it runs in a worker.`));
          return source;
        }
        return new webpack.sources.ConcatSource(workerPrefix, new webpack.sources.RawSource(text.slice(pageOnlyPrefix.length)));
      });
      compilation.hooks.processAssets.tap({ name: 'WorkerChunk', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT + 1 }, () => {
        compilation.errors = compilation.errors.filter((error) => error.message !== auditReport);
      });
    });
  }
}

module.exports = { WorkerChunk };
