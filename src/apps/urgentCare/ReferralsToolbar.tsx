import * as React from 'react';
import { DefaultButton, Dropdown, mergeStyleSets, PrimaryButton, SearchBox, Stack, TextField, type IDropdownOption } from '@fluentui/react';
import type { FieldDefinition } from '../../domain/lists/fields';
import { urgentCareReferrals } from '../../domain/registers/urgentCareReferrals';
import { UkDatePicker } from '../../ui/form/UkDatePicker';
import { activeFilterCount, noFilters, type ReferralFilters } from './referralFilters';

export interface ReferralsToolbarProps {
  search: string;
  filters: ReferralFilters;
  columns: readonly string[];
  onSearch: (text: string) => void;
  onFilters: (filters: ReferralFilters) => void;
  onColumns: (columns: string[]) => void;
  onNew: () => void;
  onExport: (format: 'csv' | 'xlsx') => void;
  onRefresh: () => void;
}

const fields = urgentCareReferrals.fields as unknown as Record<string, FieldDefinition>;
const choicesOf = (name: 'Hospital' | 'Pathway' | 'Status'): IDropdownOption[] =>
  urgentCareReferrals.fields[name].choices.map((choice) => ({ key: choice, text: choice }));
const columnOptions: IDropdownOption[] = Object.entries(fields).map(([name, field]) => ({ key: name, text: field.title }));

const styles = mergeStyleSets({
  filters: { display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', alignItems: 'end', margin: '8px 0' },
  search: { minWidth: 260, flexGrow: 1, maxWidth: 420 }
});

function toggled(current: readonly string[], option: IDropdownOption | undefined): string[] {
  if (!option) return [...current];
  return option.selected ? [...current, String(option.key)] : current.filter((key) => key !== option.key);
}

/** Search, filters, column choice and the actions on the list: everything above the grid. */
export function ReferralsToolbar(props: ReferralsToolbarProps): JSX.Element {
  const { search, filters, columns, onSearch, onFilters, onColumns, onNew, onExport, onRefresh } = props;
  const [showFilters, setShowFilters] = React.useState(false);
  const set = (change: Partial<ReferralFilters>): void => onFilters({ ...filters, ...change });
  const active = activeFilterCount(filters);

  return (
    <div role="search" aria-label="Find referrals">
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
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
        <PrimaryButton iconProps={{ iconName: 'Add' }} text="New referral" onClick={onNew} />
        <DefaultButton iconProps={{ iconName: 'Download' }} text="Export CSV" onClick={() => onExport('csv')} />
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text="Export Excel" onClick={() => onExport('xlsx')} />
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text="Refresh" onClick={onRefresh} />
      </Stack>
      {showFilters && (
        <div className={styles.filters}>
          <Dropdown label="Hospital" multiSelect options={choicesOf('Hospital')} selectedKeys={filters.hospitals} placeholder="Any" onChange={(_, option) => set({ hospitals: toggled(filters.hospitals, option) })} />
          <TextField label="Ward" value={filters.ward} onChange={(_, text) => set({ ward: text ?? '' })} />
          <Dropdown label="Pathway" multiSelect options={choicesOf('Pathway')} selectedKeys={filters.pathways} placeholder="Any" onChange={(_, option) => set({ pathways: toggled(filters.pathways, option) })} />
          <Dropdown label="Status" multiSelect options={choicesOf('Status')} selectedKeys={filters.statuses} placeholder="Any" onChange={(_, option) => set({ statuses: toggled(filters.statuses, option) })} />
          <UkDatePicker label="Referred from" value={filters.referredFrom} onChange={(date) => set({ referredFrom: date ?? undefined })} />
          <UkDatePicker label="Referred to" value={filters.referredTo} onChange={(date) => set({ referredTo: date ?? undefined })} />
          <UkDatePicker label="Discharged from" value={filters.dischargedFrom} onChange={(date) => set({ dischargedFrom: date ?? undefined })} />
          <UkDatePicker label="Discharged to" value={filters.dischargedTo} onChange={(date) => set({ dischargedTo: date ?? undefined })} />
          <Dropdown label="Columns" multiSelect options={columnOptions} selectedKeys={[...columns]} onChange={(_, option) => onColumns(toggled(columns, option))} />
          <DefaultButton text="Clear filters" disabled={active === 0} onClick={() => onFilters(noFilters)} />
        </div>
      )}
    </div>
  );
}
