import { spfi, SPBrowser, SPFx, type SPFI } from '@pnp/sp';
import type { ISPFXContext } from '@pnp/sp/behaviors/spfx';

/** PnPjs for a web part on a SharePoint page or in a Teams tab: the SPFx context carries auth and the site. */
export function spForWebPart(context: ISPFXContext): SPFI {
  return spfi().using(SPFx(context));
}

/** PnPjs for a site reached by its address, as the local workbench reaches its SharePoint. */
export function spForSite(siteUrl: string): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
}
