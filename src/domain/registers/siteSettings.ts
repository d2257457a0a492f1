import { defineList } from '../lists/defineList';
import { note, text } from '../lists/fields';

/**
 * Settings of the site's Custodian apps, one item per setting, named by its title. A list rather than
 * the web's property bag: modern sites refuse property-bag writes (custom scripts are off), and a list is
 * versioned, so a change of setting says who made it and when.
 */
export const siteSettings = defineList({
  name: 'siteSettings',
  title: 'Custodian Settings',
  url: 'Lists/CustodianSettings',
  description: 'Settings of the Custodian apps on this site, one item each. The apps use their default for a setting with no item.',
  sections: ['Setting'],
  fields: {
    Title: text({
      title: 'Setting',
      description: 'The setting’s name, exactly as Custodian lists it (for example "FOI directorate working days").',
      required: true,
      unique: true,
      maxLength: 100
    }),
    SettingValue: text({ title: 'Value', description: 'The value to use instead of the default.', required: true, maxLength: 255 }),
    Explanation: note({ title: 'Why', description: 'Why the site uses this value, for whoever looks after it next.' })
  }
});
