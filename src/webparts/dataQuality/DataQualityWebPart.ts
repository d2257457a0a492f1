import { CustodianWebPart } from '../CustodianWebPart';
import { dataQualityApp } from '../../apps/dataQuality/dataQualityApp';

export default class DataQualityWebPart extends CustodianWebPart {
  protected readonly app = dataQualityApp;
}
