import type { IsoDate } from '../calendar/isoDate';
import { displayValue } from '../lists/displayValue';
import type { FieldDefinition } from '../lists/fields';
import type { FoiDeadlines } from './foiClock';
import type { FoiItem } from './requestDeadlines';

export interface TimelineEvent {
  date: IsoDate;
  /** What happened, or (for a deadline) what is due. */
  text: string;
  kind: 'event' | 'deadline';
}

type Fields = Readonly<Record<string, FieldDefinition>>;

/** Every dated event of a request and its deadlines, oldest first (a deadline after the event on the same day). */
export function foiTimeline(item: FoiItem, deadlines: FoiDeadlines | undefined, fields: Fields): TimelineEvent[] {
  const shown = (name: string): string => displayValue(fields[name], item[name]);
  const has = (name: string): boolean => typeof item[name] === 'string' && item[name] !== '';
  const events: TimelineEvent[] = [];
  const event = (name: string, text: string): void => {
    if (has(name)) events.push({ date: String(item[name]), text, kind: 'event' });
  };
  const deadline = (date: IsoDate | undefined, text: string): void => {
    if (date) events.push({ date, text, kind: 'deadline' });
  };

  event('ReceivedDate', `${item.Regime === 'EIR' ? 'EIR' : 'FOI'} request received${item.Channel ? ` by ${shown('Channel').toLowerCase()}` : ''}.`);
  // A step's own note goes with it on the timeline.
  const withNote = (text: string, note: string): string => (has(note) ? `${text} ${shown(note)}` : text);
  event('ClarificationRequestedDate', withNote('Clarification asked for: the clock stopped.', 'ClarificationQuestion'));
  event('ClarificationReceivedDate', 'Clarification received: the clock started again.');
  event('FeeNoticeDate', `Fees notice issued${item.FeeAmount !== null && item.FeeAmount !== undefined ? ` for ${shown('FeeAmount')}` : ''}: the clock stopped.`);
  event('FeePaidDate', 'Fee received: the clock started again.');
  event('AssignedDate', `Sent to ${item.Directorate ? shown('Directorate') : 'a directorate'}${item.DirectorateContact ? ` (${shown('DirectorateContact')})` : ''}.`);
  event('ExtendedDate', withNote(item.Regime === 'EIR' ? 'Extended as complex and voluminous (EIR reg 7).' : 'Extended to consider the public interest (FOIA s.10(3)).', 'ExtensionReason'));
  deadline(has('InternalDeadline') ? String(item.InternalDeadline) : undefined, 'Directorate to send the information back.');
  deadline(deadlines?.dueDate, deadlines?.extendedDueDate ? 'Refusal or extension notice due (working day 20).' : 'Response due (working day 20).');
  deadline(deadlines?.extendedDueDate, 'Extended response due (working day 40).');
  const exemptions = (item.Exemptions as string[] | undefined) ?? [];
  event('ResponseDate', withNote(`Responded: ${item.Outcome ? shown('Outcome') : 'outcome not recorded'}${exemptions.length ? ` (${exemptions.join('; ')})` : ''}.`, 'WithdrawalReason'));
  event('PublishedDate', 'Published in the disclosure log.');
  event('InternalReviewRequestedDate', 'Internal review asked for.');
  if (!has('InternalReviewResponseDate')) deadline(deadlines?.reviewDueDate, 'Internal review due.');
  event('InternalReviewResponseDate', `Internal review answered${item.InternalReviewOutcome ? `: ${shown('InternalReviewOutcome').toLowerCase()}` : ''}.`);
  if (!has('IcoComplaintDate')) deadline(deadlines?.icoComplaintBy, 'Last day for a complaint to the ICO.');
  event('IcoComplaintDate', `Complaint to the ICO${item.IcoReference ? ` (${shown('IcoReference')})` : ''}.`);
  event('IcoDecisionDate', `ICO decision${item.IcoDecision ? `: ${shown('IcoDecision').toLowerCase()}` : ''}.`);
  const order = { event: 0, deadline: 1 };
  return events.map((entry, index) => ({ entry, index })).sort((a, b) => a.entry.date.localeCompare(b.entry.date) || order[a.entry.kind] - order[b.entry.kind] || a.index - b.index).map(({ entry }) => entry);
}
