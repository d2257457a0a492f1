import type { SharePointProblem } from '../../data/sharePointProblem';
import type { Register } from '../../domain/lists/defineList';
import { columnValidation } from '../../domain/lists/sharePointValidation';

/**
 * Why SharePoint did not save an item, for the person who typed it: who may change the list when it was
 * a matter of permission (a membership taken away while the form was open), SharePoint's words otherwise.
 */
export function refusalMessage(register: Register, noun: string, problem: SharePointProblem): string {
  if (problem.kind === 'denied') {
    const who = register.editableOnlyBy ? `only members of the ${register.editableOnlyBy} group can change ${register.title}` : `you do not have permission to change ${register.title}`;
    return `SharePoint refused the change: ${who}. Nothing was saved, and what you typed is still here. Ask a site owner if you should have access.`;
  }
  if (problem.kind === 'signedOut') return 'You have been signed out, so nothing was saved. Sign in again in another tab, then save: what you typed is still here.';
  if (problem.kind === 'unreachable' || problem.kind === 'busy') return `SharePoint could not be reached or was too busy, so the ${noun} was not saved. What you typed is still here: try again in a minute.`;
  return `SharePoint did not save the ${noun}: ${problem.detail}`;
}

/**
 * A refusal as a form's messages: beside the field when SharePoint's words are that column's own
 * validation message (the column's check, which edits made outside Custodian also meet), else for the whole form.
 */
export function refusalMessages(register: Register, noun: string, problem: SharePointProblem): Record<string, string> {
  const field = Object.entries(register.fields).find(([name, definition]) => columnValidation(name, definition)?.message === problem.detail.trim());
  return field ? { [field[0]]: problem.detail.trim() } : { '': refusalMessage(register, noun, problem) };
}
