import { defineList } from '../lists/defineList';
import { note, person, text } from '../lists/fields';
import { dataCustodiansGroup } from './dataCustodians';

/** The words the council's data uses, with what they mean and the other words people use for them. */
export const glossaryTerms = defineList({
  name: 'glossaryTerms',
  title: 'Data Glossary',
  url: 'Lists/DataGlossary',
  description: 'Terms used in the council’s data, their definitions, owners and synonyms.',
  sections: ['Term'],
  editableOnlyBy: dataCustodiansGroup,
  fields: {
    Title: text({ title: 'Term', description: 'The term as people write it in full: "Discharge ready date".', required: true, unique: true, maxLength: 120 }),
    Definition: note({ title: 'Definition', description: 'What the term means here, in plain English.', required: true }),
    Synonyms: text({
      title: 'Synonyms',
      description: 'Other words and abbreviations for the same thing, separated by commas: "DRD, medically fit date".',
      maxLength: 255
    }),
    Owner: person({ title: 'Owner', description: 'Who decides what the term means.' })
  }
});
