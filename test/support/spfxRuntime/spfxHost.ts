import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Frame, Page, Route } from 'playwright-core';
import type { SharePointEmulator } from '../../../workbench/emulator/emulator';
import { identityHeader } from '../../../workbench/emulator/signIn';
import { openSppkg, packagedComponents, type PackagedComponent } from '../../../tools/sppkg';
import { standIns } from './standIns';

const root = path.join(__dirname, '..', '..', '..');
const modules = path.join(root, 'node_modules');

/** The framework packages whose components the web parts' runtime loads, each from its own `dist/`. */
const frameworkPackages = [
  'sp-core-library',
  'sp-diagnostics',
  'sp-lodash-subset',
  'sp-dynamic-data',
  'sp-page-context',
  'sp-http-base',
  'sp-http',
  'sp-http-msgraph',
  'sp-component-base',
  'sp-webpart-base',
  'sp-loader',
  'sp-property-pane',
  'sp-office-ui-fabric-core',
  'sp-image-helper'
];
const loaderAssemblyId = '44bae1a2-d2eb-4e10-8c21-a1dbdce1036f';

/** Components the loader assembly carries inside itself: named by manifests, never fetched. */
const insideTheAssembly = [
  { id: '01c4df03-e775-48cb-aa14-171ee5199a15', version: '2.3.1', alias: 'tslib' },
  { id: '229b8d08-79f3-438b-8c21-4613fc877abd', version: '0.1.2', alias: '@microsoft/load-themed-styles' },
  { id: '2e09fb9b-13bb-48f2-859f-97d6fff71176', version: '1.5.82', alias: '@msinternal/odsp-core-bundle' },
  { id: '8217e442-8ed3-41fd-957d-b112e841286a', version: '0.35.145', alias: '@msinternal/sp-telemetry' }
];

/** React and ReactDOM are SharePoint-provided components with fixed ids; npm's UMD builds are the same code. */
const reactId = '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d';
const reactDomId = 'aa0a46ec-1505-43cd-a44a-93f3a5aa460a';

/** Turns off the AAD token prefetch, whose MSAL chunks are not on npm (the site is reached with its own sign-in). */
const disableTokenFetch = '2bf3e1ce-55da-4552-bc41-e3d072202d3c';

export interface SpfxSite {
  /** The address SharePoint would serve the site from: "https://council.sharepoint.com". */
  origin: string;
  sitePath: string;
  emulator: SharePointEmulator;
}

type Manifest = Record<string, unknown> & { id: string; loaderConfig: { internalModuleBaseUrls: string[] } & Record<string, unknown> };

/** Files from node_modules and this folder, read once per test file however many pages ask for them. */
const files = new Map<string, Buffer>();
function served(file: string): Buffer {
  let contents = files.get(file);
  if (!contents) files.set(file, (contents = readFileSync(file)));
  return contents;
}

const readJson = (file: string): Manifest => JSON.parse(served(file).toString('utf8')) as Manifest;

function frameworkManifests(origin: string): Manifest[] {
  return frameworkPackages.flatMap((name) => {
    const dist = path.join(modules, '@microsoft', name, 'dist');
    return readdirSync(dist)
      .filter((file) => file.endsWith('.manifest.json'))
      .map((file) => readJson(path.join(dist, file)))
      .filter((manifest) => manifest.id !== loaderAssemblyId)
      .map((manifest) => ({ ...manifest, loaderConfig: { ...manifest.loaderConfig, internalModuleBaseUrls: [`${origin}/_spfx/${name}/`] } }));
  });
}

const library = (id: string, version: string, alias: string, base: string, entry: string, scriptResources: Record<string, unknown>): Manifest => ({
  id,
  alias,
  componentType: 'Library',
  version,
  manifestVersion: 2,
  loaderConfig: { internalModuleBaseUrls: [base], entryModuleId: entry, scriptResources }
});

