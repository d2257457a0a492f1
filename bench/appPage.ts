import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { lazyButtonMenu } from '../workbench/lazyButtonMenu';

/** Each app as its web part mounts it: the module that defines it, and its export. */
const apps: Record<string, [module: string, name: string]> = {
  'urgent-care': ['src/apps/urgentCare/urgentCareApp', 'urgentCareApp'],
  foi: ['src/apps/foi/foiApp', 'foiApp'],
  'data-quality': ['src/apps/dataQuality/dataQualityApp', 'dataQualityApp'],
  'data-wiki': ['src/apps/dataWiki/dataWikiApp', 'dataWikiApp']
};

/**
 * One checkout's apps, each mounted alone as its web part mounts it (no workbench chrome: no picker of
 * people, no second read of who is signed in), built as a person downloads them: minified, React's
 * production build, each lazy part in its own chunk. `<app id>.js` runs one app; the rest are its chunks.
 */
export async function bundleAppPage(checkout: string): Promise<Map<string, Uint8Array>> {
  const from = (file: string): string => JSON.stringify(path.join(checkout, file));
  // A checkout from before apps read ahead of their first render mounts them as its hosts then did.
  const readsAhead = existsSync(path.join(checkout, 'src', 'apps', 'firstReads.ts'));
  const entryFor = (id: string): string => `
    import * as React from 'react';
    import * as ReactDom from 'react-dom';
    import { createTheme, initializeIcons } from '@fluentui/react';
    import { spForSite } from ${from('src/data/sharePoint')};
    import { pageLinks, systemClock } from ${from('src/apps/services')};
    import { ${apps[id][1]} as app } from ${from(apps[id][0])};
    ${readsAhead ? `import { beginFirstReads } from ${from('src/apps/firstReads')};` : 'const beginFirstReads = async () => undefined;'}
    initializeIcons();
    const siteUrl = new URL('/sites/custodian', window.location.origin).href;
    const services = { sp: spForSite(siteUrl), siteUrl, theme: createTheme({}), clock: systemClock, host: 'sharePointPage', links: pageLinks(window.location.href) };
    beginFirstReads(app, services.sp, services.clock, services.links.openedAt).then(() => ReactDom.render(React.createElement(app.Component, { services }), document.getElementById('root')));
  `;
  const entries: Plugin = {
    name: 'app-entries',
    setup(builder) {
      builder.onResolve({ filter: /^app:/ }, (args) => ({ path: args.path.slice('app:'.length), namespace: 'app' }));
      builder.onLoad({ filter: /.*/, namespace: 'app' }, (args) => ({ contents: entryFor(args.path), loader: 'tsx', resolveDir: checkout }));
    }
  };
  // A checkout from before buttons' menus loaded on demand is built as its SPFx build then built it.
  const menuOnDemand = existsSync(path.join(checkout, 'src', 'ui', 'menu', 'LazyContextualMenu.tsx'));
  const result = await build({
    entryPoints: Object.keys(apps).map((id) => ({ in: `app:${id}`, out: id })),
    plugins: [entries, ...(menuOnDemand ? [lazyButtonMenu(checkout)] : [])],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: '/',
    chunkNames: 'chunk-[hash]',
    minify: true,
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent'
  });
  return new Map(result.outputFiles.map((file) => [path.basename(file.path), file.contents]));
}
