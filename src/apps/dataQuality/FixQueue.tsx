import * as React from 'react';
import { DefaultButton, Link, mergeStyleSets, MessageBar, MessageBarType, Spinner, Stack, Text } from '@fluentui/react';
import type { Register } from '../../domain/lists/defineList';
import type { Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { formatLondonDateTime } from '../../domain/clock';
import { displayValue, formatCount } from '../../domain/lists/displayValue';
import type { ItemRecord, Saved, Values } from '../../domain/lists/itemQuery';
import type { QueueEntry } from '../../domain/quality/fixQueue';
import type { PersonOption } from '../../ui/form/FieldInput';
import { RegisterForm, type DraftStore } from '../../ui/form/RegisterForm';
import { useSavePolicy } from '../../ui/form/useSavePolicy';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { ExceptionForm, type ExceptionChoice } from './ExceptionForm';
import { useWholeItem } from './useWholeItem';

export interface FixQueueProps {
  queue: readonly QueueEntry[];
  /** Each item as the run read it: what the checks need. The item shown is read whole. */
  records: ReadonlyMap<number, ItemRecord<Values>>;
  register: Register;
  repository: Repository<Values>;
  people: readonly PersonOption[];
  drafts: DraftStore;
  today: IsoDate;
  /** The item to start at (from a link or the drill-down); the first otherwise. */
  startAt?: number;
  /** The rule being worked, if one was chosen. */
  ruleId?: string;
  nameOf: (userId: number) => string;
  linkTo: (itemId: number) => string;
  /** The item in its own list, where every field and its version history can be seen. */
  listFormOf: (itemId: number) => string;
  /** The site, for a message when the item cannot be read. */
  siteUrl: string;
  /** Resolves with a warning when the item was saved but something after it was not. */
  onSaved: (entry: QueueEntry, before: Saved<Values>, after: Saved<Values>) => Promise<string | undefined>;
  /** Someone else’s newer version of an item, read while the queue showed it or the item before it. */
  onRefreshed: (record: Saved<Values>) => void;
  /** Absent when SharePoint would not let the person record an exception. */
  onExcept?: (entry: QueueEntry, choice: ExceptionChoice) => Promise<Record<string, string> | undefined>;
  /** Whether SharePoint lets the person change the register's items: a reader sees what is wrong, and no form. */
  canFix: boolean;
}

type Mode = { kind: 'fix' } | { kind: 'except' };

const styles = mergeStyleSets({
  facts: { display: 'grid', gap: '4px 16px', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', margin: '8px 0 12px' },
  term: { fontWeight: 600 },
  fact: { margin: 0, overflowWrap: 'anywhere' },
  failures: { margin: '8px 0 16px', paddingLeft: 20 },
  heading: { margin: '12px 0 4px', outline: 'none' }
});

/** The entry to show: the one asked for, else the next after it (it was just fixed), else the first. */
function entryAt(queue: readonly QueueEntry[], itemId: number | undefined): QueueEntry | undefined {
  if (itemId === undefined) return queue[0];
  return queue.find((entry) => entry.itemId === itemId) ?? queue.find((entry) => entry.itemId > itemId) ?? queue[0];
}

/**
 * One failing item at a time: what is wrong in plain English, only the fields that put it right, saved with
 * its ETag (someone else's newer change is merged, never overwritten), then on to the next. A steward can
 * instead record why a rule does not apply.
 */
export function FixQueue(props: FixQueueProps): JSX.Element {
  const { queue, records, register, repository, people, drafts, today, startAt, ruleId, nameOf, linkTo, listFormOf, siteUrl, onSaved, onRefreshed, onExcept, canFix } = props;
  const [currentId, setCurrentId] = React.useState<number | undefined>(startAt);
  const [mode, setMode] = React.useState<Mode>({ kind: 'fix' });
  const [notice, setNotice] = React.useState<string | undefined>();
  const [problem, setProblem] = React.useState<string | undefined>();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const exceptButtonRef = React.useRef<HTMLButtonElement>(null);
  // Set when an exception form is cancelled: focus goes back to the button that opened it.
  const [backFromException, setBackFromException] = React.useState(false);
  const [moves, setMoves] = React.useState(0);
  // Bumped to start the form again from the saved item, dropping what was typed.
  const [resets, setResets] = React.useState(0);

  const entry = entryAt(queue, currentId);
  const position = entry ? queue.indexOf(entry) : -1;
  const listed = entry ? records.get(entry.itemId) : undefined;
  const following = position >= 0 && position < queue.length - 1 ? records.get(queue[position + 1].itemId) : undefined;
  const [whole, readAgain] = useWholeItem(repository, listed, following, onRefreshed);
  const saved = whole?.state === 'ready' ? whole.value : undefined;
  const titleOf = (record: ItemRecord<Values>): string => displayValue(register.fields.Title, record.item.Title) || `Item ${record.id}`;
  const goTo = (target: QueueEntry | undefined, message?: string): void => {
    setMoves((count) => count + 1);
    setNotice(message);
    setProblem(undefined);
    setMode({ kind: 'fix' });
    setCurrentId(target?.itemId);
  };
  const draftKeyOf = (itemId: number): string => `quality:${register.name}:${itemId}`;
  const edits = useSavePolicy({
    register,
    repository,
    noun: 'item',
    nameOf,
    onSaved: async (after, before) => {
      if (!entry) return;
      drafts.clear(draftKeyOf(before.id));
      const warning = await onSaved(entry, before, after);
      goTo(entry, `Saved ${titleOf(after)}.`);
      setProblem(warning);
    },
    onBack: onRefreshed,
    forgetDraft: (itemId) => drafts.clear(draftKeyOf(itemId)),
    showing: listed?.id
  });

  // After a save, skip or exception, the next item's heading takes focus, so the keyboard carries on from it.
  React.useEffect(() => {
    if (moves > 0) headingRef.current?.focus();
  }, [moves]);

  React.useEffect(() => {
    if (backFromException && mode.kind === 'fix') {
      exceptButtonRef.current?.focus();
      setBackFromException(false);
    }
  }, [backFromException, mode.kind]);


  if (!entry || !listed) {
    return (
      <MessageBar messageBarType={MessageBarType.success} role="status">
        {notice ? `${notice} ` : ''}Nothing left to fix for the rules chosen.
      </MessageBar>
    );
  }

  const draftKey = draftKeyOf(listed.id);

  const except = async (choice: ExceptionChoice): Promise<Record<string, string> | undefined> => {
    if (!onExcept) return { '': 'You do not have permission to record exceptions.' };
    const messages = await onExcept(entry, choice);
    if (!messages) goTo(entry, `Exception recorded for ${titleOf(listed)}.`);
    return messages;
  };

  return (
    <div>
      <DismissibleMessage kind="success" message={notice} onDismiss={() => setNotice(undefined)} />
      <DismissibleMessage kind="error" message={problem} onDismiss={() => setProblem(undefined)} />
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
        <Text>
          Item {formatCount(position + 1)} of {formatCount(queue.length)}
        </Text>
        <DefaultButton text="Previous" disabled={position <= 0} onClick={() => goTo(queue[position - 1])} />
        <DefaultButton text="Skip to next" disabled={position >= queue.length - 1} onClick={() => goTo(queue[position + 1])} />
        <DefaultButton
          iconProps={{ iconName: 'Link' }}
          text="Copy link"
          onClick={() => {
            navigator.clipboard?.writeText(linkTo(listed.id)).catch(() => undefined);
          }}
        />
      </Stack>
      <h3 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {titleOf(listed)} <Text variant="small">(item {listed.id})</Text>
      </h3>
      {saved?.legacy && (
        <Text block styles={{ root: { margin: '4px 0' } }}>
          Imported from a spreadsheet while breaking a rule. When you save it here, every rule applies to it.
        </Text>
      )}
      <Link href={listFormOf(listed.id)} target="_blank" rel="noreferrer">
        Open it in the {register.title} list (new tab)
      </Link>
      {saved && register.keyFields.length > 0 && (
        <dl className={styles.facts} aria-label="About this item">
          {register.keyFields
            .filter((name) => !entry.fields.includes(name))
            .map((name) => (
              <div key={name}>
                <dt className={styles.term}>{register.fields[name].title}</dt>
                <dd className={styles.fact}>{displayValue(register.fields[name], saved.item[name]) || 'Not recorded'}</dd>
              </div>
            ))}
          <div>
            <dt className={styles.term}>Last changed</dt>
            <dd className={styles.fact}>
              {saved.modified ? formatLondonDateTime(new Date(saved.modified)) : 'Not known'} by {nameOf(saved.editorId)}
            </dd>
          </div>
        </dl>
      )}
      <Text block>What needs putting right:</Text>
      <ul className={styles.failures}>
        {entry.failures.map((failure) => {
          const original = failure.duplicateOf.get(listed.id);
          return (
            <li key={failure.checkId}>
              {failure.check.sentence}
              {original !== undefined && ` It has the same values as item ${original}, entered first.`}
            </li>
          );
        })}
      </ul>
      {whole?.state === 'loading' && <Spinner label="Reading the item…" />}
      {whole?.state === 'failed' && <SharePointProblemMessage problem={describeSharePointProblem(whole.error)} siteUrl={siteUrl} onRetry={readAgain} />}
      {saved && !canFix && (
        <MessageBar messageBarType={MessageBarType.info}>
          You can see what is wrong with this item, but SharePoint does not let you change items in {register.title}. Ask its owner, or a
          steward who can, to put it right.
        </MessageBar>
      )}
      {saved && canFix && mode.kind === 'fix' && !edits.merge && (
        <>
          <RegisterForm
            key={`${saved.id}-${saved.etag}-${resets}`}
            register={register}
            initial={saved.item}
            mode="edit"
            today={today}
            people={people}
            drafts={{ store: drafts, key: draftKey }}
            only={entry.fields}
            saveText="Save and go to next"
            cancelText="Clear what I typed"
            onSave={(values) => edits.save(saved, values)}
            onClose={() => {
              drafts.clear(draftKey);
              setResets((count) => count + 1);
            }}
          />
          {onExcept && <DefaultButton elementRef={exceptButtonRef} styles={{ root: { marginTop: 12 } }} text="Record an exception instead…" onClick={() => setMode({ kind: 'except' })} />}
        </>
      )}
      {mode.kind === 'except' && (
        <ExceptionForm
          failures={entry.failures}
          preferred={ruleId}
          onSave={except}
          onCancel={() => {
            setMode({ kind: 'fix' });
            setBackFromException(true);
          }}
        />
      )}
      {edits.mergeView}
    </div>
  );
}
