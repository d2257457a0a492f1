import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { createRepository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { SiteIdentity } from '../../data/siteIdentity';
import { londonDateOf } from '../../domain/calendar/londonTime';
import type { FoiDeadlines } from '../../domain/foi/foiClock';
import { matchesRequest } from '../../domain/foi/foiSearch';
import { foiScreen, withDueBy, type FoiViewContext } from '../../domain/foi/foiViews';
import { deadlinesOf } from '../../domain/foi/requestDeadlines';
import type { ItemRecord, Saved } from '../../domain/lists/itemQuery';
import type { ViewContext } from '../../domain/lists/registerViews';
import { foiOfficersGroup, foiRequesters } from '../../domain/registers/foiRequesters';
import { foiRequests } from '../../domain/registers/foiRequests';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import { RegisterScreen, type PanelPlug } from '../register/RegisterScreen';
import type { Services } from '../services';
import type { FoiRequest, FoiRequester } from './foiRegister';
import { RequestState } from './RequestState';

// Statistics (with their charts) and the disclosure log are not on the first screen: loaded when opened.
const StatisticsTab = React.lazy(() => import(/* webpackChunkName: 'foi-statistics' */ './StatisticsTab').then((module) => ({ default: module.StatisticsTab })));
// So are the request panel and its forms: the first screen is the list.
const RequestPanel = React.lazy(() => import(/* webpackChunkName: 'foi-request' */ './RequestPanel').then((module) => ({ default: module.RequestPanel })));
const DisclosureLogTab = React.lazy(() => import(/* webpackChunkName: 'foi-disclosure-log' */ './DisclosureLogTab').then((module) => ({ default: module.DisclosureLogTab })));

type Requests = ReadonlyArray<ItemRecord<FoiRequest>>;

/** The statutory clock of every request, worked out once for the items read and shared by every view. */
function withDeadlines(items: Requests, base: ViewContext): FoiViewContext {
  const byId = new Map<number, FoiDeadlines | undefined>();
  for (const record of items) byId.set(record.id, deadlinesOf(record.item, base.today));
  return { ...base, deadlines: (record) => byId.get(record.id) };
}
const withDueByDates = (records: Requests, context: FoiViewContext): Requests => withDueBy(records, context.deadlines);
const statusWithClock = (name: string, record: ItemRecord<FoiRequest>, context: FoiViewContext): React.ReactNode | undefined =>
  name === 'Status' ? (
    <span>
      {String(record.item.Status ?? '')}
      <br />
      <RequestState deadlines={context.deadlines(record)} responded={Boolean(record.item.ResponseDate)} short />
    </span>
  ) : undefined;

export interface FoiLogProps {
  services: Services;
  identity: SiteIdentity;
}

/** The FOI officer's log: requests on the statutory clock (the register screen), the quarter's statistics and the disclosure log. */
export function FoiLog({ services, identity }: FoiLogProps): JSX.Element {
  const requesterRepository = React.useMemo(() => createRepository(services.sp, foiRequesters, services.clock), [services.sp, services.clock]);
  // Only FOI officers may know who asked: everyone else is never sent the requesters list.
  const [requesters, reloadRequesters] = useLoad(async () => {
    // PnPjs's permission calls are not on the way to the first rows: they load beside them.
    const { canReadList, hasOwnPermissions } = await import(/* webpackChunkName: 'list-permissions' */ '../../data/listPermissions');
    if (!(await canReadList(services.sp, foiRequesters.title))) return undefined;
    const all: Array<Saved<FoiRequester>> = [];
    for await (const page of requesterRepository.all()) all.push(...page);
    return { all, secured: await hasOwnPermissions(services.sp, foiRequesters.title) };
  });
  const today = londonDateOf(services.clock().getTime());
  const officer = requesters.state === 'ready' && requesters.value !== undefined;
  // Nothing personal is written to a requesters list that every member of the site can read.
  const secured = officer && requesters.value!.secured;

  const requesterText = React.useMemo(() => {
    const byId = new Map<number, string>();
    if (requesters.state === 'ready' && requesters.value) {
      for (const { id, item } of requesters.value.all) byId.set(id, [item.Title, item.RequesterName, item.RequesterEmail].filter(Boolean).join(' '));
    }
    return byId;
  }, [requesters]);
  const matches = React.useCallback(
    (record: ItemRecord<FoiRequest>, text: string) => {
      const requesterId = (record.item.Requester as { id?: number } | null)?.id;
      return matchesRequest(record.item, text, requesterId === undefined ? undefined : requesterText.get(requesterId));
    },
    [requesterText]
  );
  const tabs = React.useMemo(
    () => [
      { key: 'statistics', title: 'Statistics', render: (items: Requests) => <StatisticsTab items={items} today={today} compact={services.host === 'teamsTab'} /> },
      { key: 'disclosure', title: 'Disclosure log', render: (items: Requests) => <DisclosureLogTab items={items} today={today} /> }
    ],
    [today, services.host]
  );
  const renderPanel = (plug: PanelPlug<FoiRequest>): React.ReactNode => (
    <React.Suspense fallback={null}>
      <RequestPanel
        {...plug}
        services={services}
        requesterRepository={requesterRepository}
        requesters={officer ? requesters.value!.all : undefined}
        today={today}
        onRequesterSaved={reloadRequesters}
      />
    </React.Suspense>
  );

  const notices = (
    <>
      {requesters.state === 'failed' && <SharePointProblemMessage problem={describeSharePointProblem(requesters.error)} siteUrl={services.siteUrl} onRetry={reloadRequesters} />}
      {officer && !secured && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          The {foiRequesters.title} list takes this site’s permissions, so everyone who can open the site could read who asked. New requests cannot be
          logged until a site owner gives it its own permissions (Custodian’s provisioning does this, for the {foiOfficersGroup} group only).
        </MessageBar>
      )}
      {requesters.state === 'ready' && !officer && (
        <MessageBar messageBarType={MessageBarType.info}>
          You are not in the FOI Officers group, so you can read the requests but not change them, and never see who made them: FOI answers are the
          same whoever asks.
        </MessageBar>
      )}
    </>
  );

  return (
    <RegisterScreen
      services={services}
      screen={foiScreen}
      userId={identity.user.id}
      extendContext={withDeadlines}
      derive={withDueByDates}
      matches={matches}
      searchLabel={officer ? 'Search by reference, words or requester' : undefined}
      addAllowed={secured}
      imports={[foiRequesters, foiRequests]}
      label="FOI log"
      notices={notices}
      viewFootnote="Days left are working days."
      renderCell={statusWithClock}
      renderPanel={renderPanel}
      tabs={tabs}
      exportPrefix="FOI "
    />
  );
}
