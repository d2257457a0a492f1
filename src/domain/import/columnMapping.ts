import { distance } from 'fastest-levenshtein';
import type { FieldsByName } from '../lists/ruleFormula';

/** How a column came to be mapped to its field: for the person checking the proposal. */
export type MappedBy = 'name' | 'alias' | 'similar title' | 'you' | 'none';

export interface ColumnMapping {
  /** The column's position in the sheet (0 = A). */
  column: number;
  header: string;
  /** The field it fills, or null when the column is ignored. */
  field: string | null;
  mappedBy: MappedBy;
}

/** "Date of Referral " and "date_of_referral" are the same header. */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const similarEnough = 0.8;

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

/**
 * The proposed mapping: a header that is a field's internal name or title maps to it, then one of the
 * field's declared aliases, then the most similar title or alias (typos, "Admision date"). A field is filled
 * from one column at most; a column that matches nothing is ignored until the person says otherwise.
 */
export function proposeMapping(fields: FieldsByName, headers: ReadonlyArray<{ column: number; header: string }>): ColumnMapping[] {
  const names = Object.entries(fields).map(([name, field]) => ({
    name,
    exact: [normaliseHeader(name), normaliseHeader(field.title)],
    aliases: field.aliases.map(normaliseHeader)
  }));
  const taken = new Set<string>();
  const mapping = new Map<number, ColumnMapping>();
  const assign = (column: number, header: string, field: string, mappedBy: MappedBy): void => {
    taken.add(field);
    mapping.set(column, { column, header, field, mappedBy });
  };
  for (const pass of ['name', 'alias'] as const) {
    for (const { column, header } of headers) {
      if (mapping.has(column)) continue;
      const key = normaliseHeader(header);
      const match = names.find((candidate) => !taken.has(candidate.name) && (pass === 'name' ? candidate.exact : candidate.aliases).includes(key));
      if (match) assign(column, header, match.name, pass);
    }
  }
  const guesses = headers
    .filter(({ column }) => !mapping.has(column))
    .flatMap(({ column, header }) =>
      names.map((candidate) => ({
        column,
        header,
        field: candidate.name,
        score: Math.max(...[...candidate.exact, ...candidate.aliases].map((known) => similarity(normaliseHeader(header), known)))
      }))
    )
    .filter((guess) => guess.score >= similarEnough)
    .sort((a, b) => b.score - a.score);
  for (const guess of guesses) {
    if (!mapping.has(guess.column) && !taken.has(guess.field)) assign(guess.column, guess.header, guess.field, 'similar title');
  }
  return headers.map(({ column, header }) => mapping.get(column) ?? { column, header, field: null, mappedBy: 'none' });
}

/** A file's shape: its headers, so that the next import of the same sheet can reuse the mapping. */
export function fileShape(headers: ReadonlyArray<{ header: string }>): string {
  return headers.map(({ header }) => normaliseHeader(header)).join('|');
}

/** The proposal, with the person's earlier choices for the same headers (if any were saved) in its place. */
export function withSavedMapping(proposal: ColumnMapping[], saved: ReadonlyArray<{ header: string; field: string | null }> | undefined): ColumnMapping[] {
  if (!saved) return proposal;
  const chosen = new Map(saved.map(({ header, field }) => [normaliseHeader(header), field]));
  return proposal.map((column) => {
    const field = chosen.get(normaliseHeader(column.header));
    return field === undefined ? column : { ...column, field, mappedBy: field === null ? 'none' : 'you' };
  });
}
