import * as path from 'node:path';
import type { Plugin } from 'esbuild';

const { buttonMenuRequest, buttonFolder } = require('../tools/lazyButtonMenu') as { buttonMenuRequest: RegExp; buttonFolder: RegExp };

/**
 * The swap the SPFx build makes (tools/lazyButtonMenu.js), for esbuild: Fluent's buttons get the menu that
 * loads when first opened, so the local page and the benches open menus as SharePoint's page does.
 */
export const lazyButtonMenu = (checkout = path.join(__dirname, '..')): Plugin => ({
  name: 'lazy-button-menu',
  setup(builder) {
    builder.onResolve({ filter: buttonMenuRequest }, (args) =>
      buttonFolder.test(args.resolveDir) ? { path: path.join(checkout, 'src', 'ui', 'menu', 'LazyContextualMenu.tsx') } : undefined
    );
  }
});
