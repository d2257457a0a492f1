import { CustodianWebPart } from '../CustodianWebPart';
import type { AppDefinition } from '../../apps/appDefinition';

export default class FoiLogWebPart extends CustodianWebPart {
  protected async loadApp(): Promise<AppDefinition> {
    return (await import(/* webpackChunkName: 'foi-app' */ '../../apps/foi/foiApp')).foiApp;
  }
}
