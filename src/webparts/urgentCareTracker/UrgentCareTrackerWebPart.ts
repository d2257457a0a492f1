import { CustodianWebPart } from '../CustodianWebPart';
import type { AppDefinition } from '../../apps/appDefinition';
import type { FirstReads } from '../../apps/firstReads';

export default class UrgentCareTrackerWebPart extends CustodianWebPart {
  protected async loadApp(): Promise<AppDefinition> {
    return (await import(/* webpackChunkName: 'urgent-care-app' */ '../../apps/urgentCare/urgentCareApp')).urgentCareApp;
  }

  protected async loadFirstReads(): Promise<FirstReads> {
    return (await import(/* webpackChunkName: 'urgent-care-reads' */ '../../apps/urgentCare/urgentCareReads')).urgentCareReads;
  }
}
