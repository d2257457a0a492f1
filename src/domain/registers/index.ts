import { dataCatalogue } from './dataCatalogue';
import { foiRequests } from './foiRequests';
import { qualityExceptions } from './qualityExceptions';
import { urgentCareReferrals } from './urgentCareReferrals';

export { dataCatalogue, foiRequests, qualityExceptions, urgentCareReferrals };

/** Every register, in the order they are provisioned (a lookup's target before the list that uses it). */
export const registers = [urgentCareReferrals, foiRequests, dataCatalogue, qualityExceptions] as const;
