import type { FieldDefinition } from '../../domain/lists/fields';
import type { ItemRecord } from '../../domain/lists/itemQuery';

/**
 * Downloads the rows a view shows, in its columns. The code that builds the table and writes the file is
 * loaded when someone asks for a download: no list screen needs it to open.
 */
export async function downloadView(
  fields: Readonly<Record<string, FieldDefinition>>,
  records: ReadonlyArray<ItemRecord>,
  columns: readonly string[],
  fileName: string,
  format: 'csv' | 'xlsx'
): Promise<void> {
  const [{ exportTable }, { downloadTable }] = await Promise.all([
    import(/* webpackChunkName: 'view-export' */ '../../domain/export/exportTable'),
    import(/* webpackChunkName: 'view-export' */ './downloadTable')
  ]);
  await downloadTable(exportTable(fields, records, columns), fileName, format);
}
