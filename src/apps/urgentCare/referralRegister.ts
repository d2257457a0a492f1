import type { Register } from '../../domain/lists/defineList';
import type { FieldDefinition } from '../../domain/lists/fields';
import { urgentCareReferrals } from '../../domain/registers/urgentCareReferrals';

/**
 * The referrals register as the generic UI blocks (form, grid, merge, export) take it: fields by name.
 * The typed declaration stays the source; this is the same object, seen without its literal types.
 */
export const referralRegister = urgentCareReferrals as unknown as Register<Record<string, FieldDefinition>>;
export const referralFields = referralRegister.fields;

/** A referral's values by field name, as the UI blocks pass them around. */
export type Referral = Record<string, unknown>;

/** Where the form keeps what was typed into a new referral, or into an existing one, until it is saved. */
export const draftKeyFor = (itemId?: number): string => (itemId === undefined ? 'urgent-care:new' : `urgent-care:edit:${itemId}`);
