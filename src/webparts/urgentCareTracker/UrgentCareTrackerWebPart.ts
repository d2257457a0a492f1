import { CustodianWebPart } from '../CustodianWebPart';
import type { AppDefinition } from '../../apps/appDefinition';

export default class UrgentCareTrackerWebPart extends CustodianWebPart {
  protected async loadApp(): Promise<AppDefinition> {
    return (await import(/* webpackChunkName: 'urgent-care-app' */ '../../apps/urgentCare/urgentCareApp')).urgentCareApp;
  }
}
