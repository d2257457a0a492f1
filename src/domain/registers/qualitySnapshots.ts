import { defineList } from '../lists/defineList';
import { choice, date, dateTime, number, text, type NumberField } from '../lists/fields';
import { dimensions } from '../quality/scores';

const count = (title: string, description: string): NumberField & { required: true } =>
  number({ title, description, required: true, integer: true, min: 0, section: 'Counts' });

/**
 * One row per check per data-quality run: what the scorecard's trend is drawn from. Long rather than
 * wide, so a new rule needs no new column and the list reads straight into Excel or Power BI.
 */
export const qualitySnapshots = defineList({
  name: 'qualitySnapshots',
  title: 'Data Quality Snapshots',
  url: 'Lists/DataQualitySnapshots',
  description: 'The result of each data-quality check at each run, for trends.',
  sections: ['Run', 'Counts'],
  fields: {
    Title: text({ title: 'Summary', description: 'The register, check and day, to scan.', required: true, maxLength: 255, section: 'Run' }),
    Register: text({ title: 'Register', description: 'The code name of the register checked.', required: true, indexed: true, maxLength: 60, section: 'Run' }),
    CheckId: text({ title: 'Check', description: 'The id of the rule or check.', required: true, maxLength: 80, section: 'Run' }),
    Dimension: choice({
      title: 'Dimension',
      description: 'The Government Data Quality Framework dimension the check measures.',
      required: true,
      section: 'Run',
      choices: dimensions
    }),
    RunOn: date({ title: 'Run on', description: 'The day of the run, in UK time.', required: true, indexed: true, section: 'Run' }),
    RunAt: dateTime({ title: 'Run at', description: 'When the run finished.', required: true, section: 'Run' }),
    Checked: count('Items checked', 'Items the check applied to.'),
    Failing: count('Items failing', 'Items that broke the check and had no exception.'),
    Excepted: count('Items excepted', 'Items that broke the check but a steward had excepted.')
  }
});
