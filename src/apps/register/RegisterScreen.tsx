import * as React from 'react';
import { MessageBar, MessageBarType, Pivot, PivotItem, Spinner, Text } from '@fluentui/react';
import { createRepository, type Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { SiteUser } from '../../data/siteIdentity';
import { readSiteUsers } from '../../data/siteUsers';
import { londonDateOf } from '../../domain/calendar/londonTime';
import { capitalise } from '../../domain/lists/fieldValues';
import { ruleContextAt } from '../../domain/lists/rulePredicate';
import type { ItemOf, Register } from '../../domain/lists/defineList';
import { matchesSearch, passesFilter, sortRecords, type ItemFilter, type ItemRecord, type Saved, type SortOrder } from '../../domain/lists/itemQuery';
import { fieldsToRead, type RegisterScreenDeclaration } from '../../domain/lists/registerScreen';
import { isInView, type RegisterView, type ViewContext } from '../../domain/lists/registerViews';
import { matchesInOtherViews } from '../../domain/lists/viewMatches';
import { usesNow } from '../../domain/lists/rules';
import { downloadView } from '../../ui/export/downloadView';
import { browserDrafts } from '../../ui/form/browserDrafts';
import type { ItemPanelState } from '../../ui/form/ItemPanel';
import { LazyItemPanel } from '../../ui/form/LazyItemPanel';
import { ViewGrid } from '../../ui/grid/ViewGrid';
import { LazyImportPanel } from '../../ui/import/LazyImportPanel';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useListRights } from '../../ui/useListRights';
import { useLoad } from '../../ui/useLoad';
import { useNamesSoFar } from '../../ui/useNamesSoFar';
import { useEveryMinute } from '../../ui/useEveryMinute';
import { useOnceTrue } from '../../ui/useOnceTrue';
import { useRegisterItems } from '../../ui/useRegisterItems';
import type { Services } from '../services';
import { RegisterToolbar } from './RegisterToolbar';

const drafts = browserDrafts();
// SharePoint numbers its users from 1: until it says who is signed in, no item was changed by them.
const nobody = 0;

/** A part of a register's screen that is truly its own (a daily report, statistics): a tab beside the views. */
export interface ScreenTab<T> {
  key: string;
  title: string;
  /** The fields it needs of every item, read when it is first opened. */
  fields?: readonly string[];
  render: (items: ReadonlyArray<ItemRecord<T>>, open: (id: number) => void) => React.ReactNode;
}

/** What a register's own item panel (the FOI request page) is given in place of the shared one. */
export interface PanelPlug<T> {
  state: ItemPanelState;
  repository: Repository<T>;
  people: readonly SiteUser[];
  canEdit: boolean;
  existing: ReadonlyArray<ItemRecord<T>>;
  onState: (state: ItemPanelState | undefined) => void;
  onSaved: (saved: Saved<T>) => void;
}

/** What a notice about the view on show is given: the items, and the filters to narrow them with. */
export interface ViewNoticePlug<T, C extends ViewContext> {
  view: RegisterView<C>;
  items: ReadonlyArray<ItemRecord<T>>;
  filters: readonly ItemFilter[];
  onFilters: (filters: readonly ItemFilter[]) => void;
}

