import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { AppDefinition } from '../apps/appDefinition';
import type { WebPartHost } from './webPartHost';

/**
 * The class every Custodian web part shares, and all its bundle holds: the app and everything it uses
 * (Fluent UI, PnPjs, the registers) load as chunks that the four web parts share, so a page with two of
 * them downloads Fluent UI and PnPjs once. Subclasses only say which app.
 */
export abstract class CustodianWebPart<P extends Readonly<Record<string, unknown>> = Record<string, never>> extends BaseClientSideWebPart<P> {
  private host: WebPartHost | undefined;
  private pageTheme: IReadonlyTheme | undefined;

  /** The web part's app, as a dynamic `import()` so that it lands in a chunk of its own. */
  protected abstract loadApp(): Promise<AppDefinition>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const [{ hostWebPart }, app] = await Promise.all([import(/* webpackChunkName: 'web-part-host' */ './webPartHost'), this.loadApp()]);
    this.host = await hostWebPart(this.context, app, { ...this.properties }, () => this.render());
    this.host.pageThemeChanged(this.pageTheme);
  }

  /** The page's theme (and section variant) on SharePoint; in Teams the Teams theme wins. */
  protected onThemeChanged(pageTheme: IReadonlyTheme | undefined): void {
    this.pageTheme = pageTheme;
    this.host?.pageThemeChanged(pageTheme);
  }

  public render(): void {
    this.host?.render(this.domElement, { ...this.properties });
  }

  protected onDispose(): void {
    this.host?.unmount(this.domElement);
  }
}
