import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { registers } from '../../src/domain/registers';
import { teamsManifestErrors } from '../../tools/teams/schemaChecks';
import { openSppkg, packagedComponents, type PackagedComponent } from '../../tools/sppkg';

const { firstScreenFilesPath } = require('../../tools/firstScreenFiles') as { firstScreenFilesPath: string };

describe('custodian.sppkg', () => {
  let sppkg: JSZip;
  let components: PackagedComponent[];

  beforeAll(async () => {
    sppkg = await openSppkg();
    components = await packagedComponents(sppkg);
  });

  it('is a SharePoint app package with a feature', () => {
    expect(sppkg.file('AppManifest.xml')).not.toBeNull();
    expect(sppkg.file(/^feature_[0-9a-f-]+\.xml$/)).toHaveLength(1);
  });

  it('provisions every register as a list, with its fields, when the app is added to a site', async () => {
    const elements = sppkg.file(/\/elements\.xml$/);
    expect(elements).toHaveLength(1);
    const xml = await elements[0].async('string');
    for (const register of registers) {
      const schemaFile = /CustomSchema="([^"]+)"[^>]*Url="([^"]+)"/.exec(xml.split('\n').find((line) => line.includes(`Url="${register.url}"`)) ?? '');
      expect(schemaFile?.[2]).toBe(register.url);
      const schema = await sppkg.file(schemaFile![1])!.async('string');
      for (const name of Object.keys(register.fields)) expect(schema).toContain(`StaticName="${name}"`);
    }
  });

  it('holds the five web parts, each able to be a Teams tab', () => {
    expect(components.map((c) => c.name).sort()).toEqual(['Custodian register', 'Data Quality', 'Data Wiki', 'FOI Log', 'Urgent Care Tracker']);
    for (const component of components) {
      expect(component.manifest.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
    }
  });

  it('ships each web part’s bundle inside the package', () => {
    for (const { manifest } of components) {
      const bundle = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
      expect(bundle.type).toBe('path');
      expect(sppkg.file(`ClientSideAssets/${bundle.path}`)).not.toBeNull();
    }
  });

  // tools/lazyButtonMenu.js: Fluent's buttons would otherwise bring their menu (about 16 KB gzip) to every first screen.
  it('ships the menu of Fluent’s buttons, but in no web part’s first download', async () => {
    const firstScreens = JSON.parse(readFileSync(firstScreenFilesPath, 'utf8')) as Record<string, string[]>;
    const assets = sppkg.file(/^ClientSideAssets\/.*\.js$/);
    const holdingMenu = new Set<string>();
    for (const file of assets) if ((await file.async('string')).includes('ms-ContextualMenu-link')) holdingMenu.add(file.name.slice('ClientSideAssets/'.length));
    expect(holdingMenu.size).toBeGreaterThan(0);
    expect(Object.keys(firstScreens)).toHaveLength(components.length);
    for (const files of Object.values(firstScreens)) expect(files.filter((file) => holdingMenu.has(file))).toEqual([]);
  });

  it('carries the Teams app package: a channel tab and personal tabs for these web parts, with its icons', async () => {
    const teamsZip = sppkg.file('ClientSideAssets/TeamsSPFxApp.zip');
    expect(teamsZip).not.toBeNull();
    const teamsApp = await JSZip.loadAsync(await teamsZip!.async('nodebuffer'));
    const manifest = JSON.parse(await teamsApp.file('manifest.json')!.async('string')) as {
      icons: { color: string; outline: string };
      configurableTabs: Array<{ configurationUrl: string }>;
      staticTabs: Array<{ entityId: string }>;
    };

    const ids = components.map((c) => c.id);
    const tabComponent = /componentId=([0-9a-f-]+)/.exec(manifest.configurableTabs[0].configurationUrl)![1];
    expect(ids).toContain(tabComponent);
    const personal = components.filter((c) => c.manifest.supportedHosts.includes('TeamsPersonalApp')).map((c) => c.id);
    expect(manifest.staticTabs.map((tab) => tab.entityId).sort()).toEqual(personal.sort());
    expect(teamsApp.file(manifest.icons.color)).not.toBeNull();
    expect(teamsApp.file(manifest.icons.outline)).not.toBeNull();
    expect(await teamsManifestErrors(manifest as unknown as Record<string, unknown>)).toEqual([]);
  });
});
