import { createRepository } from '../../data/repository';
import { urgentCareReferrals } from '../../domain/registers/urgentCareReferrals';
import type { FirstReads } from '../firstReads';
import { firstScreenFields } from './trackerFields';

/** The tracker's first rows and its count. */
export const urgentCareReads: FirstReads = (sp, clock) => createRepository(sp, urgentCareReferrals, clock).beginListing(firstScreenFields);
