import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { teamsManifest, type SolutionConfig, type WebPartManifest } from '../../tools/teams/teamsManifest';
import { packageSolutionErrors, teamsManifestErrors } from '../../tools/teams/schemaChecks';

const root = path.join(__dirname, '..', '..');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

const solution = readJson<SolutionConfig>('config/package-solution.json');
const config = readJson<{ bundles: Record<string, { components: Array<{ manifest: string }> }> }>('config/config.json');
const webParts = Object.values(config.bundles).flatMap((bundle) =>
  bundle.components.map((component) => readJson<WebPartManifest>(component.manifest))
);

describe('the Teams app manifest', () => {
  const manifest = teamsManifest(solution, webParts, 'DataQualityWebPart') as {
    id: string;
    version: string;
    configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
    staticTabs: Array<{ entityId: string; name: string; contentUrl: string }>;
  };

  it('is built from the five web parts of the solution', () => {
    expect(webParts.map((webPart) => webPart.alias).sort()).toEqual([
      'DataQualityWebPart',
      'DataWikiWebPart',
      'FoiLogWebPart',
      'RegisterWebPart',
      'UrgentCareTrackerWebPart'
    ]);
  });

  it('carries the solution id and a three-part version', () => {
    expect(manifest.id).toBe(solution.solution.id);
    expect(manifest.version).toBe(solution.solution.version.split('.').slice(0, 3).join('.'));
  });

  it('offers Data Quality as the channel tab, opening its property pane on the team site', () => {
    const dataQuality = webParts.find((webPart) => webPart.alias === 'DataQualityWebPart')!;
    expect(manifest.configurableTabs).toHaveLength(1);
    expect(manifest.configurableTabs[0].configurationUrl).toContain(`componentId=${dataQuality.id}`);
    expect(manifest.configurableTabs[0].configurationUrl).toContain('{teamSitePath}');
    expect(manifest.configurableTabs[0].scopes).toEqual(['team', 'groupChat']);
  });

  it('offers a personal tab for every web part that supports TeamsPersonalApp, and only those', () => {
    const personal = webParts.filter((webPart) => webPart.supportedHosts.includes('TeamsPersonalApp'));
    expect(manifest.staticTabs.map((tab) => tab.entityId)).toEqual(personal.map((webPart) => webPart.id));
    expect(manifest.staticTabs.map((tab) => tab.name)).toEqual(['Urgent Care Tracker', 'FOI Log', 'Data Wiki', 'Custodian register']);
    for (const tab of manifest.staticTabs) expect(tab.contentUrl).toContain(`componentId=${tab.entityId}`);
  });

  it('is valid for the Teams schema of the version it declares, read offline from Microsoft’s package', async () => {
    expect(await teamsManifestErrors(manifest as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('passes on the partner id only when it is one: the SPFx placeholder is not', async () => {
    const placeholder = teamsManifest(solution, webParts, 'DataQualityWebPart') as { developer: Record<string, string> };
    expect(solution.solution.developer.mpnId).toBe('Undefined-1.23.2');
    expect(placeholder.developer).not.toHaveProperty('mpnId');
    const partner = { solution: { ...solution.solution, developer: { ...solution.solution.developer, mpnId: '1234567' } } };
    const withPartner = teamsManifest(partner, webParts, 'DataQualityWebPart');
    expect(withPartner.developer).toMatchObject({ mpnId: '1234567' });
    expect(await teamsManifestErrors(withPartner)).toEqual([]);
  });

  it('finds each error Teams would refuse, and refuses a version Microsoft never published', async () => {
    const broken = {
      ...manifest,
      packageName: 'custodian',
      developer: { ...solution.solution.developer },
      configurableTabs: [{ ...manifest.configurableTabs[0], scopes: ['team', 'groupchat'] }]
    };
    const errors = await teamsManifestErrors(broken);
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/additionalProperty":"packageName/);
    expect(errors.join('\n')).toMatch(/\/developer\/mpnId must NOT have more than 10 characters/);
    expect(errors.join('\n')).toMatch(/\/configurableTabs\/0\/scopes\/1 must be equal to one of the allowed values/);
    await expect(teamsManifestErrors({ ...manifest, manifestVersion: '1.18' })).rejects.toThrow(/No Teams manifest schema 1.18/);
    expect(await teamsManifestErrors({ ...manifest, $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.16/MicrosoftTeams.schema.json' })).toEqual([
      expect.stringMatching(/is not the schema of manifest version 1.17/)
    ]);
  });

  it('comes from a package-solution.json that SPFx’s own schema accepts', () => {
    expect(packageSolutionErrors(solution)).toEqual([]);
    expect(packageSolutionErrors({ solution: { ...solution.solution, developer: { name: 'Custodian' } } })).toEqual(
      expect.arrayContaining([expect.stringMatching(/developer should have required property 'websiteUrl'/)])
    );
  });

  it('refuses a channel tab for a web part that cannot be a Teams tab', () => {
    const notATab = webParts.map((webPart) =>
      webPart.alias === 'DataWikiWebPart' ? { ...webPart, supportedHosts: ['SharePointWebPart'] } : webPart
    );
    expect(() => teamsManifest(solution, notATab, 'DataWikiWebPart')).toThrow(/lack TeamsTab/);
    expect(() => teamsManifest(solution, webParts, 'NoSuchWebPart')).toThrow(/No web part has the alias/);
  });
});
