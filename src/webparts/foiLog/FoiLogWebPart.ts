import { CustodianWebPart } from '../CustodianWebPart';
import { foiApp } from '../../apps/foi/foiApp';

export default class FoiLogWebPart extends CustodianWebPart {
  protected readonly app = foiApp;
}
