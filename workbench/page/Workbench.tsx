import * as React from 'react';
import { Dropdown, mergeStyleSets, Pivot, PivotItem, ThemeProvider, type IDropdownOption } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import { pageLinks, systemClock, type Host, type Services } from '../../src/apps/services';
import { readSiteIdentity } from '../../src/data/siteIdentity';
import { readSiteUsers } from '../../src/data/siteUsers';
import { useLoad } from '../../src/ui/useLoad';
import { workbenchApps } from './apps';
import { workbenchThemes } from './workbenchThemes';

export interface WorkbenchSelection {
  app: string;
  theme: string;
  host: Host;
  /** Login name of the person the emulated SharePoint treats as signed in. */
  user?: string;
  /** The web part's settings, as a site owner would choose them in its property pane (the register web part's register). */
  properties?: Readonly<Record<string, unknown>>;
}

export interface WorkbenchProps {
  sp: SPFI;
  siteUrl: string;
  initial: WorkbenchSelection;
  onSelectionChange: (selection: WorkbenchSelection) => void;
  /** Makes SharePoint requests come from another person (development only). */
  onUserChange: (loginName: string) => void;
}

const layoutOptions: IDropdownOption[] = [
  { key: 'workbench', text: 'SharePoint page' },
  { key: 'teamsTab', text: 'Teams tab (compact)' }
];

const styles = mergeStyleSets({
  page: { minHeight: '100vh', boxSizing: 'border-box', padding: '16px 24px' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16, marginBottom: 8 },
  title: { margin: 0, fontSize: 24, fontWeight: 600, flexGrow: 1 },
  note: { margin: 0, flexBasis: '100%' },
  picker: { minWidth: 200 }
});

/** The local page: the same apps the web parts mount, pointed at the workbench's SharePoint site. */
export function Workbench({ sp, siteUrl, initial, onSelectionChange, onUserChange }: WorkbenchProps): JSX.Element {
  // Who the site says is signed in (its default, until someone is chosen here) and who else could be.
  const [people] = useLoad(async () => ({ users: await readSiteUsers(sp), me: (await readSiteIdentity(sp)).user.loginName }));
  const [selection, setSelection] = React.useState(initial);
  const app = workbenchApps.find((candidate) => candidate.id === selection.app) ?? workbenchApps[0];
  const theme = (workbenchThemes.find((candidate) => candidate.key === selection.theme) ?? workbenchThemes[0]).theme;
  const services = React.useMemo<Services>(
    () => ({ sp, siteUrl, theme, clock: systemClock, host: selection.host, links: pageLinks(window.location.href), properties: selection.properties }),
    [sp, siteUrl, theme, selection.host, selection.properties]
  );

  const select = (change: Partial<WorkbenchSelection>): void => {
    const next = { ...selection, ...change };
    if (change.user) onUserChange(change.user);
    setSelection(next);
    onSelectionChange(next);
  };

  return (
    <ThemeProvider theme={theme} applyTo="body" className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>Custodian workbench</h1>
        <Dropdown
          className={styles.picker}
          label="Theme"
          selectedKey={selection.theme}
          options={workbenchThemes.map(({ key, text }) => ({ key, text }))}
          onChange={(_, option) => option && select({ theme: String(option.key) })}
        />
        <Dropdown
          className={styles.picker}
          label="Signed in as"
          placeholder={people.state === 'failed' ? 'SharePoint not reachable' : 'Loading people…'}
          disabled={people.state !== 'ready'}
          selectedKey={people.state === 'ready' ? selection.user ?? people.value.me : undefined}
          options={people.state === 'ready' ? people.value.users.map((user) => ({ key: user.loginName, text: user.title })) : []}
          onChange={(_, option) => option && select({ user: String(option.key) })}
        />
        <Dropdown
          className={styles.picker}
          label="Layout"
          selectedKey={selection.host}
          options={layoutOptions}
          onChange={(_, option) => option && select({ host: option.key as Host })}
        />
        <p className={styles.note}>
          A local page that mounts the same apps as the web parts. They talk to the SharePoint site at {siteUrl}.
        </p>
      </header>
      <nav aria-label="Apps">
        <Pivot overflowBehavior="menu" overflowAriaLabel="More apps"
          selectedKey={app.id}
          onLinkClick={(item) => item?.props.itemKey && select({ app: item.props.itemKey })}
          headersOnly
        >
          {workbenchApps.map((candidate) => (
            <PivotItem key={candidate.id} itemKey={candidate.id} headerText={candidate.title} />
          ))}
        </Pivot>
      </nav>
      <main>
        <app.Component key={`${app.id} ${selection.user ?? ''}`} services={services} />
      </main>
    </ThemeProvider>
  );
}
