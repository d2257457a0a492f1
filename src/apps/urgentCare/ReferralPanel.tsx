import * as React from 'react';
import type { Repository } from '../../data/repository';
import type { SiteUser } from '../../data/siteIdentity';
import type { IsoDate } from '../../domain/calendar/isoDate';
import type { ItemRecord, Saved } from '../../domain/lists/itemQuery';
import type { ItemPanelState } from '../../ui/form/ItemPanel';
import { LazyItemPanel } from '../../ui/form/LazyItemPanel';
import type { DraftStore } from '../../ui/form/RegisterForm';
import type { Services } from '../services';
import { draftKeyFor, referralRegister as register, type Referral } from './referralRegister';

/** What the panel is showing: a new referral, or an existing one being read, edited or merged. */
export type PanelState = ItemPanelState;

export interface ReferralPanelProps {
  state: PanelState;
  services: Services;
  repository: Repository<Referral>;
  people: readonly SiteUser[];
  today: IsoDate;
  drafts: DraftStore;
  /** Whether SharePoint lets the person change referrals. */
  canEdit: boolean;
  /** Every referral read, to warn before one is entered twice. */
  existing: ReadonlyArray<ItemRecord<Referral>>;
  onState: (state: PanelState | undefined) => void;
  onSaved: (saved: Saved<Referral>) => void;
}

/** A referral in a side panel: read it, edit it, see its history, merge with someone else's change. */
export function ReferralPanel({ state, services, repository, people, today, drafts, canEdit, existing, onState, onSaved }: ReferralPanelProps): JSX.Element {
  return (
    <LazyItemPanel
      register={register}
      repository={repository}
      state={state}
      sp={services.sp}
      siteUrl={services.siteUrl}
      people={people}
      today={today}
      drafts={drafts}
      draftKey={draftKeyFor}
      noun="referral"
      newValues={{ Status: 'Referred', ReferralDate: today }}
      createdMessage={(saved) => `Referral for ${String(saved.item.Title)} saved.`}
      existing={existing}
      linkTo={(id) => services.links.linkTo(String(id))}
      canEdit={canEdit}
      onState={onState}
      onSaved={onSaved}
    />
  );
}
