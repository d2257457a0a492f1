import { neutraliseFormula, type ExportTable } from './exportTable';

/** A report as headed sections of facts (what, figure): one shape for a printable page and a spreadsheet. */
export interface FactSection {
  heading: string;
  text?: string;
  facts: ReadonlyArray<readonly [string, string]>;
}

/** The sections as one table (section, what, figure), for CSV or Excel. */
export function factSectionsTable(sections: readonly FactSection[]): ExportTable {
  return {
    headers: ['Section', 'What', 'Figure'],
    rows: sections.flatMap((section) => section.facts.map(([what, figure]) => [neutraliseFormula(section.heading), neutraliseFormula(what), neutraliseFormula(figure)]))
  };
}
