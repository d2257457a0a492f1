import * as React from 'react';
import { DefaultButton, Dropdown, mergeStyleSets, TextField, type IDropdownOption } from '@fluentui/react';
import { isIsoDate } from '../../domain/calendar/isoDate';
import { UkDatePicker } from '../../ui/form/UkDatePicker';
import type { FieldDefinition } from '../../domain/lists/fields';
import { isFilterActive, type ItemFilter } from '../../domain/lists/itemQuery';
import { registerPanelIcons } from '../../ui/icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

export interface FilterControlsProps {
  /** The register's fields, and any the screen derives: what the filters and columns are titled by. */
  fields: Readonly<Record<string, FieldDefinition>>;
  /** The filters the register offers, narrowing nothing: what "Clear filters" goes back to. */
  offered: readonly ItemFilter[];
  filters: readonly ItemFilter[];
  columns: readonly string[];
  onFilters: (filters: readonly ItemFilter[]) => void;
  onColumns: (columns: string[]) => void;
}

const styles = mergeStyleSets({
  filters: { display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', alignItems: 'end', margin: '8px 0' }
});

/** A filter narrows by a date only once the box holds one; half-typed text filters nothing. */
const asDate = (typed: string | null): string | undefined => (typed && isIsoDate(typed) ? typed : undefined);

function toggled(current: readonly string[], option: IDropdownOption | undefined): string[] {
  if (!option) return [...current];
  return option.selected ? [...current, String(option.key)] : current.filter((key) => key !== option.key);
}

/** The control for one filter, labelled with its field's title and offering its field's choices. */
function FilterControl({ field, filter, onChange }: { field: FieldDefinition; filter: ItemFilter; onChange: (filter: ItemFilter) => void }): JSX.Element {
  switch (filter.kind) {
    case 'oneOf':
      return (
        <Dropdown
          label={field.title}
          multiSelect
          placeholder="Any"
          options={field.kind === 'choice' ? field.choices.map((choice) => ({ key: choice, text: choice })) : []}
          selectedKeys={[...filter.values]}
          onChange={(_, option) => onChange({ ...filter, values: toggled(filter.values, option) })}
        />
      );
    case 'contains':
      return <TextField label={field.title} value={filter.text} onChange={(_, text) => onChange({ ...filter, text: text ?? '' })} />;
    case 'dateRange':
      return (
        <>
          <UkDatePicker label={`${field.title} from`} value={filter.from} onChange={(date) => onChange({ ...filter, from: asDate(date) })} />
          <UkDatePicker label={`${field.title} to`} value={filter.to} onChange={(date) => onChange({ ...filter, to: asDate(date) })} />
        </>
      );
  }
}

/** A control for each filter, the columns to show, and a way to clear them: opened from the toolbar's Filters button. */
export function FilterControls({ fields, offered, filters, columns, onFilters, onColumns }: FilterControlsProps): JSX.Element {
  const columnOptions: IDropdownOption[] = Object.entries(fields).map(([name, field]) => ({ key: name, text: field.title }));
  const replace = (index: number, filter: ItemFilter): void => onFilters(filters.map((current, position) => (position === index ? filter : current)));
  const active = filters.filter(isFilterActive).length;
  return (
    <div className={styles.filters}>
      {filters.map((filter, index) => (
        <FilterControl key={filter.field} field={fields[filter.field]} filter={filter} onChange={(changed) => replace(index, changed)} />
      ))}
      <Dropdown label="Columns" multiSelect options={columnOptions} selectedKeys={[...columns]} onChange={(_, option) => onColumns(toggled(columns, option))} />
      {offered.length > 0 && <DefaultButton text="Clear filters" disabled={active === 0} onClick={() => onFilters(offered)} />}
    </div>
  );
}
