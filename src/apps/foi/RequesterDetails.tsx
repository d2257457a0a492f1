import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner } from '@fluentui/react';
import type { Saved } from '../../domain/lists/itemQuery';
import type { Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { displayValue } from '../../domain/lists/displayValue';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { RegisterForm, type SaveResult } from '../../ui/form/RegisterForm';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import { newRequesterFields, requesterRegister, type FoiRecord } from './foiRegister';
import { refusalMessage } from '../../ui/form/refusalMessage';

export interface RequesterDetailsProps {
  requester: { id: number; title?: string } | null;
  officer: boolean;
  repository: Repository<FoiRecord>;
  siteUrl: string;
  today: IsoDate;
}

const refused = (error: unknown): boolean => [401, 403, 404].includes((error as { status?: number }).status ?? 0);

/** Who asked, for FOI officers; for anyone else, a kind word on why they cannot see it. */
export function RequesterDetails({ requester, officer, repository, siteUrl, today }: RequesterDetailsProps): JSX.Element {
  const [loaded, reload] = useLoad(async () => (requester && officer ? repository.getById(requester.id) : undefined));
  const [editing, setEditing] = React.useState(false);
  const [saved, setSaved] = React.useState<Saved<FoiRecord> | undefined>();
  const details = React.useRef<HTMLDivElement>(null);
  // After a save the form is gone: focus goes to the details it saved, not to the page.
  React.useEffect(() => {
    if (saved) details.current?.focus();
  }, [saved]);
  if (!requester) return <p>No requester is recorded for this request.</p>;
  const onlyOfficers = (
    <MessageBar messageBarType={MessageBarType.info}>
      Only FOI officers can see who asked. FOI is applicant-blind: the answer is the same whoever asked, so the information you gather does not
      depend on it. The requester’s reference is {requester.title ?? 'recorded'}.
    </MessageBar>
  );
  if (!officer) return onlyOfficers;
  if (loaded.state === 'loading') return <Spinner label="Reading who asked…" />;
  if (loaded.state === 'failed') {
    return refused(loaded.error) ? onlyOfficers : <SharePointProblemMessage problem={describeSharePointProblem(loaded.error)} siteUrl={siteUrl} onRetry={reload} />;
  }
  const current = saved ?? loaded.value;
  const item = current?.item ?? {};
  if (editing && current) {
    const save = async (values: FoiRecord): Promise<SaveResult> => {
      const outcome = await repository.update(current, values);
      if (outcome.kind === 'invalid') return { ok: false, messages: outcome.messages };
      if (outcome.kind === 'refused') return { ok: false, messages: { '': refusalMessage(requesterRegister, 'requester', outcome.problem) } };
      if (outcome.kind === 'conflict') throw new Error('another FOI officer changed these details since you opened them; close and look again');
      setSaved(outcome.saved);
      setEditing(false);
      return { ok: true };
    };
    return (
      <RegisterForm
        register={requesterRegister}
        initial={item}
        mode="edit"
        today={today}
        people={[]}
        only={newRequesterFields}
        saveText="Save the requester"
        onSave={save}
        onClose={() => setEditing(false)}
      />
    );
  }
  return (
    <div ref={details} tabIndex={-1}>
      <dl style={{ margin: 0 }}>
        <dt style={{ fontWeight: 600 }}>Reference</dt>
        <dd style={{ margin: '0 0 8px' }}>{String(item.Title ?? requester.title ?? '')}</dd>
        {newRequesterFields.map((name) => (
          <React.Fragment key={name}>
            <dt style={{ fontWeight: 600 }}>{requesterRegister.fields[name].title}</dt>
            <dd style={{ margin: '0 0 8px', whiteSpace: 'pre-wrap' }}>{displayValue(requesterRegister.fields[name], item[name]) || 'Not recorded'}</dd>
          </React.Fragment>
        ))}
      </dl>
      {current && <DefaultButton iconProps={{ iconName: 'Edit' }} text="Edit who asked" onClick={() => setEditing(true)} />}
    </div>
  );
}
