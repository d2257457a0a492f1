import { CustodianWebPart } from '../CustodianWebPart';
import { dataWikiApp } from '../../apps/dataWiki/dataWikiApp';

export default class DataWikiWebPart extends CustodianWebPart {
  protected readonly app = dataWikiApp;
}
