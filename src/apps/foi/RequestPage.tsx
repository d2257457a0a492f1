import * as React from 'react';
import { DefaultButton, mergeStyleSets, Pivot, PivotItem, Spinner, Stack, TextField, useTheme } from '@fluentui/react';
import type { Saved } from '../../domain/lists/itemQuery';
import type { Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { availableActions, missingForAction, type FoiAction } from '../../domain/foi/foiActions';
import { foiTimeline } from '../../domain/foi/foiTimeline';
import { deadlinesOf } from '../../domain/foi/requestDeadlines';
import { longUkDate } from '../../domain/calendar/longDates';
import type { PersonOption } from '../../ui/form/FieldInput';
import { browserDrafts } from '../../ui/form/browserDrafts';
import { RegisterForm, type SaveResult } from '../../ui/form/RegisterForm';
import { nameAmong, useSavePolicy } from '../../ui/form/useSavePolicy';
import { ItemHistory } from '../../ui/form/ItemHistory';
import { ReportSection as Section } from '../../ui/report/ReportSection';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import type { Services } from '../services';
import { draftKeyFor, requestRegister as register, type FoiRequest, type FoiRequester } from './foiRegister';
import { RequesterDetails } from './RequesterDetails';
import { RequestState } from './RequestState';

const drafts = browserDrafts();
const styles = mergeStyleSets({
  columns: { display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' },
  dates: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px', margin: '8px 0' },
  term: { fontWeight: 600 },
  value: { margin: 0 },
  timeline: { listStyle: 'none', padding: 0, margin: '8px 0' },
  event: { padding: '4px 0', display: 'grid', gridTemplateColumns: '8.5em 1fr', gap: 8 },
  heading: { fontSize: 20, fontWeight: 600, margin: '0 0 4px', overflowWrap: 'anywhere' }
});

export interface RequestPageProps {
  id: number;
  initialNotice?: string;
  services: Services;
  repository: Repository<FoiRequest>;
  requesterRepository: Repository<FoiRequester>;
  officer: boolean;
  canChange: boolean;
  people: readonly PersonOption[];
  today: IsoDate;
  directorateDays: number;
  onSaved: (saved: Saved<FoiRequest>) => void;
  onClose: () => void;
}

/** One request: where it stands on the clock and why, who asked (for officers), the next steps, and what happened. */
export function RequestPage(props: RequestPageProps): JSX.Element {
  const { id, services, repository, today } = props;
  const theme = useTheme();
  const [loaded, reload] = useLoad(() => repository.getById(id));
  const [current, setCurrent] = React.useState<Saved<FoiRequest> | undefined>();
  const [notice, setNotice] = React.useState<string | undefined>(props.initialNotice);
  const [action, setAction] = React.useState<FoiAction | undefined>();
  const [editing, setEditing] = React.useState(false);
  // Kept while a merge takes the page's place, so the person comes back to the tab they saved from.
  const [tab, setTab] = React.useState('clock');
  const actionRef = React.useRef<HTMLDivElement>(null);
  const saved = current ?? (loaded.state === 'ready' ? loaded.value : undefined);
  // What to say once the change in hand is saved (typed, or merged with someone else's): which step was done.
  const doneMessage = React.useRef<(next: Saved<FoiRequest>) => string>(() => 'Changes saved.');
  const afterSave = (next: Saved<FoiRequest>, message: string): void => {
    setCurrent(next);
    props.onSaved(next);
    setAction(undefined);
    setEditing(false);
    setNotice(message);
  };
  const edits = useSavePolicy({
    register,
    repository,
    noun: 'request',
    nameOf: nameAmong(props.people),
    onSaved: (next) => afterSave(next, doneMessage.current(next)),
    onBack: setCurrent
  });

  React.useEffect(() => {
    if (action) actionRef.current?.querySelector<HTMLElement>('input, textarea, button[role="combobox"], [role="combobox"], button')?.focus();
  }, [action]);

  if (!saved) {
    if (loaded.state === 'failed') return <SharePointProblemMessage problem={describeSharePointProblem(loaded.error)} siteUrl={services.siteUrl} onRetry={reload} />;
    return <Spinner label="Reading the request…" />;
  }

  const item = saved.item;
  const deadlines = deadlinesOf(item, today);
  const link = services.links.linkTo(String(saved.id));
  // The workflow is the FOI officers': a directorate contact gathers the information and sees the deadline.
  const actions = props.canChange ? availableActions(item, deadlines) : [];
  const context = { today, directorateDays: props.directorateDays };

  const stateSentence = (values: Record<string, unknown>): string => {
    const next = deadlinesOf(values, today);
    if (!next) return '';
    if (next.state === 'awaiting clarification' || next.state === 'awaiting fee') return 'The clock is stopped.';
    if (next.state === 'open') return `Due ${longUkDate(next.extendedDueDate ?? next.dueDate)}.`;
    return `Status: ${String(values.Status)}.`;
  };

  const save = (done: (next: Saved<FoiRequest>) => string): ((values: Record<string, unknown>) => Promise<SaveResult>) => (values: Record<string, unknown>): Promise<SaveResult> => {
    doneMessage.current = done;
    return edits.save(saved, values);
  };

  const runAction = (chosen: FoiAction): ((values: Record<string, unknown>) => Promise<SaveResult>) => async (values: Record<string, unknown>): Promise<SaveResult> => {
    const missing = missingForAction(chosen, values, register.fields);
    if (Object.keys(missing).length) return { ok: false, messages: missing };
    return save((next) => `${chosen.title(item)}: done. ${stateSentence(next.item)}`)(values);
  };

  const dates: Array<[string, string | undefined]> = deadlines
    ? [
        [deadlines.extendedDueDate ? 'Refusal or extension notice due' : 'Due', deadlines.state === 'awaiting clarification' || deadlines.state === 'awaiting fee' ? undefined : longUkDate(deadlines.dueDate)],
        ['Extended due date', deadlines.extendedDueDate && longUkDate(deadlines.extendedDueDate)],
        ['Directorate deadline', typeof item.InternalDeadline === 'string' ? longUkDate(item.InternalDeadline) : undefined],
        ['Internal review due', deadlines.reviewDueDate && longUkDate(deadlines.reviewDueDate)],
        ['ICO complaint possible until', deadlines.icoComplaintBy && longUkDate(deadlines.icoComplaintBy)]
      ]
    : [];

  return (
    <div>
      <DismissibleMessage kind="success" message={notice} onDismiss={() => setNotice(undefined)} takeFocus />
      <h2 className={styles.heading}>
        {String(item.Reference)}: {String(item.Title)}
      </h2>
      <p style={{ margin: '0 0 12px' }}>
        {String(item.Regime)} · {String(item.Status)} · <RequestState deadlines={deadlines} responded={Boolean(item.ResponseDate)} />
      </p>
      {edits.mergeView}
      {!edits.merge && (
      <Pivot aria-label="Request" overflowBehavior="menu" overflowAriaLabel="More about this request" selectedKey={tab} onLinkClick={(link) => link?.props.itemKey && setTab(link.props.itemKey)}>
        <PivotItem headerText="Clock and actions" itemKey="clock">
          <div className={styles.columns}>
            <Section title="Dates">
              <dl className={styles.dates}>
                {dates
                  .filter((entry): entry is [string, string] => entry[1] !== undefined)
                  .map(([term, value]) => (
                    <React.Fragment key={term}>
                      <dt className={styles.term}>{term}</dt>
                      <dd className={styles.value}>{value}</dd>
                    </React.Fragment>
                  ))}
              </dl>
              <h4 style={{ margin: '12px 0 4px' }}>Why these dates</h4>
              <ul style={{ margin: 0, paddingLeft: 20 }} aria-label="Why these dates">
                {(deadlines?.explanation ?? ['No date received is recorded, so the clock cannot be worked out.']).map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            </Section>
            <Section title="Who asked">
              <RequesterDetails
                requester={(item.Requester as { id: number; title?: string } | null) ?? null}
                officer={props.officer}
                repository={props.requesterRepository}
                siteUrl={services.siteUrl}
                today={today}
                people={props.people}
              />
            </Section>
          </div>
          <Section title="Next steps">
            {!props.canChange && (
              <p>
                The FOI officers take the request through its steps.
                {typeof item.InternalDeadline === 'string' && ` Please send them the information by ${longUkDate(item.InternalDeadline)}.`}
              </p>
            )}
            {props.canChange && actions.length === 0 && <p>Nothing is waiting on this request.</p>}
            <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label="Next steps">
              {actions.map((candidate) => (
                <DefaultButton
                  key={candidate.id}
                  text={candidate.title(item)}
                  aria-expanded={action?.id === candidate.id}
                  checked={action?.id === candidate.id}
                  onClick={() => setAction(action?.id === candidate.id ? undefined : candidate)}
                />
              ))}
            </Stack>
            {action && (
              <div ref={actionRef} style={{ marginTop: 16, padding: 16, border: `1px solid ${theme.semanticColors.bodyDivider}` }} role="region" aria-label={action.title(item)}>
                {action.hint && <p style={{ marginTop: 0 }}>{action.hint(context)}</p>}
                <RegisterForm
                  key={action.id}
                  register={register}
                  initial={{ ...item, ...action.sets(item, context) }}
                  mode="edit"
                  today={today}
                  people={props.people}
                  only={action.fields}
                  drafts={{ store: drafts, key: draftKeyFor(`action:${action.id}:${saved.id}`) }}
                  saveText={action.title(item)}
                  onSave={runAction(action)}
                  onClose={() => setAction(undefined)}
                />
              </div>
            )}
          </Section>
          <Section title="Timeline">
            <ol className={styles.timeline}>
              {foiTimeline(item, deadlines, register.fields).map((entry, index) => (
                <li key={index} className={styles.event}>
                  <span>{longUkDate(entry.date).replace(/^\w+ /, '')}</span>
                  <span>
                    {entry.kind === 'deadline' ? (entry.date < today ? 'Deadline (passed): ' : 'Deadline: ') : ''}
                    {entry.text}
                  </span>
                </li>
              ))}
            </ol>
          </Section>
        </PivotItem>
        <PivotItem headerText="All details" itemKey="details">
          <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { margin: '12px 0' } }} verticalAlign="end">
            {props.canChange && !editing && <DefaultButton iconProps={{ iconName: 'Edit' }} text="Edit" onClick={() => setEditing(true)} />}
            <TextField label="Link to this request" readOnly value={link} styles={{ root: { flexGrow: 1, minWidth: 220 } }} />
            <DefaultButton iconProps={{ iconName: 'Link' }} text="Copy link" onClick={() => {
                navigator.clipboard?.writeText(link).catch(() => undefined);
              }}
            />
          </Stack>
          <RegisterForm
            key={`${saved.etag}-${String(editing)}`}
            register={register}
            initial={item}
            mode={editing ? 'edit' : 'view'}
            today={today}
            people={props.people}
            drafts={editing ? { store: drafts, key: draftKeyFor(`edit:${saved.id}`) } : undefined}
            onSave={save(() => 'Changes saved.')}
            onClose={() => (editing ? setEditing(false) : props.onClose())}
          />
        </PivotItem>
        <PivotItem headerText="History" itemKey="history">
          <ItemHistory sp={services.sp} siteUrl={services.siteUrl} register={register} itemId={id} />
        </PivotItem>
      </Pivot>
      )}
    </div>
  );
}
