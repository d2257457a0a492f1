import * as React from 'react';
import { VerticalBarChart } from '@fluentui/react-charting';
import { DefaultButton, Dropdown, mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { icoTimelinessLine, quarterStatistics } from '../../domain/foi/foiStatistics';
import { quarterOf, quartersBetween, quarterTitle } from '../../domain/foi/quarters';
import { headlineFigures, statisticsTable } from '../../domain/foi/statisticsTable';
import type { ItemRecord } from '../../domain/lists/itemQuery';
import { downloadTable } from '../../ui/export/downloadTable';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { FiguresTable } from '../../ui/report/FiguresTable';
import { WideChart } from '../../ui/report/WideChart';
import { ReportSection as Section } from '../../ui/report/ReportSection';
import type { FoiRequest } from './foiRegister';
import { registerPanelIcons } from '../../ui/icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

export interface StatisticsTabProps {
  items: ReadonlyArray<ItemRecord<FoiRequest>>;
  today: IsoDate;
  compact: boolean;
}

const styles = mergeStyleSets({
  figures: { display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', margin: '12px 0', padding: 0, listStyle: 'none' },
  figure: { padding: 12, borderRadius: 4 },
  number: { fontSize: 28, fontWeight: 600, display: 'block' }
});

const sorted = (counts: Record<string, number>): Array<[string, number]> => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const percentText = (value: number | undefined): string => (value === undefined ? 'None answered' : `${value.toFixed(1)}%`);

/** The s.45 Code's quarterly figures, worked out from the register as it is now: never typed in. */
export function StatisticsTab({ items, today, compact }: StatisticsTabProps): JSX.Element {
  const theme = useTheme();
  const values = React.useMemo(() => items.map((record) => record.item), [items]);
  const quarters = React.useMemo(() => {
    const earliest = values.reduce<string>((first, item) => (typeof item.ReceivedDate === 'string' && item.ReceivedDate < first ? item.ReceivedDate : first), today);
    return quartersBetween(earliest, today).reverse();
  }, [values, today]);
  // The last whole quarter is the one to publish; this quarter is still filling up.
  const [quarter, setQuarter] = React.useState(() => quarters[1] ?? quarters[0] ?? quarterOf(today));
  const [problem, setProblem] = React.useState<string | undefined>();
  const statistics = React.useMemo(() => quarterStatistics(values, quarter, today), [values, quarter, today]);
  const trend = React.useMemo(() => [...quarters].reverse().map((each) => ({ quarter: each, figures: quarterStatistics(values, each, today).all })), [quarters, values, today]);
  const figures = statistics.all;
  const title = quarterTitle(quarter);

  const exportAs = (format: 'csv' | 'xlsx'): void => {
    setProblem(undefined);
    downloadTable(statisticsTable(statistics), `FOI statistics ${title}`, format).catch((error: Error) => setProblem(error.message));
  };


  return (
    <div>
      <DismissibleMessage kind="error" message={problem} onDismiss={() => setProblem(undefined)} />
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }} styles={{ root: { margin: '12px 0' } }}>
        <Dropdown
          label="Quarter"
          options={quarters.map((each) => ({ key: each, text: `${quarterTitle(each)}${each === quarterOf(today) ? ' (so far)' : ''}` }))}
          selectedKey={quarter}
          onChange={(_, option) => option && setQuarter(String(option.key))}
          styles={{ root: { minWidth: 240 } }}
        />
        <DefaultButton iconProps={{ iconName: 'Download' }} text="Export CSV" onClick={() => exportAs('csv')} />
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text="Export Excel" onClick={() => exportAs('xlsx')} />
      </Stack>
      <Text as="p" block>
        Requests received {title}, as the register holds them on {today.split('-').reverse().join('/')}. Answers in time include those within a permitted
        extension; the ICO monitors authorities under {icoTimelinessLine}%.
      </Text>
      <ul className={styles.figures} aria-label={`Figures for ${title}`}>
        {headlineFigures(figures).map(([label, value]) => (
          <li key={label} className={styles.figure} style={{ background: theme.palette.neutralLighter }}>
            <span className={styles.number}>{typeof value === 'number' ? value.toLocaleString('en-GB') : value}</span>
            {label}
          </li>
        ))}
      </ul>

      <Section title="Answered in time, by quarter received">
        {!compact && (
          <WideChart label="Chart: requests answered in time, by quarter received" minWidth={Math.max(480, trend.length * 110)}>
            <VerticalBarChart
              height={260}
              hideLegend={false}
              wrapXAxisLables
              yMaxValue={100}
              lineLegendText={`ICO monitoring line (${icoTimelinessLine}%)`}
              lineLegendColor={theme.palette.redDark}
              data={trend.map(({ quarter: each, figures: quarterFigures }) => ({
                // Named as the table names it, so a quarter has one name on the page.
                x: quarterTitle(each),
                y: Math.round(quarterFigures.percentInTime ?? 0),
                legend: 'Answered in time (%)',
                color: theme.palette.themePrimary,
                lineData: { y: icoTimelinessLine }
              }))}
            />
          </WideChart>
        )}
        <FiguresTable
          caption="Requests answered in time, by quarter received"
          headers={['Quarter', 'Received', 'Answered', 'In time', 'Late', '% in time']}
          rows={trend.map(({ quarter: each, figures: quarterFigures }) => [
            quarterTitle(each),
            quarterFigures.received,
            quarterFigures.answered,
            quarterFigures.onTime + quarterFigures.withinExtension,
            quarterFigures.late,
            percentText(quarterFigures.percentInTime)
          ])}
        />
      </Section>

      <div style={{ display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
        <Section title="Outcomes">
          <FiguresTable headers={['Outcome', 'Requests']} rows={sorted(figures.outcomes)} />
        </Section>
        <Section title="Exemptions and exceptions applied">
          {Object.keys(figures.exemptions).length ? <FiguresTable headers={['Exemption', 'Times applied']} rows={sorted(figures.exemptions)} /> : <p>None this quarter.</p>}
        </Section>
        <Section title="Internal reviews and the ICO">
          <FiguresTable
            headers={['Figure', 'Number']}
            rows={[
              ['Reviews asked for', figures.internalReviews.requested],
              ['Reviews answered', figures.internalReviews.answered],
              ...sorted(figures.internalReviews.results).map(([result, count]): [string, number] => [`Review ${result.toLowerCase()}`, count]),
              ['Complaints to the ICO', figures.icoComplaints.received],
              ...sorted(figures.icoComplaints.decisions).map(([decision, count]): [string, number] => [`ICO: ${decision.toLowerCase()}`, count])
            ]}
          />
        </Section>
      </div>

      <Section title="By directorate">
        <FiguresTable
          caption={`Requests received ${title}, by directorate`}
          headers={['Directorate', 'Received', 'Answered', 'In time', 'Late', 'Open', '% in time']}
          rows={Object.entries(statistics.byDirectorate)
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([directorate, each]) => [directorate, each.received, each.answered, each.onTime + each.withinExtension, each.late, each.outstanding, percentText(each.percentInTime)])}
        />
      </Section>
    </div>
  );
}
