/**
 * The SharePoint group whose members keep the data wiki (actions DG002, DG011): they edit the catalogue,
 * articles, glossary and dictionary notes; everyone else on the site reads them. Provisioning creates it.
 */
export const dataCustodiansGroup = 'Data Custodians';
