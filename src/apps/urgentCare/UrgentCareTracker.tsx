import * as React from 'react';
import { Link, MessageBar, MessageBarType, Pivot, PivotItem, Spinner, Text } from '@fluentui/react';
import type { Register } from '../../domain/lists/defineList';
import { createRepository, type Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { SiteIdentity } from '../../data/siteIdentity';
import { readSiteUsers } from '../../data/siteUsers';
import { londonDateOf } from '../../domain/calendar/londonTime';
import { formatCount } from '../../domain/lists/displayValue';
import { matchesSearch, passesFilter, sortRecords, type ItemFilter, type ItemRecord, type SortOrder } from '../../domain/lists/itemQuery';
import { isInView } from '../../domain/lists/registerViews';
import { matchesInOtherViews } from '../../domain/lists/viewMatches';
import { rulePasses } from '../../domain/lists/rulePredicate';
import { urgentCareReferrals } from '../../domain/registers/urgentCareReferrals';
import { dailyReport } from '../../domain/urgentCare/dailyReport';
import { trackerViews } from '../../domain/urgentCare/trackerViews';
import { downloadView } from '../../ui/export/downloadView';
import { browserDrafts } from '../../ui/form/browserDrafts';
import { LazyImportPanel } from '../../ui/import/LazyImportPanel';
import { ViewGrid } from '../../ui/grid/ViewGrid';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useListRights } from '../../ui/useListRights';
import { useLoad } from '../../ui/useLoad';
import { useNamesSoFar } from '../../ui/useNamesSoFar';
import { useOnceTrue } from '../../ui/useOnceTrue';
import { useRegisterItems } from '../../ui/useRegisterItems';
import type { Services } from '../services';
import { noFilters } from './referralFilters';
import { ReferralPanel, type PanelState } from './ReferralPanel';
import { referralFields as fields, type Referral } from './referralRegister';
import { ReferralsToolbar } from './ReferralsToolbar';
import { dischargeDateRule } from '../../domain/urgentCare/dischargeDateRule';
import { searchedFields, trackerFields } from './trackerFields';

// The charts (Fluent UI charting and d3) are two thirds of the tracker's code: loaded when the report is opened.
const DailyReportView = React.lazy(() => import(/* webpackChunkName: 'daily-report' */ './DailyReportView').then((module) => ({ default: module.DailyReportView })));
const fieldOrder = Object.keys(fields);
// SharePoint numbers its users from 1: until it says who is signed in, no referral was changed by them.
const nobody = 0;
const drafts = browserDrafts();

export interface UrgentCareTrackerProps {
  services: Services;
  /** Who is signed in, once SharePoint has said: until then "Changed by me" has no count. */
  identity: SiteIdentity | undefined;
  /** Called once every referral has been read (or the read has failed). */
  onSettled?: () => void;
}

