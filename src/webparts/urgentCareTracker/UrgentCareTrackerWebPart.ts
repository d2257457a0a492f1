import { CustodianWebPart } from '../CustodianWebPart';
import { urgentCareApp } from '../../apps/urgentCare/urgentCareApp';

export default class UrgentCareTrackerWebPart extends CustodianWebPart {
  protected readonly app = urgentCareApp;
}
