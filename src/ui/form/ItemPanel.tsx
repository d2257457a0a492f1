import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, Pivot, PivotItem, Spinner, Stack, TextField } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import type { Repository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { IsoDate } from '../../domain/calendar/isoDate';
import type { Register } from '../../domain/lists/defineList';
import { displayValue } from '../../domain/lists/displayValue';
import { capitalise, defaultValues } from '../../domain/lists/fieldValues';
import type { FieldDefinition } from '../../domain/lists/fields';
import type { ItemRecord, Saved, Values } from '../../domain/lists/itemQuery';
import { DismissibleMessage } from '../DismissibleMessage';
import { SharePointProblemMessage } from '../SharePointProblemMessage';
import { useLoad } from '../useLoad';
import type { PersonOption } from './FieldInput';
import { ItemHistory } from './ItemHistory';
import { RegisterForm, type DraftStore, type SaveResult } from './RegisterForm';
import { refusalMessages } from './refusalMessage';
import { nameAmong, useSavePolicy } from './useSavePolicy';
import { registerPanelIcons } from '../icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

/** What the panel is showing: a new item, or an existing one being read or edited. */
export type ItemPanelState =
  | { kind: 'new' }
  /**
   * `history` opens the item at who changed what, rather than at its details; `notice` is said as the item
   * opens, when a screen opens it after saving it (a request just logged).
   */
  | { kind: 'item'; id: number; editing: boolean; history?: boolean; notice?: string };

export interface ItemPanelProps<T extends Values = Values> {
  register: Register<Record<string, FieldDefinition>>;
  repository: Repository<T>;
  state: ItemPanelState;
  sp: SPFI;
  siteUrl: string;
  people: ReadonlyArray<PersonOption & { id: number }>;
  today: IsoDate;
  /** The time now, for the register's checks that fall due within a day (said as the values are typed). */
  now?: string;
  drafts: DraftStore;
  /** Where the form keeps what was typed: one key for a new item, one for each item edited. */
  draftKey: (itemId?: number) => string;
  /** What one item is called in sentences ("referral", "article"). */
  noun: string;
  /** The values a new item starts with. */
  newValues?: Values;
  /** Said when a new item is saved; by default "<Noun> “<title>” saved." */
  createdMessage?: (saved: Saved<T>) => string;
  /** Every item read, to warn before one is entered twice. */
  existing?: ReadonlyArray<ItemRecord<T>>;
  /** An address that opens this item, to paste into an email or a chat. */
  linkTo?: (id: number) => string;
  /** Without this, the item is shown to read and nothing offers to change it. */
  canEdit: boolean;
  /** Shown beside the form as the values are typed (an article's rendered page). */
  preview?: (values: Values) => React.ReactNode;
  /** Something the person should know before they edit (the people to choose from could not be read). */
  warning?: string;
  onState: (state: ItemPanelState | undefined) => void;
  onSaved: (saved: Saved<T>) => void;
}

/** An item of any register in a side panel: read it, edit it, see who changed what, merge with someone else's change. */
export function ItemPanel<T extends Values>(props: ItemPanelProps<T>): JSX.Element {
  const { register, repository, state, sp, siteUrl, people, today, drafts, draftKey, noun, existing, canEdit, preview, onState, onSaved } = props;
  const openExisting = (id: number): void => onState({ kind: 'item', id, editing: false });
  const itemId = state.kind === 'item' ? state.id : undefined;
  const [loaded, reload] = useLoad(async () => (itemId === undefined ? undefined : repository.getById(itemId)), [itemId]);
  const [notice, setNotice] = React.useState<string | undefined>();
  const openingNotice = state.kind === 'item' ? state.notice : undefined;
  React.useEffect(() => setNotice(openingNotice), [openingNotice]);
  const titleOf = (values: Values): string => displayValue(register.fields.Title, values.Title) || capitalise(noun);

  const edits = useSavePolicy({
    register,
    repository,
    noun,
    nameOf: nameAmong(people),
    onSaved: (saved, before, merged) => {
      onSaved(saved);
      setNotice(merged ? `The merged ${noun} is saved.` : 'Changes saved.');
      onState({ kind: 'item', id: before.id, editing: false });
      reload();
    },
    onBack: () => reload(),
    forgetDraft: (id) => drafts.clear(draftKey(id))
  });

  const saveNew = async (values: Values): Promise<SaveResult> => {
    const outcome = await repository.add(values);
    if (outcome.kind === 'conflict') return { ok: false, messages: {} };
    if (outcome.kind === 'invalid') return { ok: false, messages: outcome.messages };
    if (outcome.kind === 'refused') return { ok: false, messages: refusalMessages(register, noun, outcome.problem) };
    onSaved(outcome.saved);
    setNotice(props.createdMessage ? props.createdMessage(outcome.saved) : `${capitalise(noun)} “${titleOf(outcome.saved.item)}” saved.`);
    onState({ kind: 'item', id: outcome.saved.id, editing: false });
    return { ok: true };
  };

  const title =
    state.kind === 'new'
      ? `New ${noun}`
      : edits.merge
        ? titleOf(edits.merge.server.item)
        : loaded.state === 'ready' && loaded.value
          ? titleOf(loaded.value.item)
          : capitalise(noun);

  return (
    <Panel
      isOpen
      type={PanelType.large}
      headerText={title}
      closeButtonAriaLabel="Close"
      isLightDismiss={false}
      onDismiss={() => onState(undefined)}
    >
      <DismissibleMessage kind="success" message={notice} onDismiss={() => setNotice(undefined)} takeFocus />
      {props.warning && <MessageBar messageBarType={MessageBarType.warning}>{props.warning}</MessageBar>}
      {state.kind === 'new' && (
        <RegisterForm
          register={register}
          initial={{ ...defaultValues(register), ...props.newValues }}
          mode="new"
          autoFocus
          today={today}
          now={props.now}
          people={people}
          drafts={{ store: drafts, key: draftKey() }}
          existing={existing}
          onOpenExisting={openExisting}
          preview={preview}
          onSave={saveNew}
          onClose={() => onState(undefined)}
        />
      )}
      {edits.mergeView}
      {state.kind === 'item' && loaded.state === 'loading' && <Spinner label={`Reading the ${noun}…`} />}
      {state.kind === 'item' && loaded.state === 'failed' && (
        <SharePointProblemMessage problem={describeSharePointProblem(loaded.error)} siteUrl={siteUrl} onRetry={reload} />
      )}
      {state.kind === 'item' && !edits.merge && loaded.state === 'ready' && loaded.value && (
        <Pivot
          aria-label={capitalise(noun)}
          key={`${loaded.value.id}-${loaded.value.etag}-${String(state.editing)}`}
          defaultSelectedKey={state.history && !state.editing ? 'history' : 'details'}
        >
          <PivotItem headerText="Details" itemKey="details">
            <ItemActions
              link={props.linkTo?.(loaded.value.id)}
              noun={noun}
              onEdit={
                canEdit && !state.editing
                  ? () => {
                      // "Saved" belongs to the last change, not to the one now being made.
                      setNotice(undefined);
                      onState({ kind: 'item', id: state.id, editing: true });
                    }
                  : undefined
              }
            />
            <RegisterForm
              register={register}
              initial={loaded.value.item}
              mode={state.editing && canEdit ? 'edit' : 'view'}
              today={today}
              now={props.now}
              people={people}
              drafts={state.editing ? { store: drafts, key: draftKey(loaded.value.id) } : undefined}
              autoFocus={state.editing}
              existing={existing}
              itemId={loaded.value.id}
              onOpenExisting={openExisting}
              preview={preview}
              onSave={(values) => edits.save(loaded.value!, values)}
              onClose={() => (state.editing ? onState({ kind: 'item', id: state.id, editing: false }) : onState(undefined))}
            />
          </PivotItem>
          <PivotItem headerText="History" itemKey="history">
            <ItemHistory sp={sp} siteUrl={siteUrl} register={register} itemId={loaded.value.id} />
          </PivotItem>
        </Pivot>
      )}
    </Panel>
  );
}

/** Edit (for people who may), and the item's own address to copy. */
function ItemActions({ link, noun, onEdit }: { link?: string; noun: string; onEdit?: () => void }): JSX.Element | null {
  if (!link && !onEdit) return null;
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { margin: '12px 0' } }} verticalAlign="end">
      {onEdit && <DefaultButton iconProps={{ iconName: 'Edit' }} text="Edit" onClick={onEdit} />}
      {link && (
        <>
          <TextField label={`Link to this ${noun}`} readOnly value={link} styles={{ root: { flexGrow: 1, minWidth: 240 } }} />
          <DefaultButton
            iconProps={{ iconName: 'Link' }}
            text="Copy link"
            onClick={() => {
              navigator.clipboard?.writeText(link).catch(() => undefined);
            }}
          />
        </>
      )}
    </Stack>
  );
}
