import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react';
import type { Repository } from '../../data/repository';
import type { IsoDate } from '../../domain/calendar/isoDate';
import type { Saved } from '../../domain/lists/itemQuery';
import type { PanelPlug } from '../register/RegisterScreen';
import type { Services } from '../services';
import type { FoiRequest, FoiRequester } from './foiRegister';
import { NewRequest } from './NewRequest';
import { RequestPage } from './RequestPage';

export interface RequestPanelProps extends PanelPlug<FoiRequest> {
  services: Services;
  requesterRepository: Repository<FoiRequester>;
  /** Every requester, for FOI officers; undefined for everyone else. */
  requesters: ReadonlyArray<Saved<FoiRequester>> | undefined;
  today: IsoDate;
  directorateDays: number;
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
          onOpenExisting={(id) => onState({ kind: 'item', id, editing: false })}
          onCreated={(saved) => {
            props.onSaved(saved);
            onState({ kind: 'item', id: saved.id, editing: false, notice: `Request ${String(saved.item.Reference)} logged.` });
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
          canChange={props.canEdit}
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
