import { dataCatalogue } from './dataCatalogue';
import { foiRequests } from './foiRequests';
import { qualityExceptions } from './qualityExceptions';
import { qualityFixes } from './qualityFixes';
import { qualitySnapshots } from './qualitySnapshots';
import { urgentCareReferrals } from './urgentCareReferrals';

export { dataCatalogue, foiRequests, qualityExceptions, qualityFixes, qualitySnapshots, urgentCareReferrals };

/** Every register, in the order they are provisioned (a lookup's target before the list that uses it). */
export const registers = [urgentCareReferrals, foiRequests, dataCatalogue, qualityExceptions, qualitySnapshots, qualityFixes] as const;
