import { dataCatalogue } from './dataCatalogue';
import { foiRequesters } from './foiRequesters';
import { foiRequests } from './foiRequests';
import { qualityExceptions } from './qualityExceptions';
import { qualityFixes } from './qualityFixes';
import { qualitySnapshots } from './qualitySnapshots';
import { siteSettings } from './siteSettings';
import { spreadsheetImports } from './spreadsheetImports';
import { urgentCareReferrals } from './urgentCareReferrals';

export { dataCatalogue, foiRequesters, foiRequests, qualityExceptions, qualityFixes, qualitySnapshots, siteSettings, spreadsheetImports, urgentCareReferrals };

/** Every register, in the order they are provisioned (a lookup's target before the list that uses it). */
export const registers = [urgentCareReferrals, foiRequesters, foiRequests, dataCatalogue, qualityExceptions, qualitySnapshots, qualityFixes, siteSettings, spreadsheetImports] as const;
