import * as React from 'react';
import { beginRegisterCheck } from '../../data/qualityRuns';
import { parseQualityLink } from '../../domain/quality/qualityLinks';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';
import { DataQualityTab } from './DataQualityTab';
import { checkedRegister, trendDays } from './qualityRegisters';
import { registerPanelIcons } from '../../ui/icons/panelIcons';

// This app's first screen has the icons of forms and panels too (edit, link, history, print).
registerPanelIcons();

const title = 'Data Quality';
const summary = 'See what is missing or invalid in each register, and fix it in place.';

function DataQuality({ services }: AppProps): JSX.Element {
  return (
    <AppShell title={title} summary={summary} services={services}>
      {(identity) => <DataQualityTab services={services} identity={identity} />}
    </AppShell>
  );
}

export const dataQualityApp: AppDefinition = {
  id: 'data-quality',
  title,
  summary,
  Component: DataQuality,
  readAhead: (sp, clock, openedAt) => {
    const { register, checks } = checkedRegister(parseQualityLink(openedAt)?.register);
    beginRegisterCheck(sp, register, checks, clock, trendDays);
  }
};
