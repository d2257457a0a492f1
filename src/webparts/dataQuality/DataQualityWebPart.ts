import { CustodianWebPart } from '../CustodianWebPart';
import type { AppDefinition } from '../../apps/appDefinition';
import type { FirstReads } from '../../apps/firstReads';

export default class DataQualityWebPart extends CustodianWebPart {
  protected async loadApp(): Promise<AppDefinition> {
    return (await import(/* webpackChunkName: 'data-quality-app' */ '../../apps/dataQuality/dataQualityApp')).dataQualityApp;
  }

  protected async loadFirstReads(): Promise<FirstReads> {
    return (await import(/* webpackChunkName: 'data-quality-reads' */ '../../apps/dataQuality/dataQualityReads')).dataQualityReads;
  }
}
