import { defineList } from '../lists/defineList';
import { dateTime, number, person, text } from '../lists/fields';

/** Each correction a steward made through the fix queue: who put which item right against which rule, and when. */
export const qualityFixes = defineList({
  name: 'qualityFixes',
  title: 'Data Quality Fixes',
  url: 'Lists/DataQualityFixes',
  description: 'Items corrected through the data-quality fix queue.',
  sections: ['Fix'],
  fields: {
    Title: text({ title: 'Summary', description: 'The rule and the item, to scan.', required: true, maxLength: 255, section: 'Fix' }),
    Register: text({ title: 'Register', description: 'The code name of the register the item is in.', required: true, indexed: true, maxLength: 60, section: 'Fix' }),
    CheckId: text({ title: 'Check', description: 'The id of the rule or check the item now passes.', required: true, indexed: true, maxLength: 80, section: 'Fix' }),
    ItemId: number({ title: 'Item', description: 'The id of the item in its register.', required: true, integer: true, min: 1, section: 'Fix' }),
    FieldsChanged: text({ title: 'Fields changed', description: 'The fields the steward changed.', maxLength: 255, section: 'Fix' }),
    FixedBy: person({ title: 'Fixed by', description: 'The steward who made the fix.', required: true, section: 'Fix' }),
    FixedAt: dateTime({ title: 'Fixed at', description: 'When the fix was saved.', required: true, indexed: true, section: 'Fix' })
  }
});
