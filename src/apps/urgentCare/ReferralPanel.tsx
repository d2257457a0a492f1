import * as React from 'react';
import { DefaultButton, Panel, PanelType, Pivot, PivotItem, Spinner, Stack, TextField } from '@fluentui/react';
import type { Saved } from '../../data/itemMapping';
import type { Repository } from '../../data/repository';
import { describeSharePointProblem, type SharePointProblem } from '../../data/sharePointProblem';
import type { SiteUser } from '../../data/siteIdentity';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { ConflictMerge } from '../../ui/form/ConflictMerge';
import { RegisterForm, type DraftStore, type SaveResult } from '../../ui/form/RegisterForm';
import { saveMerged, type Merge } from '../../ui/form/saveMerged';
import { ItemHistory } from '../../ui/form/ItemHistory';
import { DismissibleMessage } from '../../ui/DismissibleMessage';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import type { Services } from '../services';
import { draftKeyFor, referralRegister as register, type Referral } from './referralRegister';


/** What the panel is showing: a new referral, or an existing one being read, edited or merged. */
export type PanelState =
  | { kind: 'new' }
  | { kind: 'item'; id: number; editing: boolean }
  | ({ kind: 'merge' } & Merge<Referral>);

export interface ReferralPanelProps {
  state: PanelState;
  services: Services;
  repository: Repository<Referral>;
  people: readonly SiteUser[];
  today: IsoDate;
  drafts: DraftStore;
  /** Every referral read, to warn before one is entered twice. */
  existing: ReadonlyArray<Saved<Referral>>;
  onState: (state: PanelState | undefined) => void;
  onSaved: (saved: Saved<Referral>) => void;
}

const draftKey = (state: PanelState): string => draftKeyFor(state.kind === 'new' ? undefined : state.kind === 'item' ? state.id : state.base.id);

/** A referral in a side panel: read it, edit it, see its history, merge with someone else's change. */
export function ReferralPanel({ state, services, repository, people, today, drafts, existing, onState, onSaved }: ReferralPanelProps): JSX.Element {
  const openExisting = (id: number): void => onState({ kind: 'item', id, editing: false });
  const itemId = state.kind === 'item' ? state.id : undefined;
  const [loaded, reload] = useLoad(async () => (itemId === undefined ? undefined : repository.getById(itemId)));
  const [notice, setNotice] = React.useState<string | undefined>();
  // A merged save SharePoint refused: shown as a problem, never in the success bar.
  const [problem, setProblem] = React.useState<string | undefined>();
  const nameOf = (id: number): string => people.find((person) => person.id === id)?.title ?? 'Someone else';

  React.useEffect(reload, [itemId, reload]);

  const failed = (outcome: { problem: SharePointProblem }): never => {
    throw new Error(`SharePoint said: ${outcome.problem.detail}`);
  };

  const saveNew = async (values: Referral): Promise<SaveResult> => {
    const outcome = await repository.add(values);
    if (outcome.kind === 'invalid') return { ok: false, messages: outcome.messages };
    if (outcome.kind !== 'saved') return outcome.kind === 'refused' ? failed(outcome) : { ok: false, messages: {} };
    onSaved(outcome.saved);
    setNotice(`Referral for ${String(outcome.saved.item.Title)} saved.`);
    onState({ kind: 'item', id: outcome.saved.id, editing: false });
    return { ok: true };
  };

  const saveEdit = (saved: Saved<Referral>): ((values: Referral) => Promise<SaveResult>) => async (values: Referral): Promise<SaveResult> => {
    const outcome = await repository.update(saved, values);
    if (outcome.kind === 'invalid') return { ok: false, messages: outcome.messages };
    if (outcome.kind === 'refused') return failed(outcome);
    if (outcome.kind === 'conflict') {
      // The draft stays stored until the merged item is saved: nothing typed is lost on the way.
      onState({ kind: 'merge', base: saved, mine: values, server: outcome.server });
      return { ok: false, messages: {} };
    }
    onSaved(outcome.saved);
    setNotice('Changes saved.');
    onState({ kind: 'item', id: saved.id, editing: false });
    reload();
    return { ok: true };
  };

  const mergeAndSave = async (merge: Extract<PanelState, { kind: 'merge' }>, merged: Referral): Promise<void> => {
    const result = await saveMerged(repository, merge, merged);
    if (result.kind === 'saved') {
      drafts.clear(draftKey(merge));
      onSaved(result.saved);
      setProblem(undefined);
      setNotice('The merged referral is saved.');
      onState({ kind: 'item', id: merge.base.id, editing: false });
      reload();
    } else if (result.kind === 'merge') {
      onState({ kind: 'merge', ...result.merge });
    } else {
      setProblem(result.message);
    }
  };

  const title =
    state.kind === 'new'
      ? 'New referral'
      : loaded.state === 'ready' && loaded.value
        ? String(loaded.value.item.Title)
        : state.kind === 'merge'
          ? String(state.server.item.Title)
          : 'Referral';

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
      <DismissibleMessage kind="error" message={problem} onDismiss={() => setProblem(undefined)} />
      {state.kind === 'new' && (
        <RegisterForm
          register={register}
          initial={{ Status: 'Referred', ReferralDate: today }}
          mode="new"
          today={today}
          people={people}
          drafts={{ store: drafts, key: draftKey(state) }}
          existing={existing}
          onOpenExisting={openExisting}
          onSave={saveNew}
          onClose={() => onState(undefined)}
        />
      )}
      {state.kind === 'merge' && (
        <ConflictMerge
          register={register}
          base={state.base.item}
          mine={state.mine}
          theirs={state.server.item}
          theirName={nameOf(state.server.editorId)}
          onMerge={(merged) => {
            mergeAndSave(state, merged).catch((error: unknown) => setProblem(describeSharePointProblem(error).detail));
          }}
          onCancel={() => onState({ kind: 'item', id: state.base.id, editing: true })}
        />
      )}
      {state.kind === 'item' && loaded.state === 'loading' && <Spinner label="Reading the referral…" />}
      {state.kind === 'item' && loaded.state === 'failed' && (
        <SharePointProblemMessage problem={describeSharePointProblem(loaded.error)} siteUrl={services.siteUrl} onRetry={reload} />
      )}
      {state.kind === 'item' && loaded.state === 'ready' && loaded.value && (
        <ItemTabs
          key={`${loaded.value.id}-${loaded.value.etag}-${String(state.editing)}`}
          saved={loaded.value}
          editing={state.editing}
          services={services}
          people={people}
          today={today}
          drafts={drafts}
          existing={existing}
          onOpenExisting={openExisting}
          onEdit={(editing) => {
            // "Saved" belongs to the last change, not to the one now being made.
            if (editing) setNotice(undefined);
            onState({ kind: 'item', id: state.id, editing });
          }}
          onSave={saveEdit(loaded.value)}
        />
      )}
    </Panel>
  );
}