function hostManifests(origin: string): Manifest[] {
  const react = library(reactId, '17.0.1', 'React', `${origin}/_spfx/react/`, 'react', { react: { type: 'path', path: 'react.production.min.js' } });
  const reactDom = library(reactDomId, '17.0.1', 'ReactDOM', `${origin}/_spfx/react-dom/`, 'react-dom', {
    'react-dom': { type: 'path', path: 'react-dom.production.min.js' },
    react: { type: 'component', id: reactId, version: '17.0.1' }
  });
  const assembly = insideTheAssembly.map(({ id, version, alias }) =>
    library(id, version, alias, `${origin}/_spfx/inside-the-assembly/`, alias, { [alias]: { type: 'path', path: `${id}.js` } })
  );
  const stood = standIns.map(({ id, version, alias, dependencies = {} }) =>
    library(id, version, alias, `${origin}/_spfx/stand-ins/`, alias, {
      [alias]: { type: 'path', path: `${id}.js` },
      ...Object.fromEntries(Object.entries(dependencies).map(([name, component]) => [name, { type: 'component', ...component }]))
    })
  );
  return [react, reactDom, ...assembly, ...stood];
}

function webPartManifest(component: PackagedComponent, origin: string): Manifest {
  const manifest = component.manifest as unknown as Manifest;
  return { ...manifest, loaderConfig: { ...manifest.loaderConfig, internalModuleBaseUrls: [`${origin}/ClientSideAssets/`] } };
}

const contentType = (file: string): string =>
  file.endsWith('.js') ? 'application/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.png') ? 'image/png' : 'application/octet-stream';

/** The package's own assets and web part manifests, as the App Catalog would serve them. */
export interface PackageAssets {
  assets: Map<string, Buffer>;
  components: PackagedComponent[];
}

