import * as React from 'react';
import { MessageBar, MessageBarType, Panel, PanelType } from '@fluentui/react';
import type { Repository } from '../../data/repository';
import type { IsoDate } from '../../domain/calendar/isoDate';
import type { Saved } from '../../domain/lists/itemQuery';
import type { PanelPlug } from '../register/RegisterScreen';
import type { Services } from '../services';
import type { FoiRequest, FoiRequester } from './foiRegister';
import { readWholeNumberSetting } from '../../data/siteSettings';
import { foiDirectorateDays } from '../../domain/settings/settings';
import { useLoad } from '../../ui/useLoad';
import { NewRequest } from './NewRequest';
import { RequestPage } from './RequestPage';
import { registerPanelIcons } from '../../ui/icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

export interface RequestPanelProps extends PanelPlug<FoiRequest> {
  services: Services;
  requesterRepository: Repository<FoiRequester>;
  /** Every requester, for FOI officers; undefined for everyone else. */
  requesters: ReadonlyArray<Saved<FoiRequester>> | undefined;
  today: IsoDate;
  onRequesterSaved: () => void;
}

/** A request in a side panel: logging a new one, or its page with the clock, the actions and the timeline. */
export function RequestPanel(props: RequestPanelProps): JSX.Element {
  const { state, onState } = props;
  // How long directorates are given is the site's own setting: read when a request is first opened, as only its steps use it.
  const [directorateDays] = useLoad(() => readWholeNumberSetting(props.services.sp, foiDirectorateDays));
  return (
    <Panel
      isOpen
      type={PanelType.large}
      headerText={state.kind === 'new' ? 'New FOI or EIR request' : 'FOI request'}
      closeButtonAriaLabel="Close"
      isLightDismiss={false}
      onDismiss={() => onState(undefined)}
    >
      {directorateDays.state === 'ready' && directorateDays.value.problem && <MessageBar messageBarType={MessageBarType.warning}>{directorateDays.value.problem}</MessageBar>}
      {directorateDays.state === 'failed' && (
        <MessageBar messageBarType={MessageBarType.warning}>
          The site’s settings could not be read, so directorates are given the usual {foiDirectorateDays.default} working days.
        </MessageBar>
      )}
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
          directorateDays={directorateDays.state === 'ready' ? directorateDays.value.value : foiDirectorateDays.default}
          onSaved={props.onSaved}
          onClose={() => onState(undefined)}
        />
      )}
    </Panel>
  );
}
