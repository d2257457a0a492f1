import type { DictionaryEntry } from './dictionary';
import { checkResultSentence, type LatestRun } from './latestResults';

/** A column's facts as term and value, in reading order: the same on screen and on the printable page. */
export function entryFacts(entry: DictionaryEntry, run: LatestRun | undefined, measured: boolean): Array<[string, string]> {
  const result = (id: string): string => (measured ? ` ${checkResultSentence(run, id)}` : '');
  return [
    ['Internal name', entry.name],
    ['Type', entry.type],
    ['Required', entry.required ? 'Yes' : 'No'],
    ...(entry.allowedValues.length ? ([['Allowed values', entry.allowedValues.join(', ')]] as Array<[string, string]>) : []),
    ...(entry.format ? ([['Format', entry.format]] as Array<[string, string]>) : []),
    ...(entry.personal ? ([['Personal data', 'Yes: about a patient, resident or requester']] as Array<[string, string]>) : []),
    ...(entry.critical ? ([['Critical', 'Counted for completeness even when not required']] as Array<[string, string]>) : []),
    ...(entry.system ? ([['Set by', 'Custodian, never typed by a person']] as Array<[string, string]>) : []),
    ...entry.rules.map((rule): [string, string] => [
      rule.severity === 'block' ? 'Rule' : 'Warning',
      `${rule.sentence} ${rule.enforcedBySharePoint ? 'SharePoint refuses a save that breaks it, wherever it is made.' : 'Checked by Custodian’s forms and data-quality checks.'}${result(rule.id)}`
    ]),
    ...entry.checks.map((check): [string, string] => ['Quality check', `${check.sentence}${result(check.id)}`])
  ];
}
