import * as React from 'react';
import * as ReactDom from 'react-dom';
import { createTheme, type PartialTheme, type Theme } from '@fluentui/react';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { spForWebPart } from '../data/sharePoint';
import type { AppDefinition } from '../apps/appDefinition';
import { beginFirstReads } from '../apps/firstReads';
import { pageLinks, systemClock, teamsLinks, type Services } from '../apps/services';

/** An app mounted in a web part: what the web part's own (deliberately tiny) class calls into. */
export interface WebPartHost {
  /** Renders the app with the web part's settings as they are now (a site owner may have just changed them). */
  render(element: HTMLElement, properties: Readonly<Record<string, unknown>>): void;
  pageThemeChanged(pageTheme: IReadonlyTheme | undefined): void;
  unmount(element: HTMLElement): void;
}

/**
 * Builds `Services` from the SPFx context (and the Teams context in a tab) for one app. In Teams the
 * Teams theme wins over the page's, and a theme switch in Teams re-renders through `rerender`.
 */
export async function hostWebPart(context: WebPartContext, app: AppDefinition, properties: Readonly<Record<string, unknown>>, rerender: () => void): Promise<WebPartHost> {
  const sp = spForWebPart(context);
  let theme: Theme = createTheme({});
  let links = pageLinks(window.location.href);
  const teams = context.sdks.microsoftTeams;
  if (teams) {
    // Teams' palettes are only needed in Teams: a SharePoint page does not download them.
    const [teamsContext, { themeForTeams }] = await Promise.all([
      teams.teamsJs.app.getContext(),
      import(/* webpackChunkName: 'teams-themes' */ '../ui/theme/hostThemes')
    ]);
    theme = themeForTeams(teamsContext.app.theme);
    links = teamsLinks(teamsContext.app.appId?.toString() ?? '', teamsContext.page.id, teamsContext.page.subPageId, teamsContext.channel?.id);
    teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
      theme = themeForTeams(name);
      rerender();
    });
  }
  await beginFirstReads(app, sp, systemClock, links.openedAt, properties);
  return {
    render(element, current) {
      const services: Services = {
        sp,
        siteUrl: context.pageContext.web.absoluteUrl,
        theme,
        clock: systemClock,
        host: teams ? 'teamsTab' : 'sharePointPage',
        links,
        properties: current
      };
      ReactDom.render(React.createElement(app.Component, { services }), element);
    },
    pageThemeChanged(pageTheme) {
      if (!teams && pageTheme) theme = createTheme(pageTheme as PartialTheme);
    },
    unmount(element) {
      ReactDom.unmountComponentAtNode(element);
    }
  };
}
