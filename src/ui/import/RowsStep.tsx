import * as React from 'react';
import { DefaultButton, Dropdown, mergeStyleSets, Pivot, PivotItem, Text } from '@fluentui/react';
import { type ImportPlan, type ImportRow, type RowClass } from '../../domain/import/importRows';
import { displayValue, formatCount } from '../../domain/lists/displayValue';
import type { FieldsByName } from '../../domain/lists/ruleFormula';

export interface RowsStepProps {
  fields: FieldsByName;
  plan: ImportPlan;
}

const classTitles: Record<RowClass, string> = {
  clean: 'As they are',
  cleaned: 'Cleaned',
  flagged: 'Flagged',
  duplicate: 'Duplicates',
  rejected: 'Rejected'
};
// What needs the person first: the rows that will not load, then those the stewards will be asked about.
const tabOrder: readonly RowClass[] = ['rejected', 'flagged', 'duplicate', 'cleaned', 'clean'];

const styles = mergeStyleSets({
  scroll: { overflowX: 'auto', maxWidth: '100%', marginTop: 8 },
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: '1px solid rgba(128,128,128,0.4)' } } },
  notes: { margin: 0, paddingLeft: 18, overflowWrap: 'anywhere' }
});

const pageLength = 100;
const anyReason = '__any';

function reasonsOf(row: ImportRow, fields: FieldsByName): string[] {
  const titleOf = (field: string): string => (field ? `${fields[field]?.title ?? field}: ` : '');
  return row.problems.map((problem) => `${titleOf(problem.field)}${problem.reason}`);
}

function changesOf(row: ImportRow, fields: FieldsByName): string[] {
  return row.changes.map((change) => {
    const field = fields[change.field];
    // What will be stored, as typed into the list: "9434765919", not the grouped way it is shown.
    const stored = field.kind === 'date' || typeof change.to === 'object' ? displayValue(field, change.to) : String(change.to);
    const to = change.to === null ? 'blank' : `"${stored}"`;
    return `${field.title}: "${change.from}" → ${to} (${change.reason})`;
  });
}

/** The rows by what will become of them, filtered by class and by reason, with every change and refusal. */
export function RowsStep({ fields, plan }: RowsStepProps): JSX.Element {
  const [shownClass, setShownClass] = React.useState<RowClass | 'all'>('all');
  const [reason, setReason] = React.useState<string>(anyReason);
  const [length, setLength] = React.useState(pageLength);
  const inClass = plan.rows.filter((row) => shownClass === 'all' || row.class === shownClass);
  const reasonCounts = new Map<string, number>();
  for (const row of inClass) for (const problem of row.problems) reasonCounts.set(problem.reason, (reasonCounts.get(problem.reason) ?? 0) + 1);
  const reasons = [...reasonCounts].sort((a, b) => b[1] - a[1]).slice(0, 50);
  const shown = reason === anyReason ? inClass : inClass.filter((row) => row.problems.some((problem) => problem.reason === reason));

  return (
    <>
      <Pivot
        headersOnly
        linkFormat="tabs"
        overflowBehavior="menu"
        overflowAriaLabel="More kinds of row"
        aria-label="Rows by what will become of them"
        selectedKey={shownClass}
        onLinkClick={(item) => {
          setShownClass((item?.props.itemKey ?? 'all') as RowClass | 'all');
          setReason(anyReason);
          setLength(pageLength);
        }}
      >
        <PivotItem itemKey="all" headerText="All rows" itemCount={plan.rows.length} />
        {tabOrder.map((rowClass) => (
          <PivotItem key={rowClass} itemKey={rowClass} headerText={classTitles[rowClass]} itemCount={plan.counts[rowClass]} />
        ))}
      </Pivot>
      {reasons.length > 0 && (
        <Dropdown
          label="Reason"
          options={[{ key: anyReason, text: 'Any reason' }, ...reasons.map(([text, count]) => ({ key: text, text: `${text} (${formatCount(count)})` }))]}
          selectedKey={reason}
          onChange={(_, option) => {
            setReason(String(option?.key ?? anyReason));
            setLength(pageLength);
          }}
          styles={{ root: { maxWidth: 560, marginTop: 8 } }}
        />
      )}
      <Text block role="status" styles={{ root: { marginTop: 8 } }}>
        {formatCount(shown.length)} {shown.length === 1 ? 'row' : 'rows'}
        {shown.length > length ? `, the first ${formatCount(length)} shown` : ''}.
      </Text>
      <div className={styles.scroll} role="region" aria-label="Rows of the file" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">What happens</th>
              <th scope="col">Why, and what was changed</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, length).map((row) => {
              const notes = [...reasonsOf(row, fields), ...changesOf(row, fields)];
              return (
                <tr key={row.rowNumber}>
                  <th scope="row">{row.rowNumber}</th>
                  <td>{classTitles[row.class]}</td>
                  <td>
                    {notes.length ? (
                      <ul className={styles.notes}>
                        {notes.map((note, index) => (
                          <li key={index}>{note}</li>
                        ))}
                      </ul>
                    ) : (
                      'Nothing to change.'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length > length && <DefaultButton styles={{ root: { marginTop: 8 } }} text={`Show ${Math.min(pageLength, shown.length - length)} more`} onClick={() => setLength(length + pageLength)} />}
    </>
  );
}
