import type { ExportTable } from '../export/exportTable';
import type { FoiFigures, QuarterStatistics } from './foiStatistics';
import { quarterTitle } from './quarters';

const percent = (figures: FoiFigures): string => (figures.percentInTime === undefined ? 'None answered' : `${figures.percentInTime.toFixed(1)}%`);

/** The quarter's headline figures, in the s.45 Code's order, as label and value. */
export function headlineFigures(figures: FoiFigures): Array<[string, number | string]> {
  return [
    ['Requests received', figures.received],
    ['Answered', figures.answered],
    ['Answered in 20 working days', figures.onTime],
    ['Answered within a permitted extension', figures.withinExtension],
    ['Answered late', figures.late],
    ['Answered in time (ICO line 90%)', percent(figures)],
    ['Still open', figures.outstanding],
    ['Of those, overdue', figures.overdue],
    ['Withdrawn or lapsed', figures.withdrawn],
    ['Internal reviews asked for', figures.internalReviews.requested],
    ['Internal reviews answered', figures.internalReviews.answered],
    ['Complaints to the ICO', figures.icoComplaints.received]
  ];
}

/** The figures behind everything the statistics page shows, one row per figure, ready to publish. */
export function statisticsTable(statistics: QuarterStatistics): ExportTable {
  const rows: ExportTable['rows'] = [];
  const quarter = quarterTitle(statistics.quarter);
  const add = (section: string, label: string, value: number | string): void => {
    rows.push([quarter, section, label, value]);
  };
  for (const [label, value] of headlineFigures(statistics.all)) add('All requests', label, value);
  for (const [outcome, count] of Object.entries(statistics.all.outcomes)) add('Outcomes', outcome, count);
  for (const [exemption, count] of Object.entries(statistics.all.exemptions)) add('Exemptions applied', exemption, count);
  for (const [result, count] of Object.entries(statistics.all.internalReviews.results)) add('Internal review results', result, count);
  for (const [decision, count] of Object.entries(statistics.all.icoComplaints.decisions)) add('ICO decisions', decision, count);
  for (const [directorate, figures] of Object.entries(statistics.byDirectorate)) {
    for (const [label, value] of headlineFigures(figures).slice(0, 8)) add(directorate, label, value);
  }
  return { headers: ['Quarter', 'Section', 'Figure', 'Value'], rows };
}
