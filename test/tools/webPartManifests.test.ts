import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { workbenchApps } from '../../workbench/page/apps';

const root = path.join(__dirname, '..', '..');
const config = JSON.parse(readFileSync(path.join(root, 'config/config.json'), 'utf8')) as {
  bundles: Record<string, { components: Array<{ manifest: string }> }>;
};
const manifests = Object.values(config.bundles).flatMap((bundle) =>
  bundle.components.map(
    (component) =>
      JSON.parse(readFileSync(path.join(root, component.manifest), 'utf8')) as {
        supportedHosts: string[];
        preconfiguredEntries: Array<{ title: { default: string }; description: { default: string } }>;
      }
  )
);

describe('web part manifests', () => {
  it('name the same apps, with the same words, as the apps themselves', () => {
    const fromManifests = manifests.map((m) => [m.preconfiguredEntries[0].title.default, m.preconfiguredEntries[0].description.default]);
    const fromApps = workbenchApps.map((app) => [app.title, app.summary]);
    expect(fromManifests).toEqual(fromApps);
  });

  it('can all be placed on a SharePoint page and added to Teams as a tab', () => {
    for (const manifest of manifests) {
      expect(manifest.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
    }
  });
});
