import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Pivot, PivotItem, PrimaryButton, SearchBox, Spinner, Text } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import type { Register } from '../../domain/lists/defineList';
import { createRepository, type Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { SiteIdentity } from '../../data/siteIdentity';
import { readWholeNumberSetting } from '../../data/siteSettings';
import { readSiteUsers } from '../../data/siteUsers';
import { foiDirectorateDays } from '../../domain/settings/settings';
import { londonDateOf } from '../../domain/calendar/londonTime';
import type { FoiDeadlines } from '../../domain/foi/foiClock';
import { matchesRequest } from '../../domain/foi/foiSearch';
import { foiViews, withDueBy, type FoiViewContext } from '../../domain/foi/foiViews';
import { matchesInOtherViews } from '../../domain/lists/viewMatches';
import { deadlinesOf } from '../../domain/foi/requestDeadlines';
import { sortRecords, type ItemRecord, type SortOrder, type Saved } from '../../domain/lists/itemQuery';
import { foiOfficersGroup, foiRequesters } from '../../domain/registers/foiRequesters';
import { foiRequests } from '../../domain/registers/foiRequests';
import { downloadView } from '../../ui/export/downloadView';
import { ViewGrid } from '../../ui/grid/ViewGrid';
import { LazyImportPanel } from '../../ui/import/LazyImportPanel';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useListRights } from '../../ui/useListRights';
import { useLoad } from '../../ui/useLoad';
import { useRegisterItems } from '../../ui/useRegisterItems';
import type { Services } from '../services';
import { requestFields as fields, type FoiRecord } from './foiRegister';
import type { RequestPanelState } from './RequestPanel';
import { RequestState } from './RequestState';

// The log's tabs (deadlines, statistics, the disclosure log) read most of a request: it lists them whole.
const everyRequestField = Object.keys(foiRequests.fields);

// Statistics (with their charts) and the disclosure log are not on the first screen: loaded when opened.
const StatisticsTab = React.lazy(() => import(/* webpackChunkName: 'foi-statistics' */ './StatisticsTab').then((module) => ({ default: module.StatisticsTab })));
// So are the request panel and its forms: the first screen is the list.
const RequestPanel = React.lazy(() => import(/* webpackChunkName: 'foi-request' */ './RequestPanel').then((module) => ({ default: module.RequestPanel })));
const DisclosureLogTab = React.lazy(() => import(/* webpackChunkName: 'foi-disclosure-log' */ './DisclosureLogTab').then((module) => ({ default: module.DisclosureLogTab })));
/** FOI Requests looks up FOI Requesters: the import matches a requester reference against that list. */
const requestersRegister: readonly Register[] = [foiRequesters as unknown as Register];

type Tab = 'requests' | 'statistics' | 'disclosure';

export interface FoiLogProps {
  services: Services;
  identity: SiteIdentity;
}

