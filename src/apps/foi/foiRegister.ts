import type { ItemOf, Register } from '../../domain/lists/defineList';
import type { FieldDefinition } from '../../domain/lists/fields';
import { foiRequesters } from '../../domain/registers/foiRequesters';
import { foiRequests } from '../../domain/registers/foiRequests';
import { dueByField } from '../../domain/foi/foiViews';

/** The FOI registers as the generic UI blocks take them, fields by name: the typed declarations, widened. */
export const requestRegister: Register = foiRequests;
export const requesterRegister: Register = foiRequesters;
/** The log's columns: the register's fields, and the date that binds each request now. */
export const requestFields: Readonly<Record<string, FieldDefinition>> = { ...requestRegister.fields, DueBy: dueByField };

/** A request's values, and a requester's, as their registers declare them. */
export type FoiRequest = ItemOf<typeof foiRequests>;
export type FoiRequester = ItemOf<typeof foiRequesters>;

/** What a new request asks for first: the request itself, as received. */
export const newRequestFields = ['Title', 'Regime', 'ReceivedDate', 'Channel', 'RequestText', 'Directorate'] as const;
/** Everything about a requester but the reference, which is given when they are saved. */
export const newRequesterFields = Object.keys(requesterRegister.fields).filter((name) => name !== 'Title');

export const draftKeyFor = (what: 'new-request' | 'new-requester' | `action:${string}:${number}` | `edit:${number}` | `requester:${number}`): string => `foi:${what}`;
