import * as React from 'react';
import { GroupedVerticalBarChart, HorizontalBarChartWithAxis } from '@fluentui/react-charting';
import { DefaultButton, Link, mergeStyleSets, MessageBar, MessageBarType, SpinButton, Stack, Text, useTheme } from '@fluentui/react';
import { formatCount, ukDate } from '../../domain/lists/displayValue';
import type { IsoDate } from '../../domain/calendar/isoDate';
import type { ItemOf } from '../../domain/lists/defineList';
import type { ItemRecord } from '../../domain/lists/itemQuery';
import type { urgentCareReferrals } from '../../domain/registers/urgentCareReferrals';
import { dailyReport, type WaitingReferral } from '../../domain/urgentCare/dailyReport';
import { factSectionsTable } from '../../domain/export/factSections';
import { dailyReportSections, headlineFigures } from '../../domain/urgentCare/dailyReportSections';
import { downloadTable } from '../../ui/export/downloadTable';
import { openPrintablePage } from '../../ui/export/printablePage';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { FiguresTable } from '../../ui/report/FiguresTable';
import { WideChart } from '../../ui/report/WideChart';
import { ReportSection as Section } from '../../ui/report/ReportSection';
import { registerPanelIcons } from '../../ui/icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

export interface DailyReportTabProps {
  items: ReadonlyArray<ItemRecord<ItemOf<typeof urgentCareReferrals>>>;
  today: IsoDate;
  compact: boolean;
  onOpen: (id: number) => void;
}

