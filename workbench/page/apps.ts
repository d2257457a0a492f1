import type { AppDefinition } from '../../src/apps/appDefinition';
import type { FirstReads } from '../../src/apps/firstReads';
import { urgentCareReads } from '../../src/apps/urgentCare/urgentCareReads';
import { dataQualityReads } from '../../src/apps/dataQuality/dataQualityReads';
import { urgentCareApp } from '../../src/apps/urgentCare/urgentCareApp';
import { foiApp } from '../../src/apps/foi/foiApp';
import { dataQualityApp } from '../../src/apps/dataQuality/dataQualityApp';
import { dataWikiApp } from '../../src/apps/dataWiki/dataWikiApp';

/** Every app a web part mounts, in the order the workbench offers them. */
export const workbenchApps: readonly AppDefinition[] = [urgentCareApp, foiApp, dataQualityApp, dataWikiApp];

/** The first reads of the apps that have them, by app id, as their web parts begin them. */
export const workbenchReads: Readonly<Record<string, FirstReads>> = { [urgentCareApp.id]: urgentCareReads, [dataQualityApp.id]: dataQualityReads };
