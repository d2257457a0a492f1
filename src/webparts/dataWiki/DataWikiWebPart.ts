import { CustodianWebPart } from '../CustodianWebPart';
import type { AppDefinition } from '../../apps/appDefinition';

export default class DataWikiWebPart extends CustodianWebPart {
  protected async loadApp(): Promise<AppDefinition> {
    return (await import(/* webpackChunkName: 'data-wiki-app' */ '../../apps/dataWiki/dataWikiApp')).dataWikiApp;
  }
}
