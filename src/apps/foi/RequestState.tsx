import * as React from 'react';
import { FontIcon, mergeStyleSets } from '@fluentui/react';
import type { FoiDeadlines } from '../../domain/foi/foiClock';
import { countOf } from '../../domain/countOf';
import { ukDate } from '../../domain/lists/displayValue';

const styles = mergeStyleSets({ state: { display: 'inline-flex', alignItems: 'center', gap: 6 }, icon: { fontSize: 14 } });

/**
 * Where a request stands on the clock, in words with an icon: never colour alone. `short` drops the date
 * and the word "working", for a grid's narrow cell (the view says its days are working days).
 */
export function stateOf(deadlines: FoiDeadlines | undefined, responded: boolean, short = false): { icon: string; text: string } {
  if (!deadlines) return { icon: 'Unknown', text: 'No date received' };
  const due = deadlines.extendedDueDate ?? deadlines.dueDate;
  const days = short ? 'day' : 'working day';
  const when = short ? '' : ` (due ${ukDate(due)})`;
  switch (deadlines.state) {
    case 'awaiting clarification':
      return { icon: 'CirclePause', text: short ? 'Paused' : 'Paused: awaiting clarification' };
    case 'awaiting fee':
      return { icon: 'CirclePause', text: short ? 'Paused' : 'Paused: awaiting the fee' };
    case 'closed':
      return responded ? { icon: 'Completed', text: 'Closed' } : { icon: 'Cancel', text: 'Closed unanswered' };
    case 'responded':
    case 'in review':
      return deadlines.onTime ? { icon: 'CheckMark', text: 'Answered on time' } : { icon: 'Warning', text: 'Answered late' };
    default: {
      const left = deadlines.workingDaysLeft ?? 0;
      // Past the date, even on a weekend after a Friday deadline, when no working day has gone by yet.
      if (deadlines.onTime === false) return { icon: 'Warning', text: left < 0 ? `Overdue by ${countOf(-left, days)}${when}` : `Overdue${when}` };
      if (left === 0) return { icon: 'Clock', text: `Due today${short ? '' : ` (${ukDate(due)})`}` };
      return { icon: 'Clock', text: `${countOf(left, days)} left${when}` };
    }
  }
}

export function RequestState({ deadlines, responded, short }: { deadlines: FoiDeadlines | undefined; responded: boolean; short?: boolean }): JSX.Element {
  const { icon, text } = stateOf(deadlines, responded, short);
  return (
    <span className={styles.state}>
      <FontIcon iconName={icon} className={styles.icon} aria-hidden />
      {text}
    </span>
  );
}
