'use strict';
// A webpack plugin for the SPFx build: for each web part's bundle, the files it downloads before its first
// screen (its own bundle, then the chunks its web part imports straight away: the host and the app, with
// the shared chunks they need). `bench/bundleSizes.ts` weighs them in the package. Plain JavaScript
// because gulpfile.js requires it as it is.
const { writeFileSync, mkdirSync } = require('fs');
const path = require('path');

const firstScreenFilesPath = path.join(__dirname, '..', 'temp', 'first-screen-files.json');

class FirstScreenFiles {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('FirstScreenFiles', (compilation) => {
      const filesOf = (group) => group.chunks.flatMap((chunk) => [...chunk.files].filter((file) => file.endsWith('.js')));
      const byBundle = {};
      for (const [name, entrypoint] of compilation.entrypoints) {
        const files = [...filesOf(entrypoint), ...entrypoint.getChildren().flatMap(filesOf)];
        byBundle[name] = [...new Set(files)];
      }
      mkdirSync(path.dirname(firstScreenFilesPath), { recursive: true });
      writeFileSync(firstScreenFilesPath, JSON.stringify(byBundle, null, 2));
    });
  }
}

module.exports = { FirstScreenFiles, firstScreenFilesPath };
