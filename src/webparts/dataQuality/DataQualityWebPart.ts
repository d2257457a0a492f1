import { CustodianWebPart } from '../CustodianWebPart';
import type { AppDefinition } from '../../apps/appDefinition';

export default class DataQualityWebPart extends CustodianWebPart {
  protected async loadApp(): Promise<AppDefinition> {
    return (await import(/* webpackChunkName: 'data-quality-app' */ '../../apps/dataQuality/dataQualityApp')).dataQualityApp;
  }
}
