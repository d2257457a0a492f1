import type { ExportTable } from '../export/exportTable';
import { exportTable } from '../export/exportTable';
import type { FieldDefinition } from '../lists/fields';
import type { ItemRecord } from '../lists/itemQuery';
import { inSentence } from '../lists/fieldValues';
import { isAnswered, type FoiItem } from './requestDeadlines';

/** What a published disclosure log shows of each answered request: never who asked, nor their words. */
export const disclosureColumns = ['Reference', 'Regime', 'ReceivedDate', 'ResponseDate', 'PublishedDate', 'Title', 'Directorate', 'Outcome', 'Exemptions'] as const;

/** What the log publishes of a request, in words read from its columns: "reference, regime, … and exemptions applied". */
export function publishedInWords(fields: Readonly<Record<string, FieldDefinition>>): string {
  const names = disclosureColumns.map((name) => inSentence(fields[name].title).replace(/^the /, ''));
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** In the log: answered, and published by an FOI officer's decision (never by being answered alone). */
export const isPublished = (item: FoiItem): boolean => isAnswered(item) && typeof item.PublishedDate === 'string' && item.PublishedDate !== '';

/**
 * The disclosure log: published requests, newest first, with only the columns above. A column declared
 * personal can never be published, whatever the list above says: the log refuses to be built instead.
 */
export function disclosureLog(fields: Readonly<Record<string, FieldDefinition>>, records: readonly ItemRecord[]): { records: ItemRecord[]; table: ExportTable } {
  const personal = disclosureColumns.filter((name) => fields[name]?.personal || fields[name]?.kind === 'lookup' || fields[name]?.kind === 'person');
  if (personal.length) throw new Error(`The disclosure log would publish personal data: ${personal.join(', ')}.`);
  const published = records
    .filter((record) => isPublished(record.item as FoiItem))
    .sort((a, b) => String((b.item as FoiItem).ResponseDate).localeCompare(String((a.item as FoiItem).ResponseDate)) || b.id - a.id);
  const table = exportTable(fields, published, disclosureColumns);
  // The SharePoint item id is the council's own business, not the public's: the reference identifies a request.
  return { records: published, table: { headers: table.headers.slice(1), rows: table.rows.map((row) => row.slice(1)) } };
}
