import type { IsoDate } from '../calendar/isoDate';
import { addUkWorkingDays } from '../calendar/workingDays';
import { inSentence, isBlank } from '../lists/fieldValues';
import type { FieldDefinition } from '../lists/fields';
import { foiDirectorateDays } from '../settings/settings';
import type { FoiDeadlines } from './foiClock';
import { isAnswered, isOpen, type FoiItem } from './requestDeadlines';
import { publishedInWords } from './disclosureLog';
import { foiRequests } from '../registers/foiRequests';

export interface ActionContext {
  today: IsoDate;
  /** Working days a directorate has to send information back (the FOI log's setting). */
  directorateDays: number;
}

/**
 * One step of the FOI workflow: the few fields it asks for, what it sets without asking (the status, and
 * today's date as a starting value), and when it makes sense. Every field in `needs` must be filled in.
 */
export interface FoiAction {
  id: string;
  title: (item: FoiItem) => string;
  fields: readonly string[];
  needs: readonly string[];
  /** Values to start the form from: set fields keep them unless the person changes a shown one. */
  sets: (item: FoiItem, context: ActionContext) => Record<string, unknown>;
  availableWhen: (item: FoiItem, deadlines: FoiDeadlines | undefined) => boolean;
  /** A word about the values suggested, shown above the step's fields. */
  hint?: (context: ActionContext) => string;
}

const afterPause = (item: FoiItem): string => (item.DirectorateContact ? 'With directorate' : 'Received');
const blank = (item: FoiItem, name: string): boolean => isBlank(item[name]);
const open = (item: FoiItem, deadlines: FoiDeadlines | undefined): boolean => isOpen(item, deadlines);

