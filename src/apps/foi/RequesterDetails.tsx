import * as React from 'react';
import { MessageBar, MessageBarType, Spinner } from '@fluentui/react';
import type { Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { displayValue } from '../../domain/lists/displayValue';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import { newRequesterFields, requesterRegister, type FoiRecord } from './foiRegister';

export interface RequesterDetailsProps {
  requester: { id: number; title?: string } | null;
  officer: boolean;
  repository: Repository<FoiRecord>;
  siteUrl: string;
}

const refused = (error: unknown): boolean => [401, 403, 404].includes((error as { status?: number }).status ?? 0);

/** Who asked, for FOI officers; for anyone else, a kind word on why they cannot see it. */
export function RequesterDetails({ requester, officer, repository, siteUrl }: RequesterDetailsProps): JSX.Element {
  const [loaded, reload] = useLoad(async () => (requester && officer ? repository.getById(requester.id) : undefined));
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
  const item = loaded.value?.item ?? {};
  return (
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
  );
}