/** The Control Room's tracker: views of the referrals, the item panel, and the daily report. */
export function UrgentCareTracker({ services, identity, onSettled }: UrgentCareTrackerProps): JSX.Element {
  const repository = React.useMemo(
    () => createRepository(services.sp, urgentCareReferrals, services.clock) as unknown as Repository<Referral>,
    [services.sp, services.clock]
  );
  const today = londonDateOf(services.clock().getTime());
  const rights = useListRights(services.sp, urgentCareReferrals.title);
  const compact = services.host === 'teamsTab';

  const [tab, setTab] = React.useState<'referrals' | 'report'>('referrals');
  const [viewId, setViewId] = React.useState(trackerViews[0].id);
  const view = trackerViews.find((candidate) => candidate.id === viewId) ?? trackerViews[0];
  const [sorts, setSorts] = React.useState<Record<string, SortOrder>>({});
  const [columnChoices, setColumnChoices] = React.useState<Record<string, string[]>>({});
  const [search, setSearch] = React.useState('');
  const [filters, setFilters] = React.useState<readonly ItemFilter[]>(noFilters);
  const [threshold, setThreshold] = React.useState(14);
  const [exportProblem, setExportProblem] = React.useState<string | undefined>();
  const [importing, setImporting] = React.useState(false);
  const [panel, setPanel] = React.useState<PanelState | undefined>(() =>
    services.links.openedAt && /^\d+$/.test(services.links.openedAt) ? { kind: 'item', id: Number(services.links.openedAt), editing: false } : undefined
  );
  const searched = useDebounced(search, 150);
  const sort = sorts[view.id] ?? view.sort;
  const columns = columnChoices[view.id] ?? view.columns;
  const entering = panel !== undefined && (panel.kind === 'new' || (panel.kind === 'item' && panel.editing));
  const fieldsRead = useNamesSoFar(trackerFields({ shown: { columns, sort }, report: tab === 'report', entering }));
  const referrals = useRegisterItems(repository, fieldsRead);
  React.useEffect(() => (referrals.loading ? undefined : onSettled?.()), [referrals.loading, onSettled]);
  // Only the form chooses people: they are read when a referral is first entered, not on the way to the first rows.
  const peopleWanted = useOnceTrue(entering);
  const [people] = useLoad(async () => (peopleWanted ? readSiteUsers(services.sp) : []), [peopleWanted]);

  const known = identity !== undefined;
  const context = React.useMemo(() => ({ userId: identity?.user.id ?? nobody, today }), [identity?.user.id, today]);
  const viewCounts = React.useMemo(
    () =>
      Object.fromEntries(
        trackerViews.filter((candidate) => known || !candidate.changedByMe).map((candidate) => [candidate.id, referrals.items.filter((record) => isInView(candidate, record, context)).length])
      ),
    [referrals.items, context, known]
  );
  // Counted by the register's own rule, so the banner and the data-quality tab agree.
  const dischargedWithoutDate = React.useMemo(
    () => referrals.items.filter((record) => !rulePasses(dischargeDateRule, record.item, { today })).length,
    [referrals.items, today]
  );
  // What the search and filters find, in any view: the view on show takes its share of them.
  const found = React.useMemo(
    () => referrals.items.filter((record) => matchesSearch(searchedFields, record, searched) && filters.every((filter) => passesFilter(record, filter))),
    [referrals.items, searched, filters]
  );
  const shown = React.useMemo(
    () => sortRecords(found.filter((record) => isInView(view, record, context)), sort) as Array<ItemRecord<Referral>>,
    [found, view, context, sort]
  );
  // A search that finds nothing here may find the patient in another view: say where, and go there in one step.
  const elsewhere = React.useMemo(() => {
    if (shown.length || !searched.trim()) return [];
    const views = trackerViews.filter((candidate) => known || !candidate.changedByMe);
    return matchesInOtherViews(views, view.id, found, (candidate, record) => isInView(candidate, record, context));
  }, [shown.length, searched, found, known, view.id, context]);
  const report = React.useMemo(
    () => (tab === 'report' ? dailyReport(referrals.items as unknown as Parameters<typeof dailyReport>[0], { today, waitingThreshold: threshold }) : undefined),
    [tab, referrals.items, today, threshold]
  );

  const open = React.useCallback((record: { id: number }) => setPanel({ kind: 'item', id: record.id, editing: false }), []);
  const exportView = (format: 'csv' | 'xlsx'): void => {
    setExportProblem(undefined);
    downloadView(fields, shown, columns, `${view.title} ${today}`, format).catch((error: Error) => setExportProblem(error.message));
  };

  return (
    <div>
      {referrals.error !== undefined && (
        <SharePointProblemMessage problem={describeSharePointProblem(referrals.error)} siteUrl={services.siteUrl} onRetry={referrals.refresh} />
      )}
      <DismissibleMessage kind="error" message={exportProblem} onDismiss={() => setExportProblem(undefined)} />
      {people.state === 'failed' && (
        <MessageBar messageBarType={MessageBarType.warning}>The list of people could not be read, so Lead officer cannot be changed just now.</MessageBar>
      )}
      <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as 'referrals' | 'report')} aria-label="Tracker" overflowBehavior="menu" overflowAriaLabel="More of the tracker">
        <PivotItem headerText="Referrals" itemKey="referrals">
          <nav aria-label="Views">
            <Pivot selectedKey={view.id} headersOnly linkFormat="tabs" overflowBehavior="menu" overflowAriaLabel="More views" onLinkClick={(item) => item?.props.itemKey && setViewId(item.props.itemKey)}>
              {trackerViews.map((candidate) => (
                <PivotItem key={candidate.id} itemKey={candidate.id} headerText={candidate.title} itemCount={viewCounts[candidate.id]} />
              ))}
            </Pivot>
          </nav>
          <Text as="p" block styles={{ root: { margin: '8px 0' } }}>
            {view.description}
          </Text>
          {view.id === 'active' && dischargedWithoutDate > 0 && (
            <MessageBar
              messageBarType={MessageBarType.warning}
              isMultiline
              actions={
                <Link onClick={() => setFilters(filters.map((filter) => (filter.field === 'Status' && filter.kind === 'oneOf' ? { ...filter, values: ['Discharged'] } : filter)))}>
                  Show only those
                </Link>
              }
            >
              {formatCount(dischargedWithoutDate)} of these referrals are marked Discharged but have no discharge date, so they stay in Active
              Referrals. Enter each one’s discharge date to move it to All Discharges.
            </MessageBar>
          )}
          <ReferralsToolbar
            search={search}
            filters={filters}
            columns={columns}
            canAdd={rights.add}
            onSearch={setSearch}
            onFilters={setFilters}
            onColumns={(chosen) => setColumnChoices({ ...columnChoices, [view.id]: fieldOrder.filter((name) => chosen.includes(name)) })}
            onNew={() => setPanel({ kind: 'new' })}
            onImport={() => setImporting(true)}
            onExport={exportView}
            onRefresh={referrals.refresh}
          />
          <ViewGrid
            noun="referrals"
            viewTitle={view.title}
            inView={viewCounts[view.id] ?? 0}
            loaded={{ count: referrals.read, loading: referrals.loading, expected: referrals.expected }}
            fields={fields}
            records={shown}
            columns={columns}
            linkColumn="Title"
            sort={sort}
            compact={compact}
            onSort={(order) => setSorts({ ...sorts, [view.id]: order })}
            onOpen={open}
            elsewhere={elsewhere}
            onShowView={setViewId}
          />
        </PivotItem>
        <PivotItem headerText="Daily report" itemKey="report">
          <React.Suspense fallback={<Spinner label="Loading the report…" />}>
            {report && <DailyReportView report={report} compact={compact} onThreshold={setThreshold} onOpen={(id) => open({ id })} />}
          </React.Suspense>
        </PivotItem>
      </Pivot>
      {importing && (
        <LazyImportPanel
          sp={services.sp}
          siteUrl={services.siteUrl}
          register={urgentCareReferrals as unknown as Register}
          clock={services.clock}
          onLoaded={referrals.refresh}
          onDismiss={() => setImporting(false)}
        />
      )}
      {panel && (
        <ReferralPanel
          state={panel}
          services={services}
          repository={repository}
          people={people.state === 'ready' ? people.value : []}
          today={today}
          drafts={drafts}
          canEdit={rights.edit}
          existing={referrals.items}
          onState={setPanel}
          onSaved={referrals.upsert}
        />
      )}
    </div>
  );
}
