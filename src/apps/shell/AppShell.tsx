import * as React from 'react';
import { mergeStyleSets, Spinner, SpinnerSize, Text, ThemeProvider, type Theme } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { formatLondonTime } from '../../domain/clock';
import { readSiteIdentity, type SiteIdentity } from '../../data/siteIdentity';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import type { Services } from '../services';

export interface AppShellProps {
  title: string;
  summary: string;
  services: Services;
  /** The app itself, once SharePoint has said who is signed in. */
  children?: (identity: SiteIdentity) => React.ReactNode;
}

const stylesFor = (theme: Theme, compact: boolean): Record<'root' | 'heading' | 'summary' | 'connection', string> =>
  mergeStyleSets({
    root: { padding: compact ? 8 : 20, minHeight: compact ? undefined : 160 },
    heading: { ...theme.fonts.xLarge, margin: 0, fontWeight: 600 },
    summary: { margin: '4px 0 16px', color: theme.semanticColors.bodySubtext },
    connection: { color: theme.semanticColors.bodyText }
  });

/** Frames every app: its name, who SharePoint says is signed in, which site it reached, or why it could not. */
export function AppShell({ title, summary, services, children }: AppShellProps): JSX.Element {
  const headingId = useId('app-title');
  const [connection, retry] = useLoad(async () => ({
    identity: await readSiteIdentity(services.sp),
    checkedAt: services.clock()
  }));
  const compact = services.host === 'teamsTab';
  const styles = React.useMemo(() => stylesFor(services.theme, compact), [services.theme, compact]);

  return (
    <ThemeProvider theme={services.theme} applyTo="element">
      <section className={styles.root} aria-labelledby={headingId} aria-busy={connection.state === 'loading'}>
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
        {connection.state === 'ready' && children?.(connection.value.identity)}
      </section>
    </ThemeProvider>
  );
}