export const foiActions: readonly FoiAction[] = [
  {
    id: 'assign',
    title: (item) => (item.DirectorateContact ? 'Reassign' : 'Assign to a directorate'),
    fields: ['Directorate', 'DirectorateContact', 'AssignedDate', 'InternalDeadline'],
    needs: ['Directorate', 'DirectorateContact', 'AssignedDate', 'InternalDeadline'],
    sets: (item, { today, directorateDays }) => ({
      AssignedDate: today,
      InternalDeadline: addUkWorkingDays(today, directorateDays),
      Status: 'With directorate'
    }),
    hint: ({ directorateDays }) =>
      `The directorate deadline suggested is ${directorateDays} working days from today (this site's setting "${foiDirectorateDays.title}"). Change it for this request if it needs longer or less.`,
    availableWhen: open
  },
  {
    id: 'clarify',
    title: () => 'Ask for clarification',
    fields: ['ClarificationRequestedDate', 'ClarificationQuestion'],
    needs: ['ClarificationRequestedDate'],
    sets: (_, { today }) => ({ ClarificationRequestedDate: today, Status: 'Awaiting clarification' }),
    availableWhen: (item, deadlines) => open(item, deadlines) && blank(item, 'ClarificationRequestedDate')
  },
  {
    id: 'clarified',
    title: () => 'Clarification received',
    fields: ['ClarificationReceivedDate'],
    needs: ['ClarificationReceivedDate'],
    sets: (item, { today }) => ({ ClarificationReceivedDate: today, Status: afterPause(item) }),
    availableWhen: (item) => !blank(item, 'ClarificationRequestedDate') && blank(item, 'ClarificationReceivedDate') && blank(item, 'ResponseDate')
  },
  {
    id: 'fee-notice',
    title: () => 'Issue a fees notice',
    fields: ['FeeNoticeDate', 'FeeAmount'],
    needs: ['FeeNoticeDate', 'FeeAmount'],
    sets: (_, { today }) => ({ FeeNoticeDate: today, Status: 'Awaiting fee' }),
    availableWhen: (item, deadlines) => open(item, deadlines) && item.Regime !== 'EIR' && blank(item, 'FeeNoticeDate')
  },
  {
    id: 'fee-paid',
    title: () => 'Fee received',
    fields: ['FeePaidDate'],
    needs: ['FeePaidDate'],
    sets: (item, { today }) => ({ FeePaidDate: today, Status: afterPause(item) }),
    availableWhen: (item) => !blank(item, 'FeeNoticeDate') && blank(item, 'FeePaidDate') && blank(item, 'ResponseDate')
  },
  {
    id: 'extend',
    title: (item) => (item.Regime === 'EIR' ? 'Extend: complex and voluminous' : 'Extend for the public interest test'),
    fields: ['ExtendedDate', 'PublicInterestExtension', 'ExtensionReason'],
    needs: ['ExtendedDate'],
    sets: (_, { today }) => ({ PublicInterestExtension: true, ExtendedDate: today }),
    availableWhen: (item, deadlines) => open(item, deadlines) && !item.PublicInterestExtension
  },
  {
    id: 'draft',
    title: () => 'Start drafting the response',
    fields: ['HandlingOfficer'],
    needs: ['HandlingOfficer'],
    sets: () => ({ Status: 'Drafting response' }),
    availableWhen: (item, deadlines) => open(item, deadlines) && item.Status !== 'Drafting response'
  },
  {
    id: 'respond',
    title: () => 'Respond',
    fields: ['ResponseDate', 'Outcome', 'Exemptions', 'PublicInterestTest'],
    needs: ['ResponseDate', 'Outcome'],
    sets: (_, { today }) => ({ ResponseDate: today, Status: 'Responded' }),
    availableWhen: open
  },
  {
    id: 'withdraw',
    title: () => 'Close as withdrawn or lapsed',
    fields: ['WithdrawalReason'],
    needs: ['WithdrawalReason'],
    sets: () => ({ Outcome: 'Withdrawn or lapsed', Status: 'Closed' }),
    availableWhen: open
  },
  {
    id: 'publish',
    title: () => 'Publish in the disclosure log',
    fields: ['PublishedDate'],
    needs: ['PublishedDate'],
    sets: (_, { today }) => ({ PublishedDate: today }),
    hint: () => `The disclosure log shows only the ${publishedInWords(foiRequests.fields)}: never who asked, nor their words.`,
    availableWhen: (item) => isAnswered(item) && blank(item, 'PublishedDate')
  },
  {
    id: 'review',
    title: () => 'Log an internal review request',
    fields: ['InternalReviewRequestedDate'],
    needs: ['InternalReviewRequestedDate'],
    sets: (_, { today }) => ({ InternalReviewRequestedDate: today, Status: 'Internal review' }),
    availableWhen: (item) => isAnswered(item) && blank(item, 'InternalReviewRequestedDate')
  },
  {
    id: 'review-answered',
    title: () => 'Record the review’s outcome',
    fields: ['InternalReviewResponseDate', 'InternalReviewOutcome'],
    needs: ['InternalReviewResponseDate', 'InternalReviewOutcome'],
    sets: (_, { today }) => ({ InternalReviewResponseDate: today, Status: 'Closed' }),
    availableWhen: (item) => !blank(item, 'InternalReviewRequestedDate') && blank(item, 'InternalReviewResponseDate')
  },
  {
    id: 'ico-complaint',
    title: () => 'Log an ICO complaint',
    fields: ['IcoComplaintDate', 'IcoReference'],
    needs: ['IcoComplaintDate'],
    sets: (_, { today }) => ({ IcoComplaintDate: today, Status: 'ICO complaint' }),
    availableWhen: (item) => isAnswered(item) && blank(item, 'IcoComplaintDate')
  },
  {
    id: 'ico-decision',
    title: () => 'Record the ICO’s decision',
    fields: ['IcoDecisionDate', 'IcoDecision'],
    needs: ['IcoDecisionDate', 'IcoDecision'],
    sets: (_, { today }) => ({ IcoDecisionDate: today, Status: 'Closed' }),
    availableWhen: (item) => !blank(item, 'IcoComplaintDate') && blank(item, 'IcoDecision')
  }
];

/** The actions that make sense for a request now, in workflow order. */
export function availableActions(item: FoiItem, deadlines: FoiDeadlines | undefined): FoiAction[] {
  return foiActions.filter((action) => action.availableWhen(item, deadlines));
}

/** "Enter the clarification requested" for each needed field left blank, by field. */
export function missingForAction(action: FoiAction, values: FoiItem, fields: Readonly<Record<string, FieldDefinition>>): Record<string, string> {
  return Object.fromEntries(
    action.needs.filter((name) => isBlank(values[name])).map((name) => [name, `Enter ${inSentence(fields[name].title)}: ${action.title(values).toLowerCase()} needs it.`])
  );
}
