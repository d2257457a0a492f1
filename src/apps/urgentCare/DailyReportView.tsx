import * as React from 'react';
import { GroupedVerticalBarChart, HorizontalBarChartWithAxis } from '@fluentui/react-charting';
import { Link, mergeStyleSets, MessageBar, MessageBarType, SpinButton, Text, useTheme } from '@fluentui/react';
import { ukDate } from '../../domain/lists/displayValue';
import type { DailyReport } from '../../domain/urgentCare/dailyReport';

export interface DailyReportViewProps {
  report: DailyReport;
  compact: boolean;
  onThreshold: (days: number) => void;
  onOpen: (id: number) => void;
}

const styles = mergeStyleSets({
  figures: { display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', margin: '12px 0', padding: 0, listStyle: 'none' },
  figure: { padding: 12, borderRadius: 4 },
  number: { fontSize: 28, fontWeight: 600, display: 'block' },
  section: { margin: '20px 0' },
  table: { borderCollapse: 'collapse', marginTop: 8, selectors: { 'th, td': { textAlign: 'left', padding: '2px 12px 2px 0' } } }
});

const number = (value: number): string => value.toLocaleString('en-GB');

function Section({ title, children }: { title: string; children: React.ReactNode }): JSX.Element {
  const id = `report-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h3" id={id} variant="large" block styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {title}
      </Text>
      {children}
    </section>
  );
}

/** The Control Room's daily report, computed live from the register: figures, charts, and the figures behind each chart. */
export function DailyReportView({ report, compact, onThreshold, onOpen }: DailyReportViewProps): JSX.Element {
  const theme = useTheme();
  const todayCounts = report.byDay[report.byDay.length - 1];
  const active = report.activeByPathway.reduce((total, entry) => total + entry.count, 0);
  const colours = { referrals: theme.palette.themePrimary, discharges: theme.palette.tealDark ?? theme.palette.green };
  const figures: Array<[string, string]> = [
    ['Active referrals', number(active)],
    ['Referrals received today', number(todayCounts.referrals)],
    ['Discharges today', number(todayCounts.discharges)],
    [
      `Median days, referral to discharge (last ${report.byDay.length} days)`,
      report.medianDaysToDischarge === null ? 'None yet' : number(report.medianDaysToDischarge)
    ],
    [`Waiting over ${report.waitingThreshold} days`, number(report.waitingLongerThan.length)]
  ];

  return (
    <div>
      <Text as="p" block>
        As of {ukDate(report.today)}, from every referral in the register. It updates as referrals are saved.
      </Text>
      {report.dischargedWithoutDate > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {number(report.dischargedWithoutDate)} referrals are marked Discharged but have no discharge date. Until the date is entered
          they count as active and waiting, and are missing from discharges and the median.
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
          <div>
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
          </div>
        )}
        <table className={styles.table}>
          <caption className="ms-screenReaderOnly">Referrals and discharges in each week, starting Monday</caption>
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">Referrals</th>
              <th scope="col">Discharges</th>
            </tr>
          </thead>
          <tbody>
            {report.byWeek.map((week) => (
              <tr key={week.weekStarting}>
                <th scope="row">{ukDate(week.weekStarting)}</th>
                <td>{number(week.referrals)}</td>
                <td>{number(week.discharges)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title="Last 7 days">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Referrals</th>
              <th scope="col">Discharges</th>
            </tr>
          </thead>
          <tbody>
            {report.byDay.slice(-7).map((day) => (
              <tr key={day.date}>
                <th scope="row">{ukDate(day.date)}</th>
                <td>{number(day.referrals)}</td>
                <td>{number(day.discharges)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Pathway</th>
              <th scope="col">Active referrals</th>
            </tr>
          </thead>
          <tbody>
            {report.activeByPathway.map((entry) => (
              <tr key={entry.pathway}>
                <th scope="row">{entry.pathway}</th>
                <td>{number(entry.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title="Delays after the discharge ready date, by reason">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Patients</th>
              <th scope="col">Days waited in all</th>
            </tr>
          </thead>
          <tbody>
            {report.delaysByReason.map((entry) => (
              <tr key={entry.reason}>
                <th scope="row">{entry.reason}</th>
                <td>{number(entry.count)}</td>
                <td>{number(entry.days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Referred</th>
              <th scope="col">Days</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {report.waitingLongerThan.slice(0, 100).map((waiting) => (
              <tr key={waiting.id}>
                <th scope="row">
                  <Link onClick={() => onOpen(waiting.id)}>{waiting.name}</Link>
                </th>
                <td>{ukDate(waiting.referralDate)}</td>
                <td>{number(waiting.days)}</td>
                <td>{waiting.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.waitingLongerThan.length > 100 && (
          <Text block>
            The 100 longest waits are shown of {number(report.waitingLongerThan.length)}. Use the Active Referrals view to see them all.
          </Text>
        )}
      </Section>
    </div>
  );
}
