import type { SPFI } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { beginFirstReads, type FirstReads } from '../apps/firstReads';
import { pageLinks, systemClock, teamsLinks, type DeepLinks } from '../apps/services';
import { spForWebPart } from '../data/sharePoint';

/** What a web part knows before its app has arrived: its site connection, its deep links, and Teams' theme in a tab. */
export interface WebPartStart {
  sp: SPFI;
  links: DeepLinks;
  /** In a Teams tab: Teams' theme name ("default", "dark", "contrast"), and its palettes, on their way. */
  teams?: { theme: string; palettes: Promise<typeof import('../ui/theme/hostThemes')> };
}

/**
 * Connects to the site, works out the deep links (in Teams, from Teams' context) and begins the app's first
 * reads: all that needs no React and no Fluent UI, so it runs while those are still downloading.
 */
export async function startWebPart(context: WebPartContext, reads: Promise<FirstReads | undefined>): Promise<WebPartStart> {
  const sp = spForWebPart(context);
  const teams = context.sdks.microsoftTeams;
  const start: WebPartStart = { sp, links: pageLinks(window.location.href) };
  if (teams) {
    // Teams' palettes are only needed in Teams: a SharePoint page does not download them.
    const palettes = import(/* webpackChunkName: 'teams-themes' */ '../ui/theme/hostThemes');
    const teamsContext = await teams.teamsJs.app.getContext();
    start.links = teamsLinks(teamsContext.app.appId?.toString() ?? '', teamsContext.page.id, teamsContext.page.subPageId, teamsContext.channel?.id);
    start.teams = { theme: teamsContext.app.theme, palettes };
  }
  await beginFirstReads(await reads, sp, systemClock, start.links.openedAt);
  return start;
}
