import { defineList } from '../lists/defineList';
import { dataCustodiansGroup } from './dataCustodians';
import { directorates } from './directorates';
import { choice, date, email, note, person, text } from '../lists/fields';
import { is, isNot, isPresent, onOrBefore, today } from '../lists/rules';

/**
 * The data catalogue (action DG007, classification DG008): one entry per dataset, with the fields shared by
 * DataHub, OpenMetadata, CKAN and the UK cross-government metadata model.
 */
export const dataCatalogue = defineList({
  name: 'dataCatalogue',
  title: 'Data Catalogue',
  url: 'Lists/DataCatalogue',
  description: 'Every dataset the council holds: what it is, who is accountable, how it is protected and kept.',
  sections: ['Dataset', 'People', 'Protection', 'Lifecycle'],
  stewarded: true,
  editableOnlyBy: dataCustodiansGroup,
  fields: {
    Title: text({
      title: 'Dataset name',
      description: 'The name people use for the dataset.',
      required: true,
      unique: true,
      maxLength: 120,
      section: 'Dataset',
      aliases: ['Name', 'Dataset']
    }),
    Description: note({
      title: 'Description',
      description: 'What the dataset holds and what it is used for, in plain English.',
      required: true,
      section: 'Dataset',
      aliases: ['Summary', 'About']
    }),
    Directorate: choice({
      title: 'Directorate',
      description: 'The directorate that holds the dataset.',
      required: true,
      indexed: true,
      section: 'Dataset',
      choices: directorates,
      aliases: ['Department', 'Service area']
    }),
    SourceSystem: text({
      title: 'Source system',
      description: 'The system the data is entered in, such as a SharePoint list or a case management system.',
      maxLength: 120,
      critical: true,
      section: 'Dataset',
      aliases: ['System', 'Source']
    }),
    Location: text({
      title: 'Location',
      description: 'Where to find it: a site and list address, or a system path.',
      maxLength: 255,
      section: 'Dataset',
      aliases: ['URL', 'Link', 'Where held']
    }),
    UpdateFrequency: choice({
      title: 'Update frequency',
      description: 'How often the data changes.',
      section: 'Dataset',
      choices: ['Continuously', 'Daily', 'Weekly', 'Monthly', 'Quarterly', 'Annually', 'When needed'],
      aliases: ['Frequency', 'Refresh']
    }),
    RelatedDatasets: note({
      title: 'Related datasets',
      description: 'Other catalogue entries this one feeds or depends on.',
      section: 'Dataset',
      aliases: ['Related', 'Dependencies']
    }),
    Owner: person({
      title: 'Data owner',
      description: 'The business lead accountable for the data (DG004).',
      required: true,
      section: 'People',
      aliases: ['Owner', 'Information asset owner', 'IAO']
    }),
    Custodian: person({
      title: 'Data custodian',
      description: 'Who looks after the technical side: storage, access, backups (DG002).',
      critical: true,
      section: 'People',
      aliases: ['Custodian', 'Technical owner']
    }),
    Steward: person({
      title: 'Data steward',
      description: 'Who looks after the quality of the data day to day (DG003).',
      critical: true,
      section: 'People',
      aliases: ['Steward']
    }),
    ContactEmail: email({
      title: 'Contact email',
      description: 'A team mailbox for questions about the data.',
      section: 'People',
      aliases: ['Contact', 'Contact point', 'Mailbox']
    }),
    Classification: choice({
      title: 'Security classification',
      description: 'Government Security Classifications: OFFICIAL, or OFFICIAL-SENSITIVE where loss or misuse would do real harm.',
      required: true,
      section: 'Protection',
      choices: ['OFFICIAL', 'OFFICIAL-SENSITIVE'],
      aliases: ['Classification', 'Protective marking']
    }),
    PersonalData: choice({
      title: 'Personal data',
      description: 'Whether the data identifies living people, and whether any of it is special category (UK GDPR Article 9).',
      required: true,
      section: 'Protection',
      choices: ['No', 'Yes', 'Yes, including special category'],
      aliases: ['Personal', 'Contains personal data']
    }),
    LawfulBasis: choice({
      title: 'Lawful basis',
      description: 'The UK GDPR Article 6 basis for processing personal data.',
      section: 'Protection',
      choices: ['Consent', 'Contract', 'Legal obligation', 'Vital interests', 'Public task', 'Legitimate interests'],
      aliases: ['Legal basis', 'Article 6 basis']
    }),
    RetentionPeriod: text({
      title: 'Retention period',
      description: 'How long records are kept, as the retention schedule says: "6 years after closure".',
      maxLength: 120,
      section: 'Lifecycle',
      aliases: ['Retention', 'Keep for']
    }),
    DisposalAction: choice({
      title: 'Disposal action',
      description: 'What happens at the end of the retention period.',
      section: 'Lifecycle',
      choices: ['Destroy', 'Anonymise', 'Review', 'Transfer to archive'],
      aliases: ['Disposal']
    }),
    LastReviewed: date({
      title: 'Last reviewed',
      description: 'When the owner last confirmed this entry is right.',
      critical: true,
      section: 'Lifecycle',
      aliases: ['Reviewed', 'Review date']
    })
  },
  rules: [
    {
      id: 'lawful-basis-for-personal-data',
      field: 'LawfulBasis',
      when: isNot('PersonalData', 'No'),
      check: isPresent('LawfulBasis'),
      message: 'Select the lawful basis: the dataset holds personal data.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'special-category-is-sensitive',
      field: 'Classification',
      when: is('PersonalData', 'Yes, including special category'),
      check: is('Classification', 'OFFICIAL-SENSITIVE'),
      message: 'Special category personal data must be classified OFFICIAL-SENSITIVE.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'retention-for-personal-data',
      field: 'RetentionPeriod',
      when: isNot('PersonalData', 'No'),
      check: isPresent('RetentionPeriod'),
      message: 'Enter the retention period: personal data must not be kept longer than needed.',
      dimension: 'completeness',
      severity: 'warn'
    },
    {
      id: 'reviewed-not-in-future',
      field: 'LastReviewed',
      check: onOrBefore('LastReviewed', today),
      message: 'The last reviewed date cannot be in the future.',
      dimension: 'validity',
      severity: 'block'
    }
  ]
});
