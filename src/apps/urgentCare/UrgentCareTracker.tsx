import * as React from 'react';
import { Link, MessageBar, MessageBarType } from '@fluentui/react';
import type { SiteIdentity } from '../../data/siteIdentity';
import { londonDateOf } from '../../domain/calendar/londonTime';
import { formatCount } from '../../domain/lists/displayValue';
import { rulePasses } from '../../domain/lists/rulePredicate';
import type { ViewContext } from '../../domain/lists/registerViews';
import { reportFields } from '../../domain/urgentCare/dailyReport';
import { dischargeDateRule } from '../../domain/urgentCare/dischargeDateRule';
import { trackerScreen } from '../../domain/urgentCare/trackerViews';
import { RegisterScreen, type ViewNoticePlug } from '../register/RegisterScreen';
import type { Services } from '../services';

// The charts (Fluent UI charting and d3) are two thirds of the tracker's code: loaded when the report is opened.
const DailyReportTab = React.lazy(() => import(/* webpackChunkName: 'daily-report' */ './DailyReportTab').then((module) => ({ default: module.DailyReportTab })));
const sameContext = <T,>(_: T, base: ViewContext): ViewContext => base;

export interface UrgentCareTrackerProps {
  services: Services;
  /** Who is signed in, once SharePoint has said: until then "Changed by me" has no count. */
  identity: SiteIdentity | undefined;
  /** Called once every referral has been read (or the read has failed). */
  onSettled?: () => void;
}

/** Referrals marked Discharged without a discharge date stay in Active Referrals: said over that view, with a way to see them. */
function DischargedWithoutDate({ view, items, filters, onFilters, today }: ViewNoticePlug<Record<string, unknown>, ViewContext> & { today: string }): JSX.Element | null {
  // Counted by the register's own rule, so the banner and the data-quality tab agree.
  const count = React.useMemo(() => items.filter((record) => !rulePasses(dischargeDateRule, record.item, { today })).length, [items, today]);
  if (view.id !== 'active' || count === 0) return null;
  return (
    <MessageBar
      messageBarType={MessageBarType.warning}
      isMultiline
      actions={
        <Link onClick={() => onFilters(filters.map((filter) => (filter.field === 'Status' && filter.kind === 'oneOf' ? { ...filter, values: ['Discharged'] } : filter)))}>
          Show only those
        </Link>
      }
    >
      {formatCount(count)} of these referrals are marked Discharged but have no discharge date, so they stay in Active Referrals. Enter each one’s
      discharge date to move it to All Discharges.
    </MessageBar>
  );
}

/** The Control Room's tracker: the referrals on the register screen, and its own daily report. */
export function UrgentCareTracker({ services, identity, onSettled }: UrgentCareTrackerProps): JSX.Element {
  const today = londonDateOf(services.clock().getTime());
  const compact = services.host === 'teamsTab';
  const tabs = React.useMemo(
    () => [
      {
        key: 'report',
        title: 'Daily report',
        fields: reportFields,
        render: (items: Parameters<typeof DailyReportTab>[0]['items'], open: (id: number) => void) => <DailyReportTab items={items} today={today} compact={compact} onOpen={open} />
      }
    ],
    [today, compact]
  );
  return (
    <RegisterScreen
      services={services}
      screen={trackerScreen}
      userId={identity?.user.id}
      extendContext={sameContext}
      label="Tracker"
      tabs={tabs}
      viewNotice={(plug) => <DischargedWithoutDate {...plug} today={today} />}
      onSettled={onSettled}
    />
  );
}
