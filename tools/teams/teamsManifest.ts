/**
 * The Microsoft Teams app manifest for the solution, derived from the SPFx web part manifests and
 * config/package-solution.json so that names, descriptions, ids and hosts are written once.
 * URLs follow "Deployment options for SharePoint Framework solutions for Microsoft Teams"
 * (developer-provided package): Teams replaces {teamSiteDomain}, {teamSitePath} and {locale}.
 */

export interface WebPartManifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  preconfiguredEntries: Array<{ title: { default: string }; description: { default: string } }>;
}

export interface SolutionConfig {
  solution: {
    name: string;
    id: string;
    version: string;
    developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string; mpnId?: string };
    metadata: { shortDescription: { default: string }; longDescription: { default: string } };
  };
}

export const appIcons = { color: 'custodian_color.png', outline: 'custodian_outline.png' } as const;

const sharePointResource = '00000003-0000-0ff1-ce00-000000000000';

function personalTabUrl(componentId: string): string {
  return (
    'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx' +
    `%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`
  );
}

function channelTabConfigurationUrl(componentId: string): string {
  return (
    'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}' +
    `/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`
  );
}

/**
 * package-solution.json must name a Microsoft Partner Network id, and SPFx fills in "Undefined-<version>"
 * when a solution has none; Teams allows only a real one (at most 10 characters), so only a real one is passed on.
 */
function teamsDeveloper({ mpnId, ...developer }: SolutionConfig['solution']['developer']): Record<string, string> {
  return mpnId && /^\d{1,10}$/.test(mpnId) ? { ...developer, mpnId } : developer;
}

/** Teams wants three-part semantic versions; SharePoint solutions have four parts. */
function teamsVersion(solutionVersion: string): string {
  return solutionVersion.split('.').slice(0, 3).join('.');
}

/**
 * Teams allows one configurable (channel) tab per app, so exactly one web part is named for it; every
 * web part that supports TeamsPersonalApp becomes a personal tab.
 */
export function teamsManifest(
  solution: SolutionConfig,
  webParts: readonly WebPartManifest[],
  channelTabAlias: string
): Record<string, unknown> {
  const channelTab = webParts.find((webPart) => webPart.alias === channelTabAlias);
  if (!channelTab) throw new Error(`No web part has the alias ${channelTabAlias}.`);
  if (!channelTab.supportedHosts.includes('TeamsTab')) {
    throw new Error(`${channelTabAlias} cannot be a channel tab: its supportedHosts lack TeamsTab.`);
  }
  const { id, version, developer, metadata } = solution.solution;
  const shortDescription = metadata.shortDescription.default;
  if (shortDescription.length > 80) throw new Error('Teams limits the short description to 80 characters.');

  // 1.17: the newest version whose every feature this app uses; 1.13 and later run in Outlook and Office too.
  // Later versions add agents and Copilot features, nothing a tab needs.
  return {
    $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    manifestVersion: '1.17',
    id,
    version: teamsVersion(version),
    developer: teamsDeveloper(developer),
    name: { short: 'Custodian', full: 'Custodian: council registers and data quality' },
    description: { short: shortDescription, full: metadata.longDescription.default },
    icons: appIcons,
    accentColor: '#1D4F73',
    configurableTabs: [
      {
        configurationUrl: channelTabConfigurationUrl(channelTab.id),
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat']
      }
    ],
    staticTabs: webParts
      .filter((webPart) => webPart.supportedHosts.includes('TeamsPersonalApp'))
      .map((webPart) => ({
        entityId: webPart.id,
        name: webPart.preconfiguredEntries[0].title.default,
        contentUrl: personalTabUrl(webPart.id),
        scopes: ['personal']
      })),
    permissions: ['identity'],
    validDomains: ['*.login.microsoftonline.com', '*.sharepoint.com', 'spoprod-a.akamaihd.net', 'resourceseng.blob.core.windows.net'],
    webApplicationInfo: { resource: 'https://{teamSiteDomain}', id: sharePointResource }
  };
}
