import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react';
import type { Repository } from '../../data/repository';
import type { SiteUser } from '../../data/siteIdentity';
import type { IsoDate } from '../../domain/calendar/isoDate';
import type { ItemRecord, Saved } from '../../domain/lists/itemQuery';
import type { Services } from '../services';
import type { FoiRecord } from './foiRegister';
import { NewRequest } from './NewRequest';
import { RequestPage } from './RequestPage';

export type RequestPanelState = { kind: 'new' } | { kind: 'request'; id: number; notice?: string };

export interface RequestPanelProps {
  state: RequestPanelState;
  services: Services;
  repository: Repository<FoiRecord>;
  requesterRepository: Repository<FoiRecord>;
  /** Every requester, for FOI officers; undefined for everyone else. */
  requesters: ReadonlyArray<Saved<FoiRecord>> | undefined;
  /** Whether SharePoint lets the person change requests (FOI officers and the site's owners). */
  canChange: boolean;
  people: readonly SiteUser[];
  today: IsoDate;
  directorateDays: number;
  /** Every request read, to warn before one is logged twice. */
  existing: ReadonlyArray<ItemRecord<FoiRecord>>;
  onState: (state: RequestPanelState | undefined) => void;
  onSaved: (saved: Saved<FoiRecord>) => void;
  onRequesterSaved: () => void;
}

/** A request in a side panel: logging a new one, or its page with the clock, the actions and the timeline. */
export function RequestPanel(props: RequestPanelProps): JSX.Element {
  const { state, onState } = props;
  return (
    <Panel
      isOpen
      type={PanelType.large}
      headerText={state.kind === 'new' ? 'New FOI or EIR request' : 'FOI request'}
      closeButtonAriaLabel="Close"
      isLightDismiss={false}
      onDismiss={() => onState(undefined)}
    >
      {state.kind === 'new' ? (
        <NewRequest
          repository={props.repository}
          requesterRepository={props.requesterRepository}
          requesters={props.requesters ?? []}
          people={props.people}
          today={props.today}
          existing={props.existing}
          onOpenExisting={(id) => onState({ kind: 'request', id })}
          onCreated={(saved) => {
            props.onSaved(saved);
            onState({ kind: 'request', id: saved.id, notice: `Request ${String(saved.item.Reference)} logged.` });
          }}
          onRequesterCreated={props.onRequesterSaved}
          onCancel={() => onState(undefined)}
        />
      ) : (
        <RequestPage
          key={state.id}
          id={state.id}
          initialNotice={state.notice}
          services={props.services}
          repository={props.repository}
          requesterRepository={props.requesterRepository}
          officer={props.requesters !== undefined}
          canChange={props.canChange}
          people={props.people}
          today={props.today}
          directorateDays={props.directorateDays}
          onSaved={props.onSaved}
          onClose={() => onState(undefined)}
        />
      )}
    </Panel>
  );
}
