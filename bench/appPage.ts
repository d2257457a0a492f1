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

/** The apps whose web parts begin first reads, as their web parts load them: apart from the app. */
const firstReads: Record<string, [module: string, name: string]> = {
  'urgent-care': ['src/apps/urgentCare/urgentCareReads', 'urgentCareReads'],
  'data-quality': ['src/apps/dataQuality/dataQualityReads', 'dataQualityReads']
};

/**
 * One checkout's apps, each mounted alone as its web part mounts it (no workbench chrome: no picker of
 * people, no second read of who is signed in), built as a person downloads them: minified, React's
 * production build, each lazy part in its own chunk. `<app id>.js` runs one app; the rest are its chunks.
 */
export async function bundleAppPage(checkout: string): Promise<Map<string, Uint8Array>> {
  const from = (file: string): string => JSON.stringify(path.join(checkout, file));
  // A checkout whose web parts begin their first reads before the app arrives (webPartReads.ts) is mounted
  // that way: the entry imports the reads and the app (React, Fluent UI, the screens) at once, and begins
  // the reads as soon as theirs arrive. One from before is mounted as its hosts then mounted it, all in one.
  const readsFirst = existsSync(path.join(checkout, 'src', 'webparts', 'webPartReads.ts'));
  const mountFor = (id: string): string => `
    import * as React from 'react';
    import * as ReactDom from 'react-dom';
    import { createTheme, initializeIcons } from '@fluentui/react';
    import { ${apps[id][1]} as app } from ${from(apps[id][0])};
    export function mount(services) {
      initializeIcons();
      ReactDom.render(React.createElement(app.Component, { services: { ...services, theme: createTheme({}) } }), document.getElementById('root'));
    }
  `;
  const entryFor = (id: string): string =>
    readsFirst
      ? `
    const mounting = import('mount:${id}');
    const reading = import('reads:${id}');
    reading.then(({ start }) => start()).then((services) => mounting.then(({ mount }) => mount(services)));
  `
      : `${mountFor(id)}
    import { spForSite } from ${from('src/data/sharePoint')};
    import { pageLinks, systemClock } from ${from('src/apps/services')};
    const siteUrl = new URL('/sites/custodian', window.location.origin).href;
    mount({ sp: spForSite(siteUrl), siteUrl, clock: systemClock, host: 'sharePointPage', links: pageLinks(window.location.href) });
  `;
  // What a web part's start (webPartReads.ts) does: connect, work out the links, begin the first reads.
  const readsFor = (id: string): string => `
    import { spForSite } from ${from('src/data/sharePoint')};
    import { pageLinks, systemClock } from ${from('src/apps/services')};
    import { beginFirstReads } from ${from('src/apps/firstReads')};
    ${firstReads[id] ? `import { ${firstReads[id][1]} as reads } from ${from(firstReads[id][0])};` : 'const reads = undefined;'}
    export async function start() {
      const siteUrl = new URL('/sites/custodian', window.location.origin).href;
      const services = { sp: spForSite(siteUrl), siteUrl, clock: systemClock, host: 'sharePointPage', links: pageLinks(window.location.href) };
      await beginFirstReads(reads, services.sp, services.clock, services.links.openedAt);
      return services;
    }
  `;
  const entries: Plugin = {
    name: 'app-entries',
    setup(builder) {
      builder.onResolve({ filter: /^(app|mount|reads):/ }, (args) => {
        const [namespace, id] = args.path.split(':');
        return { path: id, namespace };
      });
      builder.onLoad({ filter: /.*/, namespace: 'app' }, (args) => ({ contents: entryFor(args.path), loader: 'tsx', resolveDir: checkout }));
      builder.onLoad({ filter: /.*/, namespace: 'mount' }, (args) => ({ contents: mountFor(args.path), loader: 'tsx', resolveDir: checkout }));
      builder.onLoad({ filter: /.*/, namespace: 'reads' }, (args) => ({ contents: readsFor(args.path), loader: 'tsx', resolveDir: checkout }));
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