const styles = mergeStyleSets({
  figures: { display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', margin: '12px 0', padding: 0, listStyle: 'none' },
  figure: { padding: 12, borderRadius: 4 },
  number: { fontSize: 28, fontWeight: 600, display: 'block' }
});

/** The Control Room's daily report, computed live from the register: figures, charts, and the figures behind each chart. */
export function DailyReportTab({ items, today, compact, onOpen }: DailyReportTabProps): JSX.Element {
  const theme = useTheme();
  const [threshold, onThreshold] = React.useState(14);
  const report = React.useMemo(() => dailyReport(items, { today, waitingThreshold: threshold }), [items, today, threshold]);
  const colours = { referrals: theme.palette.themePrimary, discharges: theme.palette.tealDark ?? theme.palette.green };
  const figures = headlineFigures(report);
  const [problem, setProblem] = React.useState<string | undefined>();
  const title = `Urgent care daily report ${ukDate(report.today)}`;
  const exportAs = (format: 'csv' | 'xlsx'): void => {
    setProblem(undefined);
    downloadTable(factSectionsTable(dailyReportSections(report)), `Urgent care daily report ${report.today}`, format).catch((error: Error) => setProblem(error.message));
  };
  const referralRows = (referrals: readonly WaitingReferral[]): Array<[React.ReactNode, ...React.ReactNode[]]> =>
    referrals.slice(0, 100).map((waiting) => [
      <Link key={waiting.id} onClick={() => onOpen(waiting.id)}>
        {waiting.name}
      </Link>,
      ukDate(waiting.referralDate),
      waiting.days,
      waiting.status
    ]);

  return (
    <div>
      <DismissibleMessage kind="error" message={problem} onDismiss={() => setProblem(undefined)} />
      <Text as="p" block>
        As of {ukDate(report.today)}, from every referral in the register. It updates as referrals are saved.
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { margin: '8px 0' } }}>
        <DefaultButton iconProps={{ iconName: 'Download' }} text="Export CSV" onClick={() => exportAs('csv')} />
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text="Export Excel" onClick={() => exportAs('xlsx')} />
        <DefaultButton
          iconProps={{ iconName: 'Print' }}
          text="Printable page"
          onClick={() => openPrintablePage(title, `As of ${ukDate(report.today)}, from every referral in the register.`, dailyReportSections(report))}
        />
      </Stack>
      {report.dischargedWithoutDate.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {formatCount(report.dischargedWithoutDate.length)} referrals are marked Discharged but have no discharge date. They are listed apart at
          the end, as data to put right, not among the patients waiting; until each date is entered they count as active and are missing from
          discharges and the median.
        </MessageBar>
      )}
      <ul className={styles.figures} aria-label="Today’s figures">
        {figures.map(([label, value]) => (
          <li key={label} className={styles.figure} style={{ background: theme.palette.neutralLighter }}>
            <span className={styles.number}>{value}</span>
            {label}
          </li>
        ))}
      </ul>

      <Section title="Referrals and discharges by week">
        {!compact && (
          <WideChart label="Chart: referrals and discharges by week" minWidth={Math.max(560, report.byWeek.length * 36)}>
            <GroupedVerticalBarChart
              height={260}
              data={report.byWeek.map((week) => ({
                name: ukDate(week.weekStarting).slice(0, 5),
                series: [
                  { key: 'referrals', data: week.referrals, legend: 'Referrals', color: colours.referrals },
                  { key: 'discharges', data: week.discharges, legend: 'Discharges', color: colours.discharges }
                ]
              }))}
              hideLegend={false}
            />
          </WideChart>
        )}
        <FiguresTable
          caption="Referrals and discharges in each week, starting Monday"
          headers={['Week starting', 'Referrals', 'Discharges']}
          rows={report.byWeek.map((week) => [ukDate(week.weekStarting), week.referrals, week.discharges])}
        />
      </Section>

      <Section title="Last 7 days">
        <FiguresTable
          headers={['Day', 'Referrals', 'Discharges']}
          rows={report.byDay.slice(-7).map((day) => [ukDate(day.date), day.referrals, day.discharges])}
        />
      </Section>

      <Section title="Active referrals by pathway">
        {!compact && (
          <div>
            <HorizontalBarChartWithAxis
              height={200}
              hideLegend
              showYAxisLables
              yAxisPadding={0.3}
              data={report.activeByPathway.map((entry) => ({ x: entry.count, y: entry.pathway, color: colours.referrals }))}
            />
          </div>
        )}
        <FiguresTable headers={['Pathway', 'Active referrals']} rows={report.activeByPathway.map((entry) => [entry.pathway, entry.count])} />
      </Section>

      <Section title="Delays after the discharge ready date, by reason">
        <FiguresTable
          headers={['Reason', 'Patients', 'Days waited in all']}
          rows={report.delaysByReason.map((entry) => [entry.reason, entry.count, entry.days])}
        />
      </Section>

      <Section title={`Referrals waiting more than ${report.waitingThreshold} days`}>
        <SpinButton
          label="Days waiting"
          min={1}
          max={365}
          step={1}
          incrementButtonAriaLabel="One more day"
          decrementButtonAriaLabel="One day fewer"
          value={String(report.waitingThreshold)}
          styles={{ root: { maxWidth: 200, marginTop: 8 } }}
          onChange={(_, value) => value !== undefined && Number.isInteger(Number(value)) && onThreshold(Number(value))}
        />
        <FiguresTable headers={['Patient', 'Referred', 'Days', 'Status']} rows={referralRows(report.waitingLongerThan)} />
        {report.waitingLongerThan.length > 100 && (
          <Text block>
            The 100 longest waits are shown of {formatCount(report.waitingLongerThan.length)}. Use the Active Referrals view to see them all.
          </Text>
        )}
      </Section>

      {report.dischargedWithoutDate.length > 0 && (
        <Section title="Marked Discharged with no discharge date: data to put right">
          <Text block styles={{ root: { margin: '8px 0' } }}>
            Not patients waiting: each needs its discharge date entered. The Data Quality tab takes them one at a time.
          </Text>
          <FiguresTable headers={['Patient', 'Referred', 'Days since referral', 'Status']} rows={referralRows(report.dischargedWithoutDate)} />
          {report.dischargedWithoutDate.length > 100 && <Text block>The 100 oldest are shown of {formatCount(report.dischargedWithoutDate.length)}.</Text>}
        </Section>
      )}
    </div>
  );
}
