import { text } from './fields';

/**
 * Columns every register has that nobody fills in by hand. The idempotency key is set by Custodian on
 * every new item and is unique: an add that is retried after a lost answer cannot create a second item.
 */
export const idempotencyKeyName = 'CustodianKey';

export const systemFields = {
  [idempotencyKeyName]: text({
    title: 'Custodian key',
    description: 'Set by Custodian on each new item so that a repeated save never creates a second item.',
    unique: true,
    maxLength: 36
  })
} as const;
