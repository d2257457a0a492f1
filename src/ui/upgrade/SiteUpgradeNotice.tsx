import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, DefaultButton, ProgressIndicator, Text, mergeStyleSets } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import type { SPFI } from '@pnp/sp';
import type { Register } from '../../domain/lists/defineList';
import type { ProvisionPlan } from '../../data/provisioning';
import { checkSite, upgradeSite } from '../../data/siteUpgrade';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { countOf } from '../../domain/countOf';
import { registers } from '../../domain/registers';
import { SharePointProblemMessage } from '../SharePointProblemMessage';
import { useLoad } from '../useLoad';

export interface SiteUpgradeNoticeProps {
  sp: SPFI;
  siteUrl: string;
  /** Called once the site is current again, so that the app reads its lists afresh. */
  onUpgraded: () => void;
}

type Applying =
  | { state: 'idle' }
  | { state: 'running'; done: number }
  | { state: 'done'; applied: number; remaining: ProvisionPlan }
  | { state: 'failed'; done: number; error: unknown };

const styles = mergeStyleSets({
  notice: { margin: '8px 0 16px' },
  heading: { fontSize: 14, fontWeight: 600, margin: '12px 0 4px' },
  list: { margin: '0 0 8px', paddingLeft: 20, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }
});

const all: readonly Register[] = registers;

function Sentences({ heading, lines }: { heading: string; lines: readonly string[] }): JSX.Element | null {
  // Two Custodian web parts on one page each show the notice: ids must not collide.
  const headingId = useId('site-upgrade-heading');
  if (!lines.length) return null;
  return (
    <>
      <h3 className={styles.heading} id={headingId}>
        {heading}
      </h3>
      <ul className={styles.list} aria-labelledby={headingId}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Tells whoever opens a web part that the site's lists are behind the registers this release was built
 * with. A site owner sees what will change and what needs a person, and makes the safe changes with one
 * button and a progress bar; anyone else is asked to fetch an owner, and the app keeps working meanwhile.
 * Loaded only after the app's first screen, and only shown when there is something to say.
 */
export function SiteUpgradeNotice({ sp, siteUrl, onUpgraded }: SiteUpgradeNoticeProps): JSX.Element | null {
  const [site, recheck] = useLoad(() => checkSite(sp, all));
  const [showDetails, setShowDetails] = React.useState(false);
  const [applying, setApplying] = React.useState<Applying>({ state: 'idle' });
  const outcomeRef = React.useRef<HTMLDivElement>(null);
  const detailsId = useId('site-upgrade-details');

  React.useEffect(() => {
    if (applying.state === 'done' || applying.state === 'failed') outcomeRef.current?.focus();
  }, [applying.state]);

  if (site.state === 'loading') return null;
  // The check is a courtesy on top of a working app: if it cannot be made, the app goes on without it.
  if (site.state === 'failed') return null;

  if (applying.state === 'done') {
    return (
      <div className={styles.notice} ref={outcomeRef} tabIndex={-1}>
        <MessageBar messageBarType={applying.remaining.changes.length ? MessageBarType.warning : MessageBarType.success} isMultiline>
          <strong>{applying.remaining.changes.length ? 'The site was partly updated.' : 'The site is up to date.'}</strong>{' '}
          {countOf(applying.applied, 'change')} made.
          <Sentences heading="Still for a person to decide" lines={applying.remaining.needsPerson} />
        </MessageBar>
      </div>
    );
  }
  if (site.value.kind === 'current') return null;
  const { plan, owner } = site.value;

  if (!owner) {
    return (
      <div className={styles.notice}>
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          <strong>This site needs an update for this version of Custodian.</strong> Ask a site owner to open this page and apply it. Everything
          else here keeps working meanwhile.
        </MessageBar>
      </div>
    );
  }

  const apply = async (): Promise<void> => {
    setApplying({ state: 'running', done: 0 });
    let done = 0;
    try {
      const result = await upgradeSite(sp, all, plan, (count) => {
        done = count;
        setApplying({ state: 'running', done: count });
      });
      setApplying({ state: 'done', applied: result.applied.length, remaining: result.remaining });
      if (!result.remaining.changes.length) onUpgraded();
    } catch (error) {
      setApplying({ state: 'failed', done, error });
    }
  };

  const total = plan.changes.length;
  return (
    <div className={styles.notice}>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <strong>This site’s lists are behind this version of Custodian.</strong> {countOf(total, 'change')} can be made safely now
        {plan.needsPerson.length ? `; ${plan.needsPerson.length.toLocaleString('en-GB')} ${plan.needsPerson.length === 1 ? 'needs' : 'need'} a person` : ''}.
        Until then, parts of the apps that use what is missing may not work.
        {applying.state === 'idle' && (
          <div className={styles.actions}>
            <DefaultButton aria-expanded={showDetails} aria-controls={detailsId} onClick={() => setShowDetails((shown) => !shown)}>
              {showDetails ? 'Hide the changes' : 'Review the changes'}
            </DefaultButton>
            <PrimaryButton onClick={apply}>Update the site now</PrimaryButton>
          </div>
        )}
        {showDetails && (
          <div id={detailsId}>
            <Sentences heading="What will change" lines={plan.changes.map((change) => change.action)} />
            <Sentences heading="What needs a person (left as it is)" lines={plan.needsPerson} />
          </div>
        )}
      </MessageBar>
      {applying.state === 'running' && (
        <ProgressIndicator
          label="Updating the site…"
          description={<span role="status">{`${applying.done} of ${total} done${applying.done < total ? `: ${plan.changes[applying.done].action}` : ''}`}</span>}
          percentComplete={total ? applying.done / total : 1}
        />
      )}
      {applying.state === 'failed' && (
        <div ref={outcomeRef} tabIndex={-1}>
          <Text as="p" block>
            The update stopped at “{plan.changes[applying.done]?.action}”. The {countOf(applying.done, 'change')} before it were made; nothing after it was.
          </Text>
          <SharePointProblemMessage
            problem={describeSharePointProblem(applying.error)}
            siteUrl={siteUrl}
            onRetry={() => {
              setApplying({ state: 'idle' });
              recheck();
            }}
          />
        </div>
      )}
    </div>
  );
}
