import * as React from 'react';
import { MessageBar, MessageBarType, Pivot, PivotItem, Spinner, Text } from '@fluentui/react';
import type { Saved } from '../../domain/lists/itemQuery';
import { createQualityStore } from '../../data/qualityStore';
import { createRepository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { SiteIdentity } from '../../data/siteIdentity';
import { readSiteUsers } from '../../data/siteUsers';
import { londonDateOf } from '../../domain/calendar/londonTime';
import { formatLondonDateTime } from '../../domain/clock';
import { formatCount } from '../../domain/lists/displayValue';
import { displayFormUrl } from '../../domain/lists/listForms';
import type { QualityDimension } from '../../domain/lists/rules';
import { fixQueue } from '../../domain/quality/fixQueue';
import { itemScore } from '../../domain/quality/itemScore';
import { fixedThisWeek, type QualityException } from '../../domain/quality/qualityAudit';
import { trendOf } from '../../domain/quality/qualityHistory';
import { formatQualityLink, parseQualityLink } from '../../domain/quality/qualityLinks';
import { qualityExceptions } from '../../domain/registers/qualityExceptions';
import { browserDrafts } from '../../ui/form/browserDrafts';
import { ReadingProgress } from '../../ui/ReadingProgress';
import { ReportSection } from '../../ui/report/ReportSection';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useListRights } from '../../ui/useListRights';
import { useLoad } from '../../ui/useLoad';
import type { Services } from '../services';
import type { ExceptionChoice } from './ExceptionForm';
import { checkedRegister } from './qualityRegisters';
import { QualityFilters } from './QualityFilters';
import { RuleTable } from './RuleTable';
import { Scorecard } from './Scorecard';
import { TrendTable } from './TrendTable';
import { useRegisterCheck } from './useRegisterCheck';

// The charting library is most of a chart's weight: loaded only when there is a trend to draw.
const TrendChart = React.lazy(() => import(/* webpackChunkName: 'quality-trend' */ './TrendChart').then((module) => ({ default: module.TrendChart })));
// The queue (with the item form) and the stewards' records are tabs of their own: loaded when first opened.
const FixQueue = React.lazy(() => import(/* webpackChunkName: 'quality-fix-queue' */ './FixQueue').then((module) => ({ default: module.FixQueue })));
// A rule's failing items are a grid, which the scores do not need: loaded when a rule is first shown.
const FailingItems = React.lazy(() => import(/* webpackChunkName: 'quality-failing-items' */ './FailingItems').then((module) => ({ default: module.FailingItems })));
const ExceptionsList = React.lazy(() =>
  import(/* webpackChunkName: 'quality-records' */ './StewardRecords').then((module) => ({ default: module.ExceptionsList }))
);
const AuditList = React.lazy(() => import(/* webpackChunkName: 'quality-records' */ './StewardRecords').then((module) => ({ default: module.AuditList })));
const openingTab = <Spinner label="Opening the tab…" />;
type Tab = 'scores' | 'rules' | 'queue' | 'exceptions' | 'audit';
const drafts = browserDrafts();

export interface DataQualityTabProps {
  services: Services;
  identity: SiteIdentity;
}