function ItemTabs(props: {
  saved: Saved<Referral>;
  editing: boolean;
  services: Services;
  people: ReadonlyArray<{ id: number; title: string; email?: string }>;
  today: IsoDate;
  drafts: DraftStore;
  existing: ReadonlyArray<Saved<Referral>>;
  onOpenExisting: (id: number) => void;
  onEdit: (editing: boolean) => void;
  onSave: (values: Referral) => Promise<SaveResult>;
}): JSX.Element {
  const { saved, editing, services, people, today, drafts, existing, onOpenExisting, onEdit, onSave } = props;
  const link = services.links.linkTo(String(saved.id));
  return (
    <Pivot aria-label="Referral">
      <PivotItem headerText="Details" itemKey="details">
        <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { margin: '12px 0' } }} verticalAlign="end">
          {!editing && <DefaultButton iconProps={{ iconName: 'Edit' }} text="Edit" onClick={() => onEdit(true)} />}
          <TextField label="Link to this referral" readOnly value={link} styles={{ root: { flexGrow: 1, minWidth: 240 } }} />
          <DefaultButton
            iconProps={{ iconName: 'Link' }}
            text="Copy link"
            onClick={() => {
              navigator.clipboard?.writeText(link).catch(() => undefined);
            }}
          />
        </Stack>
        <RegisterForm
          register={register}
          initial={saved.item}
          mode={editing ? 'edit' : 'view'}
          today={today}
          people={people}
          drafts={editing ? { store: drafts, key: draftKeyFor(saved.id) } : undefined}
          autoFocus={editing}
          existing={existing}
          itemId={saved.id}
          onOpenExisting={onOpenExisting}
          onSave={onSave}
          onClose={() => (editing ? onEdit(false) : undefined)}
        />
      </PivotItem>
      <PivotItem headerText="History" itemKey="history">
        <ItemHistory sp={services.sp} siteUrl={services.siteUrl} register={register} itemId={saved.id} />
      </PivotItem>
    </Pivot>
  );
}
