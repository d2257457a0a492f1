import * as React from 'react';
import { ConstrainMode, DetailsList, DetailsListLayoutMode, Link, SelectionMode, type IColumn } from '@fluentui/react';
import { displayValue } from '../../domain/lists/displayValue';
import type { FieldDefinition } from '../../domain/lists/fields';
import type { ItemRecord, SortOrder } from '../../domain/lists/itemQuery';

export interface RegisterGridProps<R extends ItemRecord> {
  fields: Readonly<Record<string, FieldDefinition>>;
  records: readonly R[];
  columns: readonly string[];
  /** The column whose value opens the item (a link in each row). */
  linkColumn: string;
  sort: SortOrder;
  compact: boolean;
  label: string;
  onSort: (order: SortOrder) => void;
  onOpen: (record: R) => void;
  /** A cell drawn by the app instead of the field's value (undefined: the value as usual). */
  renderCell?: (name: string, record: R) => React.ReactNode | undefined;
}

const widthOf = (field: FieldDefinition): number =>
  field.kind === 'date' ? 80 : field.kind === 'nhsNumber' ? 95 : field.kind === 'choice' ? 120 : field.kind === 'note' ? 200 : 120;
/** Wide enough for the header's words ("Discharge ready date", not "Discharg…"): about 7 px a character, and the sort arrow. */
const headerWidth = (field: FieldDefinition): number => Math.max(widthOf(field), Math.min(field.title.length * 7 + 20, 220));

/**
 * A register's items as a table: sortable by any column, the first a link that opens the item. Only the
 * rows in view are rendered (Fluent UI's virtualised list), so 50,000 items scroll as smoothly as 50.
 */
export function RegisterGrid<R extends ItemRecord>({
  fields,
  records,
  columns,
  linkColumn,
  sort,
  compact,
  label,
  onSort,
  onOpen,
  renderCell
}: RegisterGridProps<R>): JSX.Element {
  const listColumns = React.useMemo<IColumn[]>(
    () =>
      columns.map((name) => {
        const field = fields[name];
        return {
          key: name,
          name: field.title,
          fieldName: name,
          minWidth: headerWidth(field),
          maxWidth: headerWidth(field) * 2,
          isResizable: true,
          isSorted: sort.field === name,
          isSortedDescending: sort.field === name && sort.descending,
          sortAscendingAriaLabel: 'Sorted A to Z, oldest first',
          sortDescendingAriaLabel: 'Sorted Z to A, newest first',
          onRender: (record: R) => {
            const text = displayValue(field, (record.item as Record<string, unknown>)[name]);
            const drawn = name === linkColumn ? undefined : renderCell?.(name, record);
            if (drawn !== undefined) return drawn;
            return name === linkColumn ? (
              <Link onClick={() => onOpen(record)} aria-label={`Open ${text || `item ${record.id}`}`}>
                {text || `(item ${record.id})`}
              </Link>
            ) : (
              text
            );
          }
        };
      }),
    [fields, columns, linkColumn, sort, onOpen, renderCell]
  );

  return (
    <DetailsList
      items={records as R[]}
      columns={listColumns}
      getKey={(record: R) => String(record.id)}
      setKey="records"
      selectionMode={SelectionMode.none}
      layoutMode={DetailsListLayoutMode.justified}
      constrainMode={ConstrainMode.unconstrained}
      compact={compact}
      ariaLabelForGrid={label}
      onItemInvoked={(record: R) => onOpen(record)}
      onColumnHeaderClick={(_, column) => {
        if (!column) return;
        onSort({ field: column.key, descending: sort.field === column.key ? !sort.descending : false });
      }}
    />
  );
}
