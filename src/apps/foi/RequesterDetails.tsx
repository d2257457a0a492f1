import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner } from '@fluentui/react';
import type { Saved } from '../../domain/lists/itemQuery';
import type { Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { displayValue } from '../../domain/lists/displayValue';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { RegisterForm } from '../../ui/form/RegisterForm';
import type { PersonOption } from '../../ui/form/FieldInput';
import { nameAmong, useSavePolicy } from '../../ui/form/useSavePolicy';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import { draftKeyFor, newRequesterFields, requesterRegister, type FoiRequester } from './foiRegister';
import { browserDrafts } from '../../ui/form/browserDrafts';

export interface RequesterDetailsProps {
  requester: { id: number; title?: string } | null;
  officer: boolean;
  repository: Repository<FoiRequester>;
  siteUrl: string;
  today: IsoDate;
  /** The site's people: a merge says which officer changed the details. */
  people: readonly PersonOption[];
}

const drafts = browserDrafts();
const refused = (error: unknown): boolean => [401, 403, 404].includes((error as { status?: number }).status ?? 0);

/** Who asked, for FOI officers; for anyone else, a kind word on why they cannot see it. */
export function RequesterDetails({ requester, officer, repository, siteUrl, today, people }: RequesterDetailsProps): JSX.Element {
  const [loaded, reload] = useLoad(async () => (requester && officer ? repository.getById(requester.id) : undefined));
  const [editing, setEditing] = React.useState(false);
  const [saved, setSaved] = React.useState<Saved<FoiRequester> | undefined>();
  const details = React.useRef<HTMLDivElement>(null);
  const edits = useSavePolicy({
    register: requesterRegister,
    repository,
    noun: 'requester',
    nameOf: nameAmong(people),
    onSaved: (next) => {
      setSaved(next);
      setEditing(false);
    },
    onBack: setSaved
  });
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
  const item: Readonly<Record<string, unknown>> = current?.item ?? {};
  if (edits.mergeView) return edits.mergeView;
  if (editing && current) {
    return (
      <RegisterForm
        key={current.etag}
        register={requesterRegister}
        initial={item}
        mode="edit"
        today={today}
        people={[]}
        only={newRequesterFields}
        drafts={{ store: drafts, key: draftKeyFor(`requester:${current.id}`) }}
        saveText="Save the requester"
        onSave={(values) => edits.save(current, values)}
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
