import * as React from 'react';
import * as ReactDom from 'react-dom';
import { createTheme, type PartialTheme, type Theme } from '@fluentui/react';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { SPFI } from '@pnp/sp';
import { spForWebPart } from '../data/sharePoint';
import type { AppDefinition } from '../apps/appDefinition';
import { pageLinks, systemClock, teamsLinks, type DeepLinks, type Services } from '../apps/services';
import { themeForTeams } from '../ui/theme/hostThemes';

/**
 * The adapter every Custodian web part shares: it builds `Services` from the SPFx context (and the Teams
 * context in a tab) and mounts the web part's app. Subclasses only say which app.
 */
export abstract class CustodianWebPart extends BaseClientSideWebPart<Record<string, never>> {
  protected abstract readonly app: AppDefinition;

  private sp: SPFI | undefined;
  private theme: Theme = createTheme({});
  private inTeams = false;
  private links: DeepLinks = pageLinks(window.location.href);

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.sp = spForWebPart(this.context);
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      this.inTeams = true;
      const teamsContext = await teams.teamsJs.app.getContext();
      this.theme = themeForTeams(teamsContext.app.theme);
      this.links = teamsLinks(teamsContext.app.appId?.toString() ?? '', teamsContext.page.id, teamsContext.page.subPageId, teamsContext.channel?.id);
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.theme = themeForTeams(name);
        this.render();
      });
    }
  }

  /** The page's theme (and section variant) on SharePoint; in Teams the Teams theme wins. */
  protected onThemeChanged(pageTheme: IReadonlyTheme | undefined): void {
    if (!this.inTeams && pageTheme) {
      this.theme = createTheme(pageTheme as PartialTheme);
    }
  }

  public render(): void {
    if (!this.sp) return;
    const services: Services = {
      sp: this.sp,
      siteUrl: this.context.pageContext.web.absoluteUrl,
      theme: this.theme,
      clock: systemClock,
      host: this.inTeams ? 'teamsTab' : 'sharePointPage',
      links: this.links
    };
    ReactDom.render(React.createElement(this.app.Component, { services }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }
}