/** The FOI officer's log: requests on the statutory clock, the quarter's statistics and the disclosure log. */
export function FoiLog({ services, identity }: FoiLogProps): JSX.Element {
  const repository = React.useMemo(
    () => createRepository(services.sp, foiRequests, services.clock) as unknown as Repository<FoiRecord>,
    [services.sp, services.clock]
  );
  const requesterRepository = React.useMemo(
    () => createRepository(services.sp, foiRequesters, services.clock) as unknown as Repository<FoiRecord>,
    [services.sp, services.clock]
  );
  const requests = useRegisterItems(repository, everyRequestField);
  // Only FOI officers may know who asked: everyone else is never sent the requesters list.
  const [requesters, reloadRequesters] = useLoad(async () => {
    // PnPjs's permission calls are not on the way to the first rows: they load beside them.
    const { canReadList, hasOwnPermissions } = await import(/* webpackChunkName: 'list-permissions' */ '../../data/listPermissions');
    if (!(await canReadList(services.sp, foiRequesters.title))) return undefined;
    const all: Array<Saved<FoiRecord>> = [];
    for await (const page of requesterRepository.all()) all.push(...page);
    return { all, secured: await hasOwnPermissions(services.sp, foiRequesters.title) };
  });
  const rights = useListRights(services.sp, foiRequests.title);
  const [people] = useLoad(() => readSiteUsers(services.sp));
  const [directorateDays] = useLoad(() => readWholeNumberSetting(services.sp, foiDirectorateDays));
  const today = londonDateOf(services.clock().getTime());
  const compact = services.host === 'teamsTab';
  const officer = requesters.state === 'ready' && requesters.value !== undefined;
  // Nothing personal is written to a requesters list that every member of the site can read.
  const canLog = officer && requesters.value!.secured && rights.add;

  const [tab, setTab] = React.useState<Tab>('requests');
  const [viewId, setViewId] = React.useState(foiViews[0].id);
  const view = foiViews.find((candidate) => candidate.id === viewId) ?? foiViews[0];
  const [sorts, setSorts] = React.useState<Record<string, SortOrder>>({});
  const [search, setSearch] = React.useState('');
  const [exportProblem, setExportProblem] = React.useState<string | undefined>();
  const [importing, setImporting] = React.useState<Register | undefined>();
  const [panel, setPanel] = React.useState<RequestPanelState | undefined>(() =>
    services.links.openedAt && /^\d+$/.test(services.links.openedAt) ? { kind: 'request', id: Number(services.links.openedAt) } : undefined
  );
  const searched = useDebounced(search, 150);
  const sort = sorts[view.id] ?? view.sort;

  const deadlines = React.useMemo(() => {
    const byId = new Map<number, FoiDeadlines | undefined>();
    for (const record of requests.items) byId.set(record.id, deadlinesOf(record.item, today));
    return byId;
  }, [requests.items, today]);
  const requesterText = React.useMemo(() => {
    const byId = new Map<number, string>();
    if (requesters.state === 'ready' && requesters.value) {
      for (const { id, item } of requesters.value.all) byId.set(id, [item.Title, item.RequesterName, item.RequesterEmail].filter(Boolean).join(' '));
    }
    return byId;
  }, [requesters]);
  const context = React.useMemo<FoiViewContext>(
    () => ({ today, userId: identity.user.id, deadlines: (record) => deadlines.get(record.id) }),
    [today, identity.user.id, deadlines]
  );
  const viewCounts = React.useMemo(
    () => Object.fromEntries(foiViews.map((candidate) => [candidate.id, requests.items.filter((record) => candidate.includes(record, context)).length])),
    [requests.items, context]
  );
  const isSearchedFor = React.useCallback(
    (record: ItemRecord<FoiRecord>) => {
      const requesterId = (record.item.Requester as { id?: number } | null)?.id;
      return matchesRequest(record.item, searched, requesterId === undefined ? undefined : requesterText.get(requesterId));
    },
    [searched, requesterText]
  );
  // What the search finds, in any view: the view on show takes its share of them.
  const found = React.useMemo(() => requests.items.filter(isSearchedFor), [requests.items, isSearchedFor]);
  const shown = React.useMemo(() => {
    const matching = found.filter((record) => view.includes(record, context));
    return sortRecords(withDueBy(matching, (record) => deadlines.get(record.id)), sort) as Array<ItemRecord<FoiRecord>>;
  }, [found, view, context, sort, deadlines]);

  const elsewhere = React.useMemo(() => {
    if (shown.length || !searched.trim()) return [];
    return matchesInOtherViews(foiViews, view.id, found, (candidate, record) => candidate.includes(record, context));
  }, [shown.length, searched, found, view.id, context]);

  const open = React.useCallback((record: { id: number }) => setPanel({ kind: 'request', id: record.id }), []);
  const renderCell = React.useCallback(
    (name: string, record: ItemRecord<FoiRecord>) =>
      name === 'Status' ? (
        <span>
          {String(record.item.Status ?? '')}
          <br />
          <RequestState deadlines={deadlines.get(record.id)} responded={Boolean(record.item.ResponseDate)} short />
        </span>
      ) : undefined,
    [deadlines]
  );
  const exportView = (format: 'csv' | 'xlsx'): void => {
    setExportProblem(undefined);
    downloadView(fields, shown, view.columns, `FOI ${view.title} ${today}`, format).catch((error: Error) => setExportProblem(error.message));
  };

  return (
    <div>
      {requests.error !== undefined && (
        <SharePointProblemMessage problem={describeSharePointProblem(requests.error)} siteUrl={services.siteUrl} onRetry={requests.refresh} />
      )}
      {requesters.state === 'failed' && (
        <SharePointProblemMessage problem={describeSharePointProblem(requesters.error)} siteUrl={services.siteUrl} onRetry={reloadRequesters} />
      )}
      <DismissibleMessage kind="error" message={exportProblem} onDismiss={() => setExportProblem(undefined)} />
      {directorateDays.state === 'ready' && directorateDays.value.problem && <MessageBar messageBarType={MessageBarType.warning}>{directorateDays.value.problem}</MessageBar>}
      {directorateDays.state === 'failed' && (
        <MessageBar messageBarType={MessageBarType.warning}>
          The site’s settings could not be read, so directorates are given the usual {foiDirectorateDays.default} working days.
        </MessageBar>
      )}
      {officer && !canLog && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          The {foiRequesters.title} list takes this site’s permissions, so everyone who can open the site could read who asked. New requests
          cannot be logged until a site owner gives it its own permissions (Custodian’s provisioning does this, for the {foiOfficersGroup}{' '}
          group only).
        </MessageBar>
      )}
      {requesters.state === 'ready' && !officer && (
        <MessageBar messageBarType={MessageBarType.info}>
          You are not in the FOI Officers group, so you can read the requests but not change them, and never see who made them: FOI answers are the
          same whoever asks.
        </MessageBar>
      )}
      <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)} aria-label="FOI log" overflowBehavior="menu" overflowAriaLabel="More of the FOI log">
        <PivotItem headerText="Requests" itemKey="requests">
          <nav aria-label="Views">
            <Pivot selectedKey={view.id} headersOnly linkFormat="tabs" overflowBehavior="menu" overflowAriaLabel="More views" onLinkClick={(item) => item?.props.itemKey && setViewId(item.props.itemKey)}>
              {foiViews.map((candidate) => (
                <PivotItem key={candidate.id} itemKey={candidate.id} headerText={candidate.title} itemCount={viewCounts[candidate.id]} />
              ))}
            </Pivot>
          </nav>
          <Text as="p" block styles={{ root: { margin: '8px 0' } }}>
            {view.description} Days left are working days.
          </Text>
          <div role="search" aria-label="Find requests">
            <Flex horizontal wrap alignEnd gap={8}>
              <SearchBox
                styles={{ root: { minWidth: 240, flexGrow: 1, maxWidth: 420 } }}
                placeholder={officer ? 'Search by reference, words or requester' : 'Search by reference or words'}
                ariaLabel={officer ? 'Search by reference, words of the request or requester' : 'Search by reference or words of the request'}
                value={search}
                onChange={(_, text) => setSearch(text ?? '')}
                onClear={() => setSearch('')}
              />
              {canLog && <PrimaryButton iconProps={{ iconName: 'Add' }} text="New request" onClick={() => setPanel({ kind: 'new' })} />}
              {canLog && (
                <DefaultButton
                  iconProps={{ iconName: 'Upload' }}
                  text="Import from a spreadsheet"
                  menuProps={{
                    items: [
                      { key: 'requesters', text: `Import into ${foiRequesters.title} (first, so requests can name them)`, onClick: () => setImporting(foiRequesters as unknown as Register) },
                      { key: 'requests', text: `Import into ${foiRequests.title}`, onClick: () => setImporting(foiRequests as unknown as Register) }
                    ]
                  }}
                />
              )}
              <DefaultButton iconProps={{ iconName: 'Download' }} text="Export CSV" onClick={() => exportView('csv')} />
              <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text="Export Excel" onClick={() => exportView('xlsx')} />
              <DefaultButton iconProps={{ iconName: 'Refresh' }} text="Refresh" onClick={requests.refresh} />
            </Flex>
          </div>
          <ViewGrid
            noun="requests"
            viewTitle={view.title}
            inView={viewCounts[view.id] ?? 0}
            loaded={{ count: requests.items.length, loading: requests.loading, expected: requests.expected }}
            fields={fields}
            records={shown}
            columns={view.columns}
            linkColumn="Reference"
            sort={sort}
            compact={compact}
            onSort={(order) => setSorts({ ...sorts, [view.id]: order })}
            onOpen={open}
            renderCell={renderCell}
            elsewhere={elsewhere}
            onShowView={setViewId}
          />
        </PivotItem>
        <PivotItem headerText="Statistics" itemKey="statistics">
          <React.Suspense fallback={<Spinner label="Loading the statistics…" />}>
            {tab === 'statistics' && <StatisticsTab items={requests.items} today={today} compact={compact} />}
          </React.Suspense>
        </PivotItem>
        <PivotItem headerText="Disclosure log" itemKey="disclosure">
          <React.Suspense fallback={<Spinner label="Loading the disclosure log…" />}>
            {tab === 'disclosure' && <DisclosureLogTab items={requests.items} today={today} />}
          </React.Suspense>
        </PivotItem>
      </Pivot>
      {importing && (
        <LazyImportPanel sp={services.sp} siteUrl={services.siteUrl} register={importing} lookupTargets={requestersRegister} clock={services.clock} onLoaded={requests.refresh} onDismiss={() => setImporting(undefined)} />
      )}
      {panel && (
        <React.Suspense fallback={<Spinner label="Opening the request…" />}>
          <RequestPanel
            state={panel}
            services={services}
            repository={repository}
            requesterRepository={requesterRepository}
            requesters={officer ? requesters.value!.all : undefined}
            canChange={rights.edit}
            people={people.state === 'ready' ? people.value : []}
            today={today}
            directorateDays={directorateDays.state === 'ready' ? directorateDays.value.value : foiDirectorateDays.default}
            existing={requests.items}
            onState={setPanel}
            onSaved={requests.upsert}
            onRequesterSaved={reloadRequesters}
          />
        </React.Suspense>
      )}
    </div>
  );
}
