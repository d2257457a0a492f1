import * as React from 'react';
import { Spinner } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import type { Register } from '../../domain/lists/defineList';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { readVersionHistory } from '../../data/versionHistory';
import { SharePointProblemMessage } from '../SharePointProblemMessage';
import { useLoad } from '../useLoad';
import { VersionHistory } from './VersionHistory';

export interface ItemHistoryProps {
  sp: SPFI;
  siteUrl: string;
  register: Register;
  itemId: number;
}

/**
 * An item's version history, read when this is shown: put it in the tab it belongs to, and opening an
 * item costs no history request until someone asks for it.
 */
export function ItemHistory({ sp, siteUrl, register, itemId }: ItemHistoryProps): JSX.Element {
  const [history, reload] = useLoad(() => readVersionHistory(sp, register, itemId));
  if (history.state === 'loading') return <Spinner label="Reading the history…" />;
  if (history.state === 'failed') return <SharePointProblemMessage problem={describeSharePointProblem(history.error)} siteUrl={siteUrl} onRetry={reload} />;
  return <VersionHistory fields={register.fields} versions={history.value} />;
}
