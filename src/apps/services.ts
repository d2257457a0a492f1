import type { Theme } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import type { Clock } from '../domain/clock';

/** Where an app is running; a Teams tab gets the compact layout. */
export type Host = 'sharePointPage' | 'teamsTab' | 'workbench';

/** Links into an app: to one item, pasted into an email or a Teams conversation. */
export interface DeepLinks {
  /** The item the app was opened at (a SharePoint page's `?item=`, a Teams tab's sub-entity id). */
  openedAt?: string;
  /** An address that opens the app at this item where the app is hosted now. */
  linkTo(item: string): string;
}

/** Everything an app needs from outside. Hosts build it; apps never reach for globals. */
export interface Services {
  sp: SPFI;
  /** The address of the site `sp` talks to, for messages when it cannot be reached. */
  siteUrl: string;
  theme: Theme;
  clock: Clock;
  host: Host;
  links: DeepLinks;
  /** What a site owner chose in the web part's settings (which register the register web part shows). */
  properties?: Readonly<Record<string, unknown>>;
}

export const systemClock: Clock = () => new Date();

/** Deep links on a web page: the page's address with `?item=`. */
export function pageLinks(pageUrl: string): DeepLinks {
  const url = new URL(pageUrl);
  return {
    openedAt: url.searchParams.get('item') ?? undefined,
    linkTo(item: string): string {
      const link = new URL(url.href);
      link.searchParams.set('item', item);
      link.hash = '';
      return link.href;
    }
  };
}

/**
 * Deep links in a Teams tab: Teams' entity link with the item as its sub-entity. A channel tab's link
 * also names its channel, or Teams cannot tell which channel's copy of the tab to open.
 */
export function teamsLinks(appId: string, entityId: string, subEntityId: string | undefined, channelId?: string): DeepLinks {
  return {
    openedAt: subEntityId || undefined,
    linkTo: (item: string): string =>
      `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?context=${encodeURIComponent(
        JSON.stringify(channelId ? { subEntityId: item, channelId } : { subEntityId: item })
      )}`
  };
}
