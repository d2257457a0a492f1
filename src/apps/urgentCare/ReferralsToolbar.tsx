import * as React from 'react';
import { DefaultButton, mergeStyleSets, PrimaryButton, SearchBox, Spinner } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import { isFilterActive, type ItemFilter } from '../../domain/lists/itemQuery';

export interface ReferralsToolbarProps {
  search: string;
  filters: readonly ItemFilter[];
  columns: readonly string[];
  /** Whether SharePoint lets the person add referrals: nobody is offered what they may not do. */
  canAdd: boolean;
  onSearch: (text: string) => void;
  onFilters: (filters: readonly ItemFilter[]) => void;
  onColumns: (columns: string[]) => void;
  onNew: () => void;
  onImport: () => void;
  onExport: (format: 'csv' | 'xlsx') => void;
  onRefresh: () => void;
}

const styles = mergeStyleSets({
  search: { minWidth: 260, flexGrow: 1, maxWidth: 420 }
});

// The filter controls (choice lists, date pickers) load when someone first opens them.
const ReferralFilterControls = React.lazy(() =>
  import(/* webpackChunkName: 'referral-filters' */ './ReferralFilterControls').then((module) => ({ default: module.ReferralFilterControls }))
);

/** Search, filters, column choice and the actions on the list: everything above the grid. */
export function ReferralsToolbar(props: ReferralsToolbarProps): JSX.Element {
  const { search, filters, columns, canAdd, onSearch, onFilters, onColumns, onNew, onImport, onExport, onRefresh } = props;
  const [showFilters, setShowFilters] = React.useState(false);
  const active = filters.filter(isFilterActive).length;

  return (
    <div role="search" aria-label="Find referrals">
      <Flex horizontal wrap alignEnd gap={8}>
        <SearchBox
          className={styles.search}
          placeholder="Search by NHS number or name"
          ariaLabel="Search by NHS number or name"
          value={search}
          onChange={(_, text) => onSearch(text ?? '')}
          onClear={() => onSearch('')}
        />
        <DefaultButton
          iconProps={{ iconName: 'Filter' }}
          text={active ? `Filters (${active})` : 'Filters'}
          aria-expanded={showFilters}
          onClick={() => setShowFilters(!showFilters)}
        />
        {canAdd && <PrimaryButton iconProps={{ iconName: 'Add' }} text="New referral" onClick={onNew} />}
        {canAdd && <DefaultButton iconProps={{ iconName: 'Upload' }} text="Import from a spreadsheet" onClick={onImport} />}
        <DefaultButton iconProps={{ iconName: 'Download' }} text="Export CSV" onClick={() => onExport('csv')} />
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text="Export Excel" onClick={() => onExport('xlsx')} />
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text="Refresh" onClick={onRefresh} />
      </Flex>
      {showFilters && (
        <React.Suspense fallback={<Spinner label="Opening the filters…" />}>
          <ReferralFilterControls filters={filters} columns={columns} onFilters={onFilters} onColumns={onColumns} />
        </React.Suspense>
      )}
    </div>
  );
}
