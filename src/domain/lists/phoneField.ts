import { normalisePhone } from '../validators/phone';
import { identifier } from './fields';

/**
 * A phone number column. Apart from the other identifier builders because its validator carries the
 * world's numbering plans (libphonenumber's metadata): only a web part whose registers have a phone
 * column downloads them.
 */
export const phone = identifier('phone', { normalise: normalisePhone, hint: 'a UK phone number looks like 0161 912 2000' });