export interface RegisterScreenProps<R extends Register, C extends ViewContext> {
  services: Services;
  screen: RegisterScreenDeclaration<R, C>;
  /** Who is signed in, once SharePoint has said: until then the views about "me" are not offered. */
  userId: number | undefined;
  /** What the views may ask besides who and when, worked out once for the items read (the FOI clock). */
  extendContext: (items: ReadonlyArray<ItemRecord<ItemOf<R>>>, base: ViewContext) => C;
  /** The items as the grid and export show them: with the derived columns' values. */
  derive?: (records: ReadonlyArray<ItemRecord<ItemOf<R>>>, context: C) => ReadonlyArray<ItemRecord<ItemOf<R>>>;
  /** Finds an item by more than its searched fields (the FOI requester, for officers). */
  matches?: (record: ItemRecord<ItemOf<R>>, text: string) => boolean;
  searchLabel?: string;
  /** Whether adding is allowed besides SharePoint's say (FOI: only where the requesters list is private). */
  addAllowed?: boolean;
  /** The registers a spreadsheet may be imported into here, in order: the screen's own register by default. */
  imports?: readonly Register[];
  tabs?: ReadonlyArray<ScreenTab<ItemOf<R>>>;
  /** Said above everything (the FOI log's reasons a person cannot do something). */
  notices?: React.ReactNode;
  viewNotice?: (plug: ViewNoticePlug<ItemOf<R>, C>) => React.ReactNode;
  /** Said after each view's description. */
  viewFootnote?: string;
  renderCell?: (name: string, record: ItemRecord<ItemOf<R>>, context: C) => React.ReactNode | undefined;
  /** The register's own panel, in place of the shared item panel. */
  renderPanel?: (plug: PanelPlug<ItemOf<R>>) => React.ReactNode;
  /** Put before the view's title in an export's file name. */
  exportPrefix?: string;
  /** The screen's name for assistive technology ("Tracker"). */
  label: string;
  /** Called once every item has been read (or the read has failed). */
  onSettled?: () => void;
  /** The screen was opened by the person (from a list of registers): the keyboard starts in its search box. */
  takeFocus?: boolean;
}

/**
 * Any register's screen, driven by its declaration: views with counts, search, filters, sort and column
 * choice, "Showing N of M" with progress, the item panel, new items, import, export and deep links. A
 * register's own parts (a report, a clock, statistics) plug in as tabs, notices, cells and its own panel.
 */
