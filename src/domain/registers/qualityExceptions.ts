import { defineList } from '../lists/defineList';
import { choice, date, note, number, person, text } from '../lists/fields';
import { is, isPresent, onOrAfter } from '../lists/rules';

/**
 * A data steward's justified exception to one rule for one item: it takes the item out of that rule's
 * failure count, stays listed, and can be reverted (issue-workflow lesson from Great Expectations and Soda).
 */
export const qualityExceptions = defineList({
  name: 'qualityExceptions',
  title: 'Data Quality Exceptions',
  url: 'Lists/DataQualityExceptions',
  description: 'Exceptions to data-quality rules that a steward has justified, one per rule and item.',
  sections: ['Exception', 'Review'],
  fields: {
    Title: text({
      title: 'Summary',
      description: 'One line a steward can scan: the rule and the item.',
      required: true,
      maxLength: 255,
      section: 'Exception'
    }),
    Register: text({
      title: 'Register',
      description: 'The code name of the register the item is in.',
      required: true,
      indexed: true,
      maxLength: 60,
      section: 'Exception'
    }),
    RuleId: text({
      title: 'Rule',
      description: 'The id of the rule excepted.',
      required: true,
      indexed: true,
      maxLength: 80,
      section: 'Exception'
    }),
    ItemId: number({
      title: 'Item',
      description: 'The id of the item in its register.',
      required: true,
      indexed: true,
      integer: true,
      min: 1,
      section: 'Exception'
    }),
    Reason: choice({
      title: 'Reason',
      description: 'Why the rule does not apply to this item.',
      required: true,
      section: 'Exception',
      choices: ['Not applicable: patient died', 'Not available at source', 'False positive', 'Other']
    }),
    Explanation: note({
      title: 'Explanation',
      description: 'What a colleague needs to know to agree with the exception.',
      section: 'Exception'
    }),
    Status: choice({
      title: 'Status',
      description: 'Active exceptions are excluded from failure counts; reverted ones count again.',
      required: true,
      indexed: true,
      default: 'Active',
      section: 'Review',
      choices: ['Active', 'Reverted']
    }),
    ExceptedBy: person({
      title: 'Excepted by',
      description: 'The steward who recorded the exception.',
      required: true,
      section: 'Review'
    }),
    ExceptedOn: date({
      title: 'Excepted on',
      description: 'The day the exception was recorded.',
      required: true,
      section: 'Review'
    }),
    RevertedBy: person({
      title: 'Reverted by',
      description: 'The steward who reverted the exception.',
      section: 'Review'
    }),
    RevertedOn: date({
      title: 'Reverted on',
      description: 'The day the exception was reverted.',
      section: 'Review'
    })
  },
  rules: [
    {
      id: 'explanation-for-other',
      field: 'Explanation',
      when: is('Reason', 'Other'),
      check: isPresent('Explanation'),
      message: 'Explain the exception: the reason is Other.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'reverted-date-when-reverted',
      field: 'RevertedOn',
      when: is('Status', 'Reverted'),
      check: isPresent('RevertedOn'),
      message: 'Enter the day the exception was reverted.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'reverted-after-excepted',
      field: 'RevertedOn',
      check: onOrAfter('RevertedOn', 'ExceptedOn'),
      message: 'An exception cannot be reverted before it was recorded.',
      dimension: 'consistency',
      severity: 'block'
    }
  ],
  duplicateKey: ['Register', 'RuleId', 'ItemId']
});
