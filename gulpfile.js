'use strict';

const build = require('@microsoft/sp-build-web');
const { FirstScreenFiles } = require('./tools/firstScreenFiles');
const { LazyButtonMenu } = require('./tools/lazyButtonMenu');
const { WorkerChunk } = require('./tools/workerChunk');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// CUSTODIAN_WEBPACK_STATS=<file> also writes webpack's account of every chunk and module, and each module it
// could not merge into its neighbours and why: the way to see what makes a first download grow.
const writeStats = (file) => ({
  apply: (compiler) =>
    compiler.hooks.done.tap('CustodianStats', (stats) =>
      require('fs').writeFileSync(
        file,
        JSON.stringify(stats.toJson({ all: false, chunks: true, chunkModules: true, modules: true, nestedModules: true, optimizationBailout: true, reasons: false, assets: true, modulesSpace: Infinity, chunkModulesSpace: Infinity, nestedModulesSpace: Infinity, dependentModules: true, groupModulesByType: false, groupModulesByAttributes: false }))
      )
    )
});

// One configuration step: SPFx keeps only the last `additionalConfiguration` it is given.
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins.push(new FirstScreenFiles(), new WorkerChunk(), new LazyButtonMenu());
    // The libraries every web part's first screen needs go into one chunk, downloaded once per page; left to
    // itself webpack copies the small ones (tslib) into several chunks and splits the rest into many files.
    config.optimization.splitChunks = {
      chunks: 'async',
      minSize: 40000,
      cacheGroups: {
        core: {
          test: /[\\/]node_modules[\\/](tslib|@pnp[\\/](core|queryable)|@microsoft[\\/]load-themed-styles|@fluentui[\\/](merge-styles|utilities|theme|style-utilities|set-version|dom-utilities|react-hooks|react-window-provider|react-focus))[\\/]/,
          name: 'custodian-core',
          chunks: 'async',
          priority: 20,
          enforce: true
        }
      }
    };
    if (process.env.CUSTODIAN_WEBPACK_STATS) config.plugins.push(writeStats(process.env.CUSTODIAN_WEBPACK_STATS));
    return config;
  }
});

build.initialize(require('gulp'));