export function RegisterScreen<R extends Register, C extends ViewContext>(props: RegisterScreenProps<R, C>): JSX.Element {
  const { services, screen, userId, extendContext, derive, tabs = [], renderPanel, onSettled } = props;
  const { register, views, noun, nouns } = screen;
  const repository = React.useMemo(() => createRepository(services.sp, register, services.clock), [services.sp, services.clock, register]);
  // A view that asks the time now (overdue for the ICO) is counted again as the minutes pass, with nobody touching the screen.
  useEveryMinute(views.some((candidate) => candidate.condition !== undefined && usesNow(candidate.condition)));
  const instant = services.clock();
  const today = londonDateOf(instant.getTime());
  // Views and checks about the time now are worked out again as the minutes go by, not at every render.
  const minute = Math.floor(instant.getTime() / 60_000);
  const rights = useListRights(services.sp, register.title);
  const canAdd = rights.add && props.addAllowed !== false;
  const compact = services.host === 'teamsTab';
  const fields = React.useMemo(() => ({ ...register.fields, ...screen.derivedFields }), [register, screen.derivedFields]);
  const offeredFilters = screen.filters ?? [];

  const [tab, setTab] = React.useState('list');
  const [viewId, setViewId] = React.useState(views[0].id);
  const offeredViews = views.filter((candidate) => userId !== undefined || !candidate.changedByMe);
  const view = offeredViews.find((candidate) => candidate.id === viewId) ?? views[0];
  const [sorts, setSorts] = React.useState<Record<string, SortOrder>>({});
  const [columnChoices, setColumnChoices] = React.useState<Record<string, string[]>>({});
  const [search, setSearch] = React.useState('');
  const [filters, setFilters] = React.useState<readonly ItemFilter[]>(offeredFilters);
  const [exportProblem, setExportProblem] = React.useState<string | undefined>();
  const [importing, setImporting] = React.useState<Register | undefined>();
  const [panel, setPanel] = React.useState<ItemPanelState | undefined>(() =>
    services.links.openedAt && /^\d+$/.test(services.links.openedAt) ? { kind: 'item', id: Number(services.links.openedAt), editing: false } : undefined
  );
  const searched = useDebounced(search, 150);
  const sort = sorts[view.id] ?? view.sort;
  const columns = columnChoices[view.id] ?? view.columns;
  const openedTab = tabs.find((candidate) => candidate.key === tab);
  const entering = panel !== undefined && (panel.kind === 'new' || panel.editing);
  const partsSoFar = useNamesSoFar(openedTab?.fields ?? []);
  const fieldsRead = useNamesSoFar(fieldsToRead(screen, { shown: { columns, sort }, parts: partsSoFar, entering }));
  const loaded = useRegisterItems(repository, fieldsRead);
  React.useEffect(() => (loaded.loading ? undefined : onSettled?.()), [loaded.loading, onSettled]);
  // People are chosen and named only in a panel: read when one is first opened, not on the way to the first rows.
  const peopleWanted = useOnceTrue(panel !== undefined);
  const [people] = useLoad(async () => (peopleWanted ? readSiteUsers(services.sp) : []), [peopleWanted]);

  const items = loaded.items;
  const context = React.useMemo(
    () => extendContext(items, { userId: userId ?? nobody, ...ruleContextAt(services.clock()) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the clock is read again each minute
    [extendContext, items, userId, minute]
  );
  const viewCounts = React.useMemo(
    () => Object.fromEntries(offeredViews.map((candidate) => [candidate.id, items.filter((record) => isInView(candidate, record, context)).length])),
    // The views offered change only with whether the person is known.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, context, userId === undefined]
  );
  const matches = props.matches;
  // What the search and filters find, in any view: the view on show takes its share of them.
  const found = React.useMemo(() => {
    const searchedFields = Object.fromEntries(screen.search.fields.map((name) => [name, register.fields[name]]));
    const isFound = (record: ItemRecord<ItemOf<R>>): boolean => (matches ? matches(record, searched) : matchesSearch(searchedFields, record, searched));
    return items.filter((record) => isFound(record) && filters.every((filter) => passesFilter(record, filter)));
  }, [items, searched, filters, matches, screen.search.fields, register]);
  const shown = React.useMemo(() => {
    const inView = found.filter((record) => isInView(view, record, context));
    return sortRecords(derive ? derive(inView, context) : inView, sort);
  }, [found, view, context, sort, derive]);
  // A search that finds nothing here may find the item in another view: say where, and go there in one step.
  const elsewhere = React.useMemo(() => {
    if (shown.length || !searched.trim()) return [];
    return matchesInOtherViews(offeredViews, view.id, found, (candidate, record) => isInView(candidate, record, context));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown.length, searched, found, view.id, context, userId === undefined]);

  const open = React.useCallback((record: { id: number }) => setPanel({ kind: 'item', id: record.id, editing: false }), []);
  const exportView = (format: 'csv' | 'xlsx'): void => {
    setExportProblem(undefined);
    downloadView(fields, shown, columns, `${props.exportPrefix ?? ''}${view.title} ${today}`, format).catch((error: Error) => setExportProblem(error.message));
  };
  const renderCell = props.renderCell;
  const cell = React.useMemo(() => renderCell && ((name: string, record: ItemRecord<ItemOf<R>>) => renderCell(name, record, context)), [renderCell, context]);
  // A register another looks up is imported here too, first (FOI Requesters before FOI Requests): the import matches lookups against those.
  const imports = props.imports ?? [register];
  const peopleRead = people.state === 'ready' ? people.value : [];

  // The views and their items: the whole screen, or its first tab when the register has parts of its own.
  const listing = (
    <>
      <nav aria-label="Views">
        <Pivot selectedKey={view.id} headersOnly linkFormat="tabs" overflowBehavior="menu" overflowAriaLabel="More views" onLinkClick={(item) => item?.props.itemKey && setViewId(item.props.itemKey)}>
          {offeredViews.map((candidate) => (
            <PivotItem key={candidate.id} itemKey={candidate.id} headerText={candidate.title} itemCount={viewCounts[candidate.id]} />
          ))}
        </Pivot>
      </nav>
      <Text as="p" block styles={{ root: { margin: '8px 0' } }}>
        {view.description}
        {props.viewFootnote && ` ${props.viewFootnote}`}
      </Text>
      {props.viewNotice?.({ view, items, filters, onFilters: setFilters })}
      <RegisterToolbar
        noun={noun}
        nouns={nouns}
        fields={fields}
        searchLabel={props.searchLabel ?? screen.search.label}
        search={search}
        offeredFilters={offeredFilters}
        filters={filters}
        columns={columns}
        canAdd={canAdd}
        imports={imports}
        onSearch={setSearch}
        onFilters={setFilters}
        onColumns={(chosen) => setColumnChoices({ ...columnChoices, [view.id]: Object.keys(fields).filter((name) => chosen.includes(name)) })}
        onNew={() => setPanel({ kind: 'new' })}
        onImport={setImporting}
        onExport={exportView}
        onRefresh={loaded.refresh}
        focusSearch={props.takeFocus}
      />
      <ViewGrid
        noun={nouns}
        viewTitle={view.title}
        inView={viewCounts[view.id] ?? 0}
        loaded={{ count: loaded.read, loading: loaded.loading, expected: loaded.expected }}
        fields={fields}
        records={shown}
        columns={columns}
        linkColumn={screen.linkColumn}
        sort={sort}
        compact={compact}
        onSort={(order) => setSorts({ ...sorts, [view.id]: order })}
        onOpen={open}
        renderCell={cell}
        elsewhere={elsewhere}
        onShowView={setViewId}
      />
    </>
  );

  return (
    <div>
      {loaded.error !== undefined && <SharePointProblemMessage problem={describeSharePointProblem(loaded.error)} siteUrl={services.siteUrl} onRetry={loaded.refresh} />}
      <DismissibleMessage kind="error" message={exportProblem} onDismiss={() => setExportProblem(undefined)} />
      {people.state === 'failed' && (
        <MessageBar messageBarType={MessageBarType.warning}>The list of people could not be read, so nobody can be chosen as a person just now.</MessageBar>
      )}
      {props.notices}
      {tabs.length === 0 ? (
        listing
      ) : (
        <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)} aria-label={props.label} overflowBehavior="menu" overflowAriaLabel={`More of the ${props.label.toLowerCase()}`}>
          <PivotItem headerText={capitalise(nouns)} itemKey="list">
            {listing}
          </PivotItem>
          {tabs.map((part) => (
            <PivotItem key={part.key} headerText={part.title} itemKey={part.key}>
              <React.Suspense fallback={<Spinner label={`Loading the ${part.title.toLowerCase()}…`} />}>{tab === part.key && part.render(items, (id) => open({ id }))}</React.Suspense>
            </PivotItem>
          ))}
        </Pivot>
      )}
      {importing && (
        <LazyImportPanel
          sp={services.sp}
          siteUrl={services.siteUrl}
          register={importing}
          lookupTargets={imports}
          clock={services.clock}
          onLoaded={loaded.refresh}
          onDismiss={() => setImporting(undefined)}
        />
      )}
      {panel &&
        (renderPanel ? (
          renderPanel({ state: panel, repository, people: peopleRead, canEdit: rights.edit, existing: items, onState: setPanel, onSaved: loaded.upsert })
        ) : (
          <LazyItemPanel
            register={register}
            repository={repository}
            state={panel}
            sp={services.sp}
            siteUrl={services.siteUrl}
            people={peopleRead}
            today={today}
            now={context.now}
            drafts={drafts}
            draftKey={(id) => (id === undefined ? `${register.name}:new` : `${register.name}:edit:${id}`)}
            noun={noun}
            newValues={screen.newValues?.(today)}
            existing={items}
            linkTo={(id) => services.links.linkTo(String(id))}
            canEdit={rights.edit}
            onState={setPanel}
            onSaved={loaded.upsert}
          />
        ))}
    </div>
  );
}
