import * as React from 'react';
import { Dropdown, mergeStyleSets, Text, type IDropdownOption } from '@fluentui/react';
import { choiceKey } from '../../domain/import/cleanCell';
import type { ColumnMapping, MappedBy } from '../../domain/import/columnMapping';
import type { HeaderRow } from '../../domain/import/headerRow';
import { cellText, type Sheet } from '../../domain/import/sheet';
import type { FieldsByName } from '../../domain/lists/ruleFormula';
import type { ValueMap } from './useSpreadsheetImport';
import { formatCount } from '../../domain/lists/displayValue';

export interface ColumnsStepProps {
  fields: FieldsByName;
  sheet: Sheet;
  header: HeaderRow;
  mapping: readonly ColumnMapping[];
  valueMap: ValueMap;
  unmatched: Readonly<Record<string, Readonly<Record<string, number>>>>;
  onMapColumn: (column: number, field: string | null) => void;
  onMapValue: (field: string, written: string, choice: string | null | undefined) => void;
}

const styles = mergeStyleSets({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: '1px solid rgba(128,128,128,0.4)' } } },
  sample: { overflowWrap: 'anywhere', maxWidth: 260 },
  picker: { minWidth: 200 }
});

const how: Record<MappedBy, string> = {
  name: 'Same name',
  alias: 'A known heading',
  'similar title': 'Similar heading: check it',
  you: 'Your choice',
  none: 'Not imported'
};

const ignore = '__ignore';
const notMapped = '__unset';
const blank = '__blank';

/** A few of the column's values, as the file has them, to show what it holds. */
function samples(sheet: Sheet, header: HeaderRow, column: number): string {
  const values: string[] = [];
  for (let index = header.index + 1; index < sheet.rows.length && values.length < 3; index++) {
    const text = cellText(sheet.rows[index][column] ?? null).trim();
    if (text && !values.includes(text)) values.push(text);
  }
  return values.join(' · ');
}

/** Which field each column fills (proposed, changeable), and what the values that match no choice mean. */
export function ColumnsStep({ fields, sheet, header, mapping, valueMap, unmatched, onMapColumn, onMapValue }: ColumnsStepProps): JSX.Element {
  const fieldOptions: IDropdownOption[] = [{ key: ignore, text: 'Do not import' }, ...Object.entries(fields).map(([name, field]) => ({ key: name, text: field.title }))];
  // Values already answered stay on the list, so an answer can be changed.
  const toAnswer = [...new Set([...Object.keys(unmatched), ...Object.keys(valueMap)])]
    .filter((field) => fields[field] && mapping.some((column) => column.field === field))
    // In one fixed order, answered or not: a choice made never moves the list under the person making it.
    .map((field) => [field, [...new Set([...Object.keys(unmatched[field] ?? {}), ...Object.keys(valueMap[field] ?? {})])].sort((a, b) => a.localeCompare(b, 'en-GB'))] as const)
    .filter(([, values]) => values.length > 0);
  const answered = (field: string, written: string): boolean => valueMap[field] !== undefined && written in valueMap[field];
  const rowsWith = (field: string, written: string): number => {
    const column = mapping.find((entry) => entry.field === field)?.column;
    if (column === undefined) return 0;
    const key = choiceKey(written);
    return sheet.rows.slice(header.index + 1).filter((row) => choiceKey(cellText(row[column] ?? null)) === key).length;
  };
  return (
    <>
      <div className={styles.scroll} role="region" aria-label="Columns of the file" tabIndex={0}>
        <table className={styles.table}>
          <caption style={{ textAlign: 'left', paddingBottom: 4 }}>
            <Text>
              Each column of the file and the field it fills. {header.ignored.length > 0 && `Left out: ${header.ignored.map((column) => `${column.header || 'a column without a heading'} (${column.reason.replace(/\.$/, '').toLowerCase()})`).join('; ')}.`}
            </Text>
          </caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Values, for example</th>
              <th scope="col">Field</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {mapping.map((column) => (
              <tr key={column.column}>
                <th scope="row">{column.header}</th>
                <td className={styles.sample}>{samples(sheet, header, column.column)}</td>
                <td>
                  <Dropdown
                    className={styles.picker}
                    ariaLabel={`Field for the column ${column.header}`}
                    options={fieldOptions}
                    selectedKey={column.field ?? ignore}
                    onChange={(_, option) => option && onMapColumn(column.column, option.key === ignore ? null : String(option.key))}
                  />
                </td>
                <td>{how[column.mappedBy]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {toAnswer.map(([field, values]) => (
        <section key={field} aria-label={`Values of ${fields[field].title}`}>
          <h3>Values of {fields[field].title} that are not among its choices</h3>
          <Text block>Rows with a value left unmatched are not loaded: they go in the reject report.</Text>
          {values.map((written) => {
            const definition = fields[field];
            const choices = definition.kind === 'choice' || definition.kind === 'multiChoice' ? definition.choices : [];
            const count = unmatched[field]?.[written] ?? rowsWith(field, written);
            return (
              <Dropdown
                key={written}
                label={`"${written}" (${formatCount(count)} ${count === 1 ? 'row' : 'rows'})`}
                options={[{ key: notMapped, text: 'Not matched: reject these rows' }, { key: blank, text: 'Leave blank' }, ...choices.map((choice) => ({ key: choice, text: choice }))]}
                selectedKey={answered(field, written) ? valueMap[field][written] ?? blank : notMapped}
                onChange={(_, option) => option && onMapValue(field, written, option.key === notMapped ? undefined : option.key === blank ? null : String(option.key))}
                styles={{ root: { maxWidth: 420, marginBottom: 8 } }}
              />
            );
          })}
        </section>
      ))}
    </>
  );
}
