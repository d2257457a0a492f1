'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// CUSTODIAN_WEBPACK_STATS=<file> writes webpack's account of every chunk and module, and each module it
// could not merge into its neighbours and why: the way to see what makes a first download grow.
if (process.env.CUSTODIAN_WEBPACK_STATS) {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: (config) => {
      config.plugins.push({
        apply: (compiler) =>
          compiler.hooks.done.tap('CustodianStats', (stats) =>
            require('fs').writeFileSync(
              process.env.CUSTODIAN_WEBPACK_STATS,
              JSON.stringify(stats.toJson({ all: false, chunks: true, chunkModules: true, modules: true, nestedModules: true, optimizationBailout: true, reasons: false, assets: true, modulesSpace: Infinity, chunkModulesSpace: Infinity, nestedModulesSpace: Infinity, dependentModules: true, groupModulesByType: false, groupModulesByAttributes: false }))
            )
          )
      });
      return config;
    }
  });
}

build.initialize(require('gulp'));