/** The stewards' tab: scores and trend, the rules with their failing items, the fix queue, exceptions and the audit. */
export function DataQualityTab({ services, identity }: DataQualityTabProps): JSX.Element {
  const [opened] = React.useState(() => parseQualityLink(services.links.openedAt));
  const [registerName, setRegisterName] = React.useState(opened?.register);
  const checked = checkedRegister(registerName);
  const { register, checks, fieldOrder } = checked;
  const store = React.useMemo(() => createQualityStore(services.sp, services.clock), [services.sp, services.clock]);
  const repository = React.useMemo(
    () => createRepository(services.sp, register, services.clock),
    [services.sp, register, services.clock]
  );
  const { check, runNow, retry, saved, refreshed, exceptionChanged } = useRegisterCheck(services.sp, store, checked, services.clock);
  const registerRights = useListRights(services.sp, register.title);
  const exceptionRights = useListRights(services.sp, qualityExceptions.title);
  const [people] = useLoad(() => readSiteUsers(services.sp));
  const today = londonDateOf(services.clock().getTime());
  const by = { id: identity.user.id, title: identity.user.title, email: identity.user.email };

  const [tab, setTab] = React.useState<Tab>(opened?.itemId ? 'queue' : opened?.checkId ? 'rules' : 'scores');
  const [dimension, setDimension] = React.useState<QualityDimension | undefined>();
  const [ruleId, setRuleId] = React.useState<string | undefined>(opened?.checkId);
  const [shownRule, setShownRule] = React.useState<string | undefined>(opened?.checkId);
  const [queueStart, setQueueStart] = React.useState<{ itemId?: number; attempt: number }>({ itemId: opened?.itemId, attempt: 0 });
  const [problem, setProblem] = React.useState<string | undefined>();

  const ready = check.state === 'ready' ? check : undefined;
  const chosen = React.useCallback(
    (candidate: { checkId: string; dimension: QualityDimension }) =>
      (!dimension || candidate.dimension === dimension) && (!ruleId || candidate.checkId === ruleId),
    [dimension, ruleId]
  );
  const shownChecks = React.useMemo(() => ready?.result.checks.filter(chosen) ?? [], [ready, chosen]);
  const queue = React.useMemo(() => (ready ? fixQueue(ready.result, chosen, fieldOrder) : []), [ready, chosen, fieldOrder]);
  const trend = React.useMemo(() => trendOf(ready?.snapshots ?? []), [ready]);
  const records = React.useMemo(() => new Map((ready?.records ?? []).map((record) => [record.id, record])), [ready]);
  const legacyRecords = React.useMemo(() => (ready?.records ?? []).filter((record) => record.legacy).length, [ready]);
  const itemLabel = (itemId: number): string => {
    const title = records.get(itemId)?.item.Title;
    return typeof title === 'string' && title ? `${title} (item ${itemId})` : `Item ${itemId}`;
  };
  const sentenceOf = (checkId: string): string => checks.find((candidate) => candidate.id === checkId)?.sentence ?? checkId;
  const link = (checkId?: string, itemId?: number): string => services.links.linkTo(formatQualityLink({ register: register.name, checkId, itemId }));
  const copy = (text: string): void => {
    navigator.clipboard?.writeText(text).catch(() => undefined);
  };
  const lastRun = ready?.snapshots.reduce((latest, snapshot) => (snapshot.runAt > latest ? snapshot.runAt : latest), '');

  const fixItems = (checkId: string, itemId?: number): void => {
    setRuleId(checkId);
    setDimension(undefined);
    setQueueStart((last) => ({ itemId, attempt: last.attempt + 1 }));
    setTab('queue');
  };

  const except = async (entry: { itemId: number }, choice: ExceptionChoice): Promise<Record<string, string> | undefined> => {
    const outcome = await store.addException(
      {
        register: register.name,
        checkId: choice.checkId,
        itemId: entry.itemId,
        reason: choice.reason,
        explanation: choice.explanation,
        summary: `Item ${entry.itemId}: ${sentenceOf(choice.checkId)}`
      },
      by
    );
    if (outcome.kind === 'invalid') return outcome.messages;
    if (outcome.kind !== 'saved') throw new Error(outcome.kind === 'refused' ? outcome.problem.detail : 'Someone else changed it first.');
    exceptionChanged(outcome.saved);
    return undefined;
  };

  const revert = (exception: Saved<QualityException>): void => {
    setProblem(undefined);
    store.revertException(exception, by).then(
      (outcome) => {
        if (outcome.kind === 'saved') exceptionChanged(outcome.saved);
        else if (outcome.kind === 'conflict') exceptionChanged(outcome.server);
        else setProblem(`The exception could not be reverted: ${outcome.kind === 'refused' ? outcome.problem.detail : Object.values(outcome.messages).join(' ')}`);
      },
      (error: unknown) => setProblem(`The exception could not be reverted: ${describeSharePointProblem(error).detail}`)
    );
  };

  const shown = shownRule ? ready?.result.checks.find((candidate) => candidate.checkId === shownRule) : undefined;

  return (
    <div>
      <QualityFilters
        registerName={register.name}
        dimension={dimension}
        ruleId={ruleId}
        checks={checks}
        running={check.state === 'loading'}
        onRegister={(name) => {
          setRegisterName(name);
          setRuleId(undefined);
          setShownRule(undefined);
        }}
        onDimension={(chosenDimension) => {
          setDimension(chosenDimension);
          setRuleId(undefined);
        }}
        onRule={setRuleId}
        onRunNow={runNow}
      />
      {ready && (
        <Text as="p" block role="status" styles={{ root: { margin: '8px 0' } }}>
          {formatCount(ready.result.itemCount)} items checked against {formatCount(checks.length)} rules
          {lastRun ? `; last stored run ${formatLondonDateTime(new Date(lastRun))}` : ''}. Fixed through this tab this week:{' '}
          {formatCount(fixedThisWeek(ready.fixes, today))}.
          {legacyRecords > 0 &&
            ` ${formatCount(legacyRecords)} ${legacyRecords === 1 ? 'item was' : 'items were'} imported from a spreadsheet while breaking a rule; each is held to every rule once it is saved here.`}
        </Text>
      )}
      {check.state === 'loading' && (
        <ReadingProgress
          label={check.total ? `Checking ${register.title}: read ${formatCount(check.loaded)} of ${formatCount(check.total)} items…` : `Reading ${register.title}…`}
          fraction={check.total ? check.loaded / check.total : undefined}
        />
      )}
      {check.state === 'failed' && (
        <SharePointProblemMessage problem={describeSharePointProblem(check.error)} siteUrl={services.siteUrl} onRetry={retry} />
      )}
      <DismissibleMessage kind="error" message={problem} onDismiss={() => setProblem(undefined)} />
      {people.state === 'failed' && (
        <MessageBar messageBarType={MessageBarType.warning}>The list of people could not be read, so people fields cannot be changed just now.</MessageBar>
      )}
      {ready && (
        <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)} aria-label="Data quality" overflowBehavior="menu" overflowAriaLabel="More of data quality">
          <PivotItem headerText="Scores" itemKey="scores">
            <Scorecard scores={ready.result} items={itemScore(ready.result)} trend={trend} />
            <ReportSection title="Trend">
              {trend.length > 1 && services.host !== 'teamsTab' && (
                <React.Suspense fallback={<Spinner label="Loading the chart…" />}>
                  <TrendChart trend={trend} />
                </React.Suspense>
              )}
              <TrendTable trend={trend} />
            </ReportSection>
          </PivotItem>
          <PivotItem headerText="Rules" itemKey="rules">
            <RuleTable
              checks={shownChecks}
              trend={trend}
              selected={shownRule}
              onShow={setShownRule}
              onFix={(checkId) => fixItems(checkId)}
              onCopyLink={(checkId) => copy(link(checkId))}
            />
            {shown && (
              <React.Suspense fallback={<Spinner label="Opening the failing items…" />}>
                <FailingItems
                  register={register}
                  failing={shown}
                  records={records}
                  compact={services.host === 'teamsTab'}
                  onOpen={(itemId) => fixItems(shown.checkId, itemId)}
                />
              </React.Suspense>
            )}
          </PivotItem>
          <PivotItem headerText="Fix queue" itemKey="queue" itemCount={queue.length}>
            <React.Suspense fallback={openingTab}>
              <FixQueue
                key={`${register.name}-${queueStart.attempt}`}
                queue={queue}
                records={records}
                register={register}
                repository={repository}
                people={people.state === 'ready' ? people.value : []}
                drafts={drafts}
                today={today}
                startAt={queueStart.itemId}
                ruleId={ruleId}
                nameOf={(id) => (people.state === 'ready' ? people.value.find((person) => person.id === id)?.title : undefined) ?? 'Someone else'}
                linkTo={(itemId) => link(ruleId, itemId)}
                listFormOf={(itemId) => displayFormUrl(services.siteUrl, register.url, itemId)}
                siteUrl={services.siteUrl}
                onSaved={(entry, before, after) => saved(entry, before, after, by)}
                onRefreshed={refreshed}
                onExcept={exceptionRights.add ? except : undefined}
                canFix={registerRights.edit}
              />
            </React.Suspense>
          </PivotItem>
          <PivotItem headerText="Exceptions" itemKey="exceptions" itemCount={ready.exceptions.filter(({ item }) => item.Status === 'Active').length}>
            <React.Suspense fallback={openingTab}>
              <ExceptionsList exceptions={ready.exceptions} sentenceOf={sentenceOf} itemLabel={itemLabel} onRevert={exceptionRights.edit ? revert : undefined} />
            </React.Suspense>
          </PivotItem>
          <PivotItem headerText="Audit" itemKey="audit">
            <React.Suspense fallback={openingTab}>
              <AuditList fixes={ready.fixes} exceptions={ready.exceptions} sentenceOf={sentenceOf} itemLabel={itemLabel} />
            </React.Suspense>
          </PivotItem>
        </Pivot>
      )}
    </div>
  );
}
