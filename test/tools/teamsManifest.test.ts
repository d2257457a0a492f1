import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { teamsManifest, type SolutionConfig, type WebPartManifest } from '../../tools/teams/teamsManifest';

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

  it('is built from the four web parts of the solution', () => {
    expect(webParts.map((webPart) => webPart.alias).sort()).toEqual([
      'DataQualityWebPart',
      'DataWikiWebPart',
      'FoiLogWebPart',
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
    expect(manifest.configurableTabs[0].scopes).toEqual(['team', 'groupchat']);
  });

  it('offers a personal tab for every web part that supports TeamsPersonalApp, and only those', () => {
    const personal = webParts.filter((webPart) => webPart.supportedHosts.includes('TeamsPersonalApp'));
    expect(manifest.staticTabs.map((tab) => tab.entityId)).toEqual(personal.map((webPart) => webPart.id));
    expect(manifest.staticTabs.map((tab) => tab.name)).toEqual(['Urgent Care Tracker', 'FOI Log', 'Data Wiki']);
    for (const tab of manifest.staticTabs) expect(tab.contentUrl).toContain(`componentId=${tab.entityId}`);
  });

  it('refuses a channel tab for a web part that cannot be a Teams tab', () => {
    const notATab = webParts.map((webPart) =>
      webPart.alias === 'DataWikiWebPart' ? { ...webPart, supportedHosts: ['SharePointWebPart'] } : webPart
    );
    expect(() => teamsManifest(solution, notATab, 'DataWikiWebPart')).toThrow(/lack TeamsTab/);
    expect(() => teamsManifest(solution, webParts, 'NoSuchWebPart')).toThrow(/No web part has the alias/);
  });
});
