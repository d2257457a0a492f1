import { dataBreaches } from './dataBreaches';
import { dataCatalogue } from './dataCatalogue';
import { dictionaryNotes } from './dictionaryNotes';
import { foiRequesters } from './foiRequesters';
import { foiRequests } from './foiRequests';
import { glossaryTerms } from './glossaryTerms';
import { qualityExceptions } from './qualityExceptions';
import { qualityFixes } from './qualityFixes';
import { qualitySnapshots } from './qualitySnapshots';
import { siteSettings } from './siteSettings';
import { spreadsheetImports } from './spreadsheetImports';
import { urgentCareReferrals } from './urgentCareReferrals';
import { wikiArticles } from './wikiArticles';

export {
  dataBreaches,
  dataCatalogue,
  dictionaryNotes,
  foiRequesters,
  foiRequests,
  glossaryTerms,
  qualityExceptions,
  qualityFixes,
  qualitySnapshots,
  siteSettings,
  spreadsheetImports,
  urgentCareReferrals,
  wikiArticles
};

/** Every register, in the order they are provisioned (a lookup's target before the list that uses it). */
export const registers = [
  urgentCareReferrals,
  foiRequesters,
  foiRequests,
  dataCatalogue,
  dataBreaches,
  qualityExceptions,
  qualitySnapshots,
  qualityFixes,
  siteSettings,
  spreadsheetImports,
  wikiArticles,
  glossaryTerms,
  dictionaryNotes
] as const;
