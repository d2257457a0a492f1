import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { CustodianWebPart } from '../CustodianWebPart';
import type { AppDefinition } from '../../apps/appDefinition';
import type { RegisterWebPartProperties } from '../../apps/register/registerChoice';
import type { registerPane } from './registerPane';

/** Any register, chosen in the property pane: a new register needs no web part of its own. */
export default class RegisterWebPart extends CustodianWebPart<RegisterWebPartProperties> {
  private buildPane: typeof registerPane | undefined;

  protected async loadApp(): Promise<AppDefinition> {
    return (await import(/* webpackChunkName: 'register-app' */ '../../apps/register/registerApp')).registerApp;
  }

  // The registers the pane offers load when a site owner opens the settings, not with the page.
  protected async loadPropertyPaneResources(): Promise<void> {
    this.buildPane = (await import(/* webpackChunkName: 'register-pane' */ './registerPane')).registerPane;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.buildPane) return { pages: [] };
    const pane = this.buildPane(this.properties);
    Object.assign(this.properties, pane.properties);
    return pane.configuration;
  }
}
