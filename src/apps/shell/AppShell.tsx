import * as React from 'react';
import { hiddenContentStyle, mergeStyles, mergeStyleSets, Spinner, SpinnerSize, Text, ThemeProvider, type Theme } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { formatLondonTime } from '../../domain/clock';
import { readSiteIdentity, type SiteIdentity } from '../../data/siteIdentity';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import { whenIdle } from '../../ui/whenIdle';
import { registerFirstScreenIcons } from '../../ui/icons/firstScreenIcons';
import type { Services } from '../services';

// Every app's first render comes through here, whichever host mounts it: its icons are registered first.
registerFirstScreenIcons();

export interface AppShellProps {
  title: string;
  summary: string;
  services: Services;
  /** The app itself, once SharePoint has said who is signed in. */
  children?: (identity: SiteIdentity) => React.ReactNode;
  /**
   * Or the app itself at once, reading its lists while SharePoint says who is signed in (undefined until
   * then): for an app whose first screen needs the person only for a detail. Not shown if SharePoint
   * cannot be reached, which the shell explains. The app calls `settled` once its first screen is complete
   * (or has failed), and only then is the site checked for an update, so the check never delays it.
   */
  eager?: (identity: SiteIdentity | undefined, settled: () => void) => React.ReactNode;
}

const hiddenTitle = mergeStyles(hiddenContentStyle);

const stylesFor = (theme: Theme, compact: boolean): Record<'root' | 'heading' | 'summary' | 'connection', string> =>
  mergeStyleSets({
    root: { padding: compact ? 8 : 20, minHeight: compact ? undefined : 160 },
    heading: { ...theme.fonts.xLarge, margin: 0, fontWeight: 600 },
    summary: { margin: '4px 0 16px', color: theme.semanticColors.bodySubtext },
    connection: { color: theme.semanticColors.bodyText }
  });

const SiteUpgradeNotice = React.lazy(() =>
  import(/* webpackChunkName: 'site-upgrade' */ '../../ui/upgrade/SiteUpgradeNotice').then((module) => ({ default: module.SiteUpgradeNotice }))
);

/**
 * Frames every app: its name, who SharePoint says is signed in, which site it reached, or why it could not;
 * and, once the app is on screen, whether the site's lists need an update for this release.
 */
export function AppShell({ title, summary, services, children, eager }: AppShellProps): JSX.Element {
  const headingId = useId('app-title');
  const [connection, retry] = useLoad(async () => ({
    identity: await readSiteIdentity(services.sp),
    checkedAt: services.clock()
  }));
  const compact = services.host === 'teamsTab';
  const connected = connection.state === 'ready';
  // Whether the site's lists are behind this release is asked only once the app's own first screen is on its way.
  const [checkSite, setCheckSite] = React.useState(false);
  const [appSettled, setAppSettled] = React.useState(eager === undefined);
  const settled = React.useCallback(() => setAppSettled(true), []);
  React.useEffect(() => (connected && appSettled ? whenIdle(() => setCheckSite(true)) : undefined), [connected, appSettled]);
  // After an upgrade the app starts afresh, so that it reads the lists as they now are.
  const [generation, setGeneration] = React.useState(0);
  const styles = React.useMemo(() => stylesFor(services.theme, compact), [services.theme, compact]);
  // A Teams tab is a page of its own, which no SharePoint page title heads: the tab names its app for screen readers.
  const tab = services.host === 'teamsTab';

  return (
    <ThemeProvider theme={services.theme} applyTo="element">
      <section className={styles.root} aria-labelledby={headingId} aria-busy={connection.state === 'loading'}>
        {tab && <h1 className={hiddenTitle}>Custodian</h1>}
        <h2 id={headingId} className={styles.heading}>
          {title}
        </h2>
        <p className={styles.summary}>{summary}</p>
        {connection.state === 'loading' && <Spinner size={SpinnerSize.medium} label="Connecting to SharePoint…" />}
        {connection.state === 'failed' && (
          <SharePointProblemMessage
            problem={describeSharePointProblem(connection.error)}
            siteUrl={services.siteUrl}
            onRetry={retry}
          />
        )}
        {connection.state === 'ready' && (
          <Text as="p" block className={styles.connection}>
            Signed in as <strong>{connection.value.identity.user.title}</strong>
            {connection.value.identity.user.email && ` (${connection.value.identity.user.email})`} on{' '}
            <strong>{connection.value.identity.siteTitle}</strong> at {connection.value.identity.siteUrl}. Checked at{' '}
            {formatLondonTime(connection.value.checkedAt)}.
          </Text>
        )}
        {checkSite && (
          <React.Suspense fallback={null}>
            <SiteUpgradeNotice sp={services.sp} siteUrl={services.siteUrl} onUpgraded={() => setGeneration((count) => count + 1)} />
          </React.Suspense>
        )}
        <React.Fragment key={generation}>
          {connection.state === 'ready' && children?.(connection.value.identity)}
          {connection.state !== 'failed' && eager?.(connection.state === 'ready' ? connection.value.identity : undefined, settled)}
        </React.Fragment>
      </section>
    </ThemeProvider>
  );
}