/** The package that `npm run package` built, read once per test file. */
export async function readPackage(): Promise<PackageAssets> {
  const sppkg = await openSppkg();
  const assets = new Map<string, Buffer>();
  for (const file of sppkg.file(/^ClientSideAssets\//)) assets.set(file.name.slice('ClientSideAssets/'.length), await file.async('nodebuffer'));
  return { assets, components: await packagedComponents(sppkg) };
}

/** Microsoft Teams around a tab: the theme it starts in, and the deep link it opens at. */
export interface TeamsTab {
  theme: 'default' | 'dark' | 'contrast';
  subPageId?: string;
}

export interface SpfxPageOptions {
  site: SpfxSite;
  pkg: PackageAssets;
  /** Login name of the person signed in; the site must know them. */
  user: string;
  /** The web part, by its name in the package: "Urgent Care Tracker". */
  webPart: string;
  /** Framed by Teams as a tab; a SharePoint page section when absent. */
  teams?: TeamsTab;
  /** The page address's query, as a link to an item gives it: "item=12". */
  query?: string;
  /** The web part's settings as the page stored them (what its property pane would have written). */
  properties?: Record<string, unknown>;
}

export interface HostedWebPart {
  page: Page;
  /** The SharePoint page the web part runs in: the page itself, or Teams' frame around it. */
  frame: Frame;
  /** Requests nobody expected, and errors and warnings the page reported, the known framework noise aside. */
  problems: () => string[];
  /** Teams only: tells the tab its theme changed, as Teams does. */
  setTeamsTheme: (theme: TeamsTab['theme']) => Promise<void>;
  /** The teams-js calls the tab made, by name. */
  teamsCalls: () => Promise<string[]>;
}

/**
 * What Microsoft's runtime asks for that no offline page can give, each named once with why. Anything else
 * the page requests, or reports, fails the test.
 */
const knownNoise: ReadonlyArray<{ pattern: RegExp; why: string }> = [
  { pattern: /\/_spfx\/sp-loader\/chunk\.(88_none|odsp-telemetry-1ds_none|SPRequestRateMonitor_none)_\w+\.js$/, why: 'the loader\'s telemetry chunks, which Microsoft does not publish to npm' },
  { pattern: /\/_layouts\/15\/spwebworkerproxy\.ashx$/, why: 'the page\'s web worker proxy for form digests; sp-http-base falls back to asking /_api/contextinfo' },
  { pattern: /^https:\/\/res-1\.cdn\.office\.net\/files\/fabric-cdn-prod_\w+\.\d+\/assets\/fonts\//, why: 'the Segoe UI web font that sp-office-ui-fabric-core loads from Microsoft\'s CDN, as on every SharePoint page' },
  {
    pattern: /^https:\/\/res-1\.cdn\.office\.net\/files\/fabric-cdn-prod_\w+\.\d+\/assets\/icons\/fabricmdl2icons-[\d.]+\.(woff2?|ttf)$/,
    why: 'the MDL2 icon font that sp-component-base\'s legacy Fabric Core CSS names for every third-party web part; Custodian draws its icons as SVG'
  },
  { pattern: /^https:\/\/res\.cdn\.office\.net\/teams-js\/validDomains\//, why: 'teams-js\'s list of Teams origins; refused, it uses the list built into it' }
];
const isNoise = (url: string): boolean => knownNoise.some(({ pattern }) => pattern.test(url));
/** A chunk the loader asks for again and again, each failure thrown as a page error naming its address. */
const isNoisyPageError = (message: string): boolean => {
  const chunk = /^Loading chunk \w+ failed\.\n\(error: (\S+)\)$/.exec(message);
  return chunk !== null && isNoise(chunk[1]);
};

const teamsOrigin = 'https://teams.microsoft.com';

function pageContextInfo(site: SpfxSite, user: { id: number; loginName: string; title: string; email: string }): Record<string, unknown> {
  const siteUrl = `${site.origin}${site.sitePath}`;
  return {
    webAbsoluteUrl: siteUrl,
    webServerRelativeUrl: site.sitePath,
    siteAbsoluteUrl: siteUrl,
    siteServerRelativeUrl: site.sitePath,
    webTitle: 'Custodian',
    webId: '{3b1f5a2e-7c4d-4e8f-9a0b-1c2d3e4f5a6b}',
    siteId: '{4c2a6b3f-8d5e-4f9a-8b1c-2d3e4f5a6b7c}',
    userLoginName: user.email,
    userDisplayName: user.title,
    userEmail: user.email,
    userId: user.id,
    cloudType: 'Prod',
    env: 'Prod',
    currentUICultureName: 'en-GB',
    currentCultureName: 'en-GB',
    CorrelationId: '5d3b7c4a-9e6f-4a0b-9c2d-3e4f5a6b7c8d',
    killSwitches: { [disableTokenFetch]: true },
    ExpFeatures: [],
    aadTenantId: '6e4c8d5b-0f7a-4b1c-8d3e-4f5a6b7c8d9e',
    aadUserId: `7f5d9e6c-1a8b-4c2d-9e4f-${String(user.id).padStart(12, '0')}`,
    isAnonymousGuestUser: false
  };
}

const script = (id: string, value: unknown): string => `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** Loads one web part of the package in Microsoft's SPFx runtime, on a SharePoint page or in a Teams tab. */
export async function openWebPart(context: BrowserContext, options: SpfxPageOptions): Promise<HostedWebPart> {
  const { site, pkg, teams } = options;
  const { origin, sitePath, emulator } = site;
  const user = emulator.site.userByLogin(options.user);
  if (!user) throw new Error(`The site does not know ${options.user}.`);
  const component = pkg.components.find((candidate) => candidate.name === options.webPart);
  if (!component) throw new Error(`The package has no web part called ${options.webPart}.`);
  const unexpected: string[] = [];
  const reported: string[] = [];
  const manifests = [...frameworkManifests(origin), ...hostManifests(origin), ...pkg.components.map((candidate) => webPartManifest(candidate, origin))];
  const info = pageContextInfo(site, user);
  const preloaded = { buildNumber: 'custodian-offline', clientSideApplicationId: '8a6e0f7d-2b9c-4d3e-8f5a-6b7c8d9e0f1a', spPageContextInfo: info, manifests };
  const pageUrl = `${origin}${sitePath}/SitePages/Custodian.aspx`;
  const sharePointPage = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Custodian</title></head>
<body><main>${teams ? '' : '<h1>Custodian</h1>'}<div id="webpart"></div></main>${script('custodian-host-settings', { preloaded, webPartId: component.id, teams: Boolean(teams), properties: options.properties ?? {} })}
<script src="/_spfx/sp-loader/sp-loader-assembly_en-us.js"></script><script src="/_spfx/host/hostPage.js"></script></body></html>`;
  const teamsPage = (): string => `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Custodian | Microsoft Teams</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body><iframe name="embedded-page-container" title="${options.webPart}" src="${pageUrl}"></iframe>${script('custodian-teams-settings', {
    theme: teams!.theme,
    subPageId: teams!.subPageId,
    entityId: component.id,
    appId: '9b7f1a8e-3c0d-4e4f-9a6b-7c8d9e0f1a2b',
    tenantId: info.aadTenantId,
    userObjectId: info.aadUserId,
    userPrincipalName: user.email,
    teamId: '19:stewards@thread.tacv2',
    channelId: '19:data-quality@thread.tacv2',
    siteUrl: `${origin}${sitePath}`
  })}<script src="/_custodian/teamsParent.js"></script></body></html>`;

  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const fulfil = (body: Buffer | string, type: string): Promise<void> => route.fulfill({ status: 200, body, contentType: type });
    const refuse = (): Promise<void> => {
      if (!isNoise(request.url())) unexpected.push(`${request.method()} ${request.url()}`);
      return route.fulfill({ status: 404, body: '' });
    };
    if (url.origin === teamsOrigin && teams) {
      if (url.pathname === '/_custodian/tab') return fulfil(teamsPage(), 'text/html');
      if (url.pathname === '/_custodian/teamsParent.js') return fulfil(served(path.join(__dirname, 'teamsParent.js')), 'application/javascript');
      return refuse();
    }
    if (url.origin !== origin) return refuse();
    const file = url.pathname;
    if (file === `${sitePath}/SitePages/Custodian.aspx`) return fulfil(sharePointPage, 'text/html');
    if (file.startsWith(`${sitePath}/_api/`)) {
      const headers = Object.fromEntries(Object.entries(await request.allHeaders()).map(([name, value]) => [name.toLowerCase(), value]));
      const answer = await emulator.handle({ method: request.method(), url: request.url(), headers: { ...headers, [identityHeader]: options.user }, body: request.postData() ?? '' });
      return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
    }
    if (file === '/_spfx/host/hostPage.js') return fulfil(served(path.join(__dirname, 'hostPage.js')), 'application/javascript');
    let match = /^\/ClientSideAssets\/(.+)$/.exec(file);
    if (match && pkg.assets.has(match[1])) return fulfil(pkg.assets.get(match[1])!, contentType(match[1]));
    match = /^\/_spfx\/(react|react-dom)\/([\w.-]+\.js)$/.exec(file);
    if (match) return fulfil(served(path.join(modules, match[1], 'umd', match[2])), 'application/javascript');
    match = /^\/_spfx\/stand-ins\/([\w-]+)\.js$/.exec(file);
    const standIn = match && standIns.find((candidate) => candidate.id === match![1]);
    if (standIn) return fulfil(standIn.source, 'application/javascript');
    match = /^\/_spfx\/([\w-]+)\/([\w.-]+)$/.exec(file);
    const dist = match && frameworkPackages.includes(match[1]) ? path.join(modules, '@microsoft', match[1], 'dist', match[2]) : undefined;
    if (dist && existsSync(dist)) return fulfil(served(dist), contentType(match![2]));
    return refuse();
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    const where = message.location().url;
    if (!['error', 'warning'].includes(message.type()) || isNoise(where)) return;
    // A 404 the route already judged: said once there, with its address.
    if (/^Failed to load resource/.test(message.text())) return;
    reported.push(`${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => {
    if (!isNoisyPageError(error.message)) reported.push(`page error: ${error.message}`);
  });
  await page.goto(teams ? `${teamsOrigin}/_custodian/tab` : `${pageUrl}${options.query ? `?${options.query}` : ''}`);
  const frame = teams ? await (await page.waitForSelector('iframe[name="embedded-page-container"]')).contentFrame() : page.mainFrame();
  if (!frame) throw new Error('Teams\' frame never held the SharePoint page.');
  await frame.waitForSelector('body[data-web-part]', { timeout: 60_000 });
  if ((await frame.getAttribute('body', 'data-web-part')) !== 'loaded') throw new Error(`The web part did not load:\n${reported.join('\n')}`);
  return {
    page,
    frame,
    problems: () => [...unexpected.map((request) => `unexpected request: ${request}`), ...reported],
    setTeamsTheme: (theme) => page.evaluate((name) => (window as unknown as { __setTeamsTheme: (name: string) => void }).__setTeamsTheme(name), theme),
    teamsCalls: () => page.evaluate(() => ((window as unknown as { __teamsCalls?: Array<{ func: string }> }).__teamsCalls ?? []).map((call) => call.func))
  };
}
