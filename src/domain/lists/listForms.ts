/**
 * SharePoint's own display form for an item. Every list the feature creates has DispForm.aspx (its
 * schema's `Forms`), so the address works on any site without configuring where Custodian's pages are.
 */
export function displayFormUrl(siteUrl: string, listUrl: string, itemId: number): string {
  return `${siteUrl.replace(/\/+$/, '')}/${listUrl}/DispForm.aspx?ID=${itemId}`;
}
