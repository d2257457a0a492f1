import * as React from 'react';
import { ComboBox, DefaultButton, mergeStyleSets, Stack, Text, type IComboBoxOption } from '@fluentui/react';
import { addNumbered } from '../../data/numberedAdd';
import type { Repository } from '../../data/repository';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { nextRequesterReference, nextRequestReference } from '../../domain/foi/references';
import type { ItemRecord, Saved } from '../../domain/lists/itemQuery';
import type { PersonOption } from '../../ui/form/FieldInput';
import { browserDrafts } from '../../ui/form/browserDrafts';
import { RegisterForm, type SaveResult } from '../../ui/form/RegisterForm';
import { draftKeyFor, newRequesterFields, newRequestFields, requesterRegister, requestRegister, type FoiRequest, type FoiRequester } from './foiRegister';

const drafts = browserDrafts();
const styles = mergeStyleSets({ step: { fontSize: 18, margin: '0 0 8px', fontWeight: 600 } });

export interface NewRequestProps {
  repository: Repository<FoiRequest>;
  requesterRepository: Repository<FoiRequester>;
  requesters: ReadonlyArray<Saved<FoiRequester>>;
  people: readonly PersonOption[];
  today: IsoDate;
  existing: ReadonlyArray<ItemRecord<FoiRequest>>;
  onOpenExisting: (id: number) => void;
  onCreated: (saved: Saved<FoiRequest>) => void;
  onRequesterCreated: () => void;
  onCancel: () => void;
}

interface ChosenRequester {
  id: number;
  title: string;
}

const failed = (outcome: { kind: string; problem?: { detail: string } }): never => {
  throw new Error(outcome.problem ? `SharePoint said: ${outcome.problem.detail}` : 'SharePoint did not save it.');
};

/**
 * Logging a request in two steps: who asked (someone already known, or a new requester, kept in the list
 * only FOI officers can open), then the request as received. References are given when each is saved.
 */
export function NewRequest(props: NewRequestProps): JSX.Element {
  const { repository, requesterRepository, requesters, people, today, existing, onOpenExisting, onCreated, onRequesterCreated, onCancel } = props;
  const [requester, setRequester] = React.useState<ChosenRequester | undefined>();
  const [picked, setPicked] = React.useState<string | undefined>();
  const stepTwo = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (requester) stepTwo.current?.focus();
  }, [requester]);

  const options = React.useMemo<IComboBoxOption[]>(
    () =>
      requesters.map(({ id, item }) => ({
        key: String(id),
        text: [item.RequesterName, item.RequesterEmail, item.Title].filter(Boolean).join(' · ')
      })),
    [requesters]
  );

  const saveRequester = async (values: Record<string, unknown>): Promise<SaveResult> => {
    const outcome = await addNumbered(requesterRepository, 'Title', 'R-', nextRequesterReference, values);
    if (outcome.kind === 'invalid') return { ok: false, messages: outcome.messages };
    if (outcome.kind !== 'saved') return failed(outcome);
    onRequesterCreated();
    setRequester({ id: outcome.saved.id, title: String(outcome.saved.item.Title) });
    return { ok: true };
  };

  const saveRequest = async (values: Record<string, unknown>): Promise<SaveResult> => {
    const year = String(values.ReceivedDate ?? today).slice(0, 4);
    const outcome = await addNumbered(repository, 'Reference', `FOI-${year}-`, (used) => nextRequestReference(used, year), values);
    if (outcome.kind === 'invalid') return { ok: false, messages: outcome.messages };
    if (outcome.kind !== 'saved') return failed(outcome);
    onCreated(outcome.saved);
    return { ok: true };
  };

  if (!requester) {
    return (
      <div>
        <Text as="h2" block className={styles.step}>
          Step 1 of 2: who asked
        </Text>
        <Text as="p" block>
          Requesters are kept in a list only FOI officers can open. Directorate colleagues see the requester’s reference, never their name.
        </Text>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }} styles={{ root: { margin: '12px 0 24px' } }}>
          <ComboBox
            label="Someone who has asked before"
            placeholder="Type a name or email"
            allowFreeform={false}
            autoComplete="on"
            options={options}
            selectedKey={picked ?? null}
            onChange={(_, option) => setPicked(option ? String(option.key) : undefined)}
            styles={{ root: { minWidth: 260 } }}
          />
          <DefaultButton
            text="Use this requester"
            disabled={!picked}
            onClick={() => {
              const chosen = requesters.find(({ id }) => String(id) === picked);
              if (chosen) setRequester({ id: chosen.id, title: String(chosen.item.Title) });
            }}
          />
        </Stack>
        <Text as="h3" block className={styles.step}>
          Or a new requester
        </Text>
        <RegisterForm
          register={requesterRegister}
          initial={{ Title: nextRequesterReference(requesters.map(({ item }) => String(item.Title))) }}
          mode="new"
          today={today}
          people={people}
          only={newRequesterFields}
          drafts={{ store: drafts, key: draftKeyFor('new-requester') }}
          saveText="Save the requester and continue"
          onSave={saveRequester}
          onClose={onCancel}
        />
      </div>
    );
  }

  return (
    <div>
      <h2 className={styles.step} tabIndex={-1} ref={stepTwo}>
        Step 2 of 2: the request from {requester.title}
      </h2>
      <RegisterForm
        register={requestRegister}
        initial={{ Reference: `FOI-${today.slice(0, 4)}-`, Regime: 'FOI', Status: 'Received', ReceivedDate: today, Requester: requester, PublicInterestExtension: false, Exemptions: [] }}
        mode="new"
        today={today}
        people={people}
        only={newRequestFields}
        drafts={{ store: drafts, key: draftKeyFor('new-request') }}
        existing={existing}
        onOpenExisting={onOpenExisting}
        saveText="Log the request"
        onSave={saveRequest}
        onClose={onCancel}
      />
    </div>
  );
}
