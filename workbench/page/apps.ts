import type { AppDefinition } from '../../src/apps/appDefinition';
import { urgentCareApp } from '../../src/apps/urgentCare/urgentCareApp';
import { foiApp } from '../../src/apps/foi/foiApp';
import { dataQualityApp } from '../../src/apps/dataQuality/dataQualityApp';
import { dataWikiApp } from '../../src/apps/dataWiki/dataWikiApp';
import { registerApp } from '../../src/apps/register/registerApp';

/** Every app a web part mounts, in the order the workbench offers them. */
export const workbenchApps: readonly AppDefinition[] = [urgentCareApp, foiApp, dataQualityApp, dataWikiApp, registerApp];
