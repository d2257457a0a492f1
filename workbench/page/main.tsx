import * as React from 'react';
import * as ReactDom from 'react-dom';
import { spForSite } from '../../src/data/sharePoint';
import { beginFirstReads } from '../../src/apps/firstReads';
import { pageLinks, systemClock, type Host } from '../../src/apps/services';
import { workbenchApps } from './apps';
import { Workbench, type WorkbenchSelection } from './Workbench';

const siteUrl = new URL('/sites/custodian', window.location.origin).href;
const query = new URLSearchParams(window.location.search);
const userCookie = /(?:^|;\s*)custodian-user=([^;]+)/.exec(document.cookie)?.[1];
const initial: WorkbenchSelection = {
  app: query.get('app') ?? 'urgent-care',
  theme: query.get('theme') ?? 'sharepoint',
  host: (query.get('host') as Host | null) ?? 'workbench',
  user: userCookie ? decodeURIComponent(userCookie) : undefined,
  // ?register=dataBreaches&hide=all: what the register web part's property pane would hold.
  properties: { register: query.get('register') ?? undefined, views: Object.fromEntries((query.get('hide') ?? '').split(',').filter(Boolean).map((id) => [id, false])) }
};

/** The emulated SharePoint reads this cookie to decide who is asking (development only). */
function signInAs(loginName: string): void {
  document.cookie = `custodian-user=${encodeURIComponent(loginName)}; path=/; SameSite=Strict`;
}

/** The selection lives in the address so a screen can be bookmarked, shared, and opened by the browser tests. */
function remember(selection: WorkbenchSelection): void {
  const params = new URLSearchParams({ app: selection.app, theme: selection.theme, host: selection.host });
  const kept = new URLSearchParams(window.location.search);
  for (const name of ['item', 'register', 'hide']) {
    const value = kept.get(name);
    if (value && selection.app === initial.app) params.set(name, value);
  }
  window.history.replaceState(null, '', `?${params}`);
}

// As a web part's host does: the app's first reads leave before the page renders.
const sp = spForSite(siteUrl);
const firstApp = workbenchApps.find((app) => app.id === initial.app) ?? workbenchApps[0];
void beginFirstReads(firstApp, sp, systemClock, pageLinks(window.location.href).openedAt, initial.properties).then(() =>
  ReactDom.render(<Workbench sp={sp} siteUrl={siteUrl} initial={initial} onSelectionChange={remember} onUserChange={signInAs} />, document.getElementById('root'))
);
