import * as React from 'react';
import { DefaultButton, mergeStyleSets, PrimaryButton, SearchBox, Spinner, type IContextualMenuItem, type ISearchBox } from '@fluentui/react';
import type { Register } from '../../domain/lists/defineList';
import type { FieldDefinition } from '../../domain/lists/fields';
import { isFilterActive, type ItemFilter } from '../../domain/lists/itemQuery';
import { Flex } from '../../ui/Flex';

export interface RegisterToolbarProps {
  /** "referral", "referrals". */
  noun: string;
  nouns: string;
  fields: Readonly<Record<string, FieldDefinition>>;
  searchLabel: string;
  search: string;
  /** The filters the register offers (none narrowing yet), and as they are now. */
  offeredFilters: readonly ItemFilter[];
  filters: readonly ItemFilter[];
  columns: readonly string[];
  /** Whether the person may add items: nobody is offered what they may not do. */
  canAdd: boolean;
  /** The registers a spreadsheet can be imported into from here, in the order to import them. */
  imports: readonly Register[];
  onSearch: (text: string) => void;
  onFilters: (filters: readonly ItemFilter[]) => void;
  onColumns: (columns: string[]) => void;
  onNew: () => void;
  onImport: (register: Register) => void;
  onExport: (format: 'csv' | 'xlsx') => void;
  onRefresh: () => void;
  /** Put the keyboard in the search box when the toolbar first shows (a register just chosen from a list). */
  focusSearch?: boolean;
}

const styles = mergeStyleSets({
  search: { minWidth: 240, flexGrow: 1, maxWidth: 420 }
});

// The filter controls (choice lists, date pickers) load when someone first opens them.
const FilterControls = React.lazy(() => import(/* webpackChunkName: 'register-filters' */ './FilterControls').then((module) => ({ default: module.FilterControls })));

/** A register another in the list looks up comes first: its items must exist before others can name them. */
function importChoices(imports: readonly Register[], onImport: (register: Register) => void): IContextualMenuItem[] {
  return imports.map((register) => {
    const namedBy = imports.filter((other) => Object.values(other.fields).some((field) => field.kind === 'lookup' && field.register === register.name));
    const first = namedBy.length ? ` (first, so ${namedBy.map((other) => other.title).join(' and ')} can name them)` : '';
    return { key: register.name, text: `Import into ${register.title}${first}`, onClick: () => onImport(register) };
  });
}

/** Search, filters, column choice and the actions on the list: everything above the grid. */
export function RegisterToolbar(props: RegisterToolbarProps): JSX.Element {
  const { nouns, noun, fields, searchLabel, search, offeredFilters, filters, columns, canAdd, imports, onSearch, onFilters, onColumns, onNew, onImport, onExport, onRefresh, focusSearch } = props;
  const searchBox = React.useRef<ISearchBox>(null);
  React.useEffect(() => {
    if (focusSearch) searchBox.current?.focus();
  }, [focusSearch]);
  const [showFilters, setShowFilters] = React.useState(false);
  const active = filters.filter(isFilterActive).length;
  const filtersText = offeredFilters.length ? 'Filters' : 'Columns';

  return (
    <div role="search" aria-label={`Find ${nouns}`}>
      <Flex horizontal wrap alignEnd gap={8}>
        <SearchBox componentRef={searchBox} className={styles.search} placeholder={searchLabel} ariaLabel={searchLabel} value={search} onChange={(_, text) => onSearch(text ?? '')} onClear={() => onSearch('')} />
        <DefaultButton iconProps={{ iconName: 'Filter' }} text={active ? `${filtersText} (${active})` : filtersText} aria-expanded={showFilters} onClick={() => setShowFilters(!showFilters)} />
        {canAdd && <PrimaryButton iconProps={{ iconName: 'Add' }} text={`New ${noun}`} onClick={onNew} />}
        {canAdd && imports.length === 1 && <DefaultButton iconProps={{ iconName: 'Upload' }} text="Import from a spreadsheet" onClick={() => onImport(imports[0])} />}
        {canAdd && imports.length > 1 && <DefaultButton iconProps={{ iconName: 'Upload' }} text="Import from a spreadsheet" menuProps={{ items: importChoices(imports, onImport) }} />}
        <DefaultButton iconProps={{ iconName: 'Download' }} text="Export CSV" onClick={() => onExport('csv')} />
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text="Export Excel" onClick={() => onExport('xlsx')} />
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text="Refresh" onClick={onRefresh} />
      </Flex>
      {showFilters && (
        <React.Suspense fallback={<Spinner label="Opening the filters…" />}>
          <FilterControls fields={fields} offered={offeredFilters} filters={filters} columns={columns} onFilters={onFilters} onColumns={onColumns} />
        </React.Suspense>
      )}
    </div>
  );
}
