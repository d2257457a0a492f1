import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { CustodianWebPart } from '../CustodianWebPart';
import type { AppDefinition } from '../../apps/appDefinition';
import type { RegisterWebPartProperties } from '../../apps/register/registerChoice';
import type { RegisterScreenDeclaration } from '../../domain/lists/registerScreen';

type Pane = typeof import('./registerPane');
type Offered = typeof import('../../domain/registers/offeredRegisters');

/** Any register, chosen in the property pane: a new register needs no web part of its own. */
export default class RegisterWebPart extends CustodianWebPart<RegisterWebPartProperties> {
  private pane: { build: Pane['registerPane']; offered: Offered['offeredRegisters'] } | undefined;
  private chosen: RegisterScreenDeclaration | undefined;

  protected async loadApp(): Promise<AppDefinition> {
    return (await import(/* webpackChunkName: 'register-app' */ '../../apps/register/registerApp')).registerApp;
  }

  // The pane, and the chosen register's views, load when a site owner opens the settings, not with the page.
  protected async loadPropertyPaneResources(): Promise<void> {
    const [{ registerPane }, { offeredRegisters }] = await Promise.all([
      import(/* webpackChunkName: 'register-pane' */ './registerPane'),
      import(/* webpackChunkName: 'register-app' */ '../../domain/registers/offeredRegisters')
    ]);
    this.pane = { build: registerPane, offered: offeredRegisters };
    await this.loadChosen();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.pane) return { pages: [] };
    const pane = this.pane.build(this.properties, this.chosen);
    Object.assign(this.properties, pane.properties);
    return pane.configuration;
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    // Another register: its views are offered once its code has loaded.
    if (propertyPath === 'register') this.loadChosen().then(() => this.context.propertyPane.refresh(), () => undefined);
  }

  private async loadChosen(): Promise<void> {
    this.chosen = await this.pane?.offered.find((offered) => offered.name === this.properties.register)?.screen();
  }
}
