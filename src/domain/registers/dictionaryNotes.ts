import { defineList } from '../lists/defineList';
import { note, text } from '../lists/fields';
import { dataCustodiansGroup } from './dataCustodians';

/** Descriptions custodians write for the columns of lists no register declares (a register's fields describe themselves). */
export const dictionaryNotes = defineList({
  name: 'dictionaryNotes',
  title: 'Data Dictionary Notes',
  url: 'Lists/DataDictionaryNotes',
  description: 'What the columns of the site’s other lists mean, written by the data custodians.',
  sections: ['Column'],
  editableOnlyBy: dataCustodiansGroup,
  duplicateKey: ['ListTitle', 'ColumnName'],
  fields: {
    Title: text({ title: 'Column', description: 'The list and column, to scan: "Parking permits: Zone".', required: true, maxLength: 255 }),
    ListTitle: text({ title: 'List', description: 'The title of the list the column belongs to.', required: true, indexed: true, maxLength: 255 }),
    ColumnName: text({ title: 'Column name', description: 'The column’s internal name.', required: true, maxLength: 32 }),
    Description: note({ title: 'Description', description: 'What the column holds and how to read it.', required: true })
  }
});
