'use strict';
// A webpack plugin for the SPFx build: Fluent's buttons get src/ui/menu/LazyContextualMenu in place of the
// ContextualMenu they import, so no first screen downloads a menu (and its callout and positioning) before
// someone opens one. Plain JavaScript because gulpfile.js requires it as it is. The workbench's bundles
// make the same swap (workbench/lazyButtonMenu.ts); both take the facts below from this file.
const path = require('path');

/** The import in Fluent's BaseButton that brings the menu, and the folder it is made from. */
const buttonMenuRequest = /^\.\.\/\.\.\/ContextualMenu$/;
const buttonFolder = /[\\/]@fluentui[\\/]react[\\/]lib[\\/]components[\\/]Button$/;

class LazyButtonMenu {
  apply(compiler) {
    const { webpack } = compiler;
    const lazyMenu = path.resolve(__dirname, '../lib/ui/menu/LazyContextualMenu.js');
    let swapped = 0;
    new webpack.NormalModuleReplacementPlugin(buttonMenuRequest, (resource) => {
      if (!buttonFolder.test(resource.context)) return;
      resource.request = lazyMenu;
      swapped++;
    }).apply(compiler);
    // A Fluent release that brings its menu some other way fails the build rather than quietly growing it.
    compiler.hooks.thisCompilation.tap('LazyButtonMenu', (compilation) => {
      compilation.hooks.finishModules.tap('LazyButtonMenu', () => {
        if (swapped === 0) compilation.errors.push(new webpack.WebpackError("LazyButtonMenu: no Fluent button imported '../../ContextualMenu'; check how Fluent's buttons now bring their menu."));
      });
    });
  }
}

module.exports = { LazyButtonMenu, buttonMenuRequest, buttonFolder };
