import { text, yesNo } from './fields';

/**
 * Columns every register has that nobody fills in by hand. The idempotency key is set by Custodian on
 * every new item and is unique: an add that is retried after a lost answer cannot create a second item.
 */
export const idempotencyKeyName = 'CustodianKey';

/**
 * Set only by a spreadsheet import, on a row that breaks a rule: a legacy row must land so that stewards
 * can put it right (the Control Room's 269 discharges without a date did). The list validation formula lets
 * such an item break the rules; the next save through Custodian clears the marker, and the rules then apply
 * in full. It never excuses a required column or a column's own check.
 */
export const legacyMarkerName = 'CustodianLegacy';

export const systemFields = {
  [idempotencyKeyName]: text({
    title: 'Custodian key',
    description: 'Set by Custodian on each new item so that a repeated save never creates a second item.',
    unique: true,
    maxLength: 36
  }),
  [legacyMarkerName]: yesNo({
    title: 'Legacy record',
    description: 'Imported from a spreadsheet while breaking a rule. Cleared when the item is next saved in Custodian, after which every rule applies.'
  })
} as const;
