import * as React from 'react';
import * as ReactDom from 'react-dom';
import { createTheme, type PartialTheme, type Theme } from '@fluentui/react';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { AppDefinition } from '../apps/appDefinition';
import { systemClock, type Services } from '../apps/services';
import type { WebPartStart } from './webPartReads';

/** An app mounted in a web part: what the web part's own (deliberately tiny) class calls into. */
export interface WebPartHost {
  render(element: HTMLElement): void;
  pageThemeChanged(pageTheme: IReadonlyTheme | undefined): void;
  unmount(element: HTMLElement): void;
}

/**
 * Builds `Services` for one app from what the web part learnt at its start (startWebPart). In Teams the
 * Teams theme wins over the page's, and a theme switch in Teams re-renders through `rerender`.
 */
export async function hostWebPart(context: WebPartContext, app: AppDefinition, { sp, links, teams: inTeams }: WebPartStart, rerender: () => void): Promise<WebPartHost> {
  let theme: Theme = createTheme({});
  const teams = context.sdks.microsoftTeams;
  if (teams && inTeams) {
    const { themeForTeams } = await inTeams.palettes;
    theme = themeForTeams(inTeams.theme);
    teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
      theme = themeForTeams(name);
      rerender();
    });
  }
  return {
    render(element) {
      const services: Services = {
        sp,
        siteUrl: context.pageContext.web.absoluteUrl,
        theme,
        clock: systemClock,
        host: teams ? 'teamsTab' : 'sharePointPage',
        links
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
