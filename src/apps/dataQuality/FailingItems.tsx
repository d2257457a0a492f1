import * as React from 'react';
import { Text } from '@fluentui/react';
import type { Register } from '../../domain/lists/defineList';
import { formatCount } from '../../domain/lists/displayValue';
import { sortRecords, type ItemRecord, type SortOrder, type Values } from '../../domain/lists/itemQuery';
import type { CheckResult } from '../../domain/quality/qualityRun';
import { RegisterGrid } from '../../ui/grid/RegisterGrid';
import { ReportSection } from '../../ui/report/ReportSection';

export interface FailingItemsProps {
  register: Register;
  failing: CheckResult;
  records: ReadonlyMap<number, ItemRecord<Values>>;
  compact: boolean;
  onOpen: (itemId: number) => void;
}

/** A rule's failing items, with the fields the rule reads; choosing one opens it in the fix queue. */
export function FailingItems({ register, failing, records, compact, onOpen }: FailingItemsProps): JSX.Element {
  const [sort, setSort] = React.useState<SortOrder>({ field: 'Title', descending: false });
  const shown = React.useMemo(
    () => sortRecords(failing.failingIds.flatMap((id) => (records.has(id) ? [records.get(id)!] : [])), sort),
    [failing, records, sort]
  );
  return (
    <ReportSection title={`Failing items (${formatCount(failing.failing)})`}>
      <Text as="p" block>
        {failing.check.sentence} Choose an item to fix it.
      </Text>
      <div style={{ height: '50vh', overflow: 'auto', position: 'relative' }} data-is-scrollable="true">
        <RegisterGrid
          fields={register.fields}
          records={shown}
          columns={['Title', ...failing.check.fields.filter((name) => name !== 'Title')]}
          linkColumn="Title"
          sort={sort}
          compact={compact}
          label={`Items failing: ${failing.check.sentence}`}
          onSort={setSort}
          onOpen={(record) => onOpen(record.id)}
        />
      </div>
    </ReportSection>
  );
}
