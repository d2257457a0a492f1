import { defineList } from '../lists/defineList';
import { note, number, text } from '../lists/fields';

/**
 * One item per spreadsheet imported into a register: who (SharePoint's Created By), when, the file, what
 * became of its rows, and the mapping used, so that the next import of the same sheet asks no questions.
 */
export const spreadsheetImports = defineList({
  name: 'spreadsheetImports',
  title: 'Custodian Imports',
  url: 'Lists/CustodianImports',
  description: 'Every spreadsheet imported into a Custodian register: the file, the counts of its rows, and the column mapping used.',
  sections: ['Import', 'Rows', 'Mapping'],
  fields: {
    Title: text({ title: 'File name', description: 'The file imported.', required: true, maxLength: 255 }),
    RegisterName: text({ title: 'Register', description: 'The register the rows went into (its list title).', required: true, indexed: true, maxLength: 255 }),
    RowsRead: number({ title: 'Rows read', description: 'Data rows in the file, below its header.', required: true, integer: true, min: 0, section: 'Rows' }),
    RowsLoaded: number({ title: 'Rows loaded', description: 'Rows added to the register, flagged ones included.', required: true, integer: true, min: 0, section: 'Rows' }),
    RowsFlagged: number({ title: 'Rows flagged', description: 'Rows added as legacy records because they break a rule.', required: true, integer: true, min: 0, section: 'Rows' }),
    RowsDuplicate: number({ title: 'Duplicate rows', description: 'Rows not added: the register or an earlier row already had them.', required: true, integer: true, min: 0, section: 'Rows' }),
    RowsRejected: number({ title: 'Rows rejected', description: 'Rows that could not be stored, listed with their reasons in the reject report.', required: true, integer: true, min: 0, section: 'Rows' }),
    FileShape: note({ title: 'File shape', description: 'The file’s column headings, as Custodian recognises a sheet it has seen before.', section: 'Mapping' }),
    Mapping: note({ title: 'Mapping', description: 'The columns and values mapped, as JSON, for the next import of the same sheet.', section: 'Mapping' })
  }
});
