import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

export const sppkgPath = path.join(__dirname, '..', 'sharepoint', 'solution', 'custodian.sppkg');

export interface PackagedComponent {
  id: string;
  name: string;
  manifest: {
    alias: string;
    supportedHosts: string[];
    loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> };
  };
}

/** Opens the .sppkg (an Open Packaging Conventions zip) that `npm run package` wrote. */
export async function openSppkg(): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(sppkgPath));
}

/** The client-side components the package provisions: one WebPart_<id>.xml each, carrying its manifest. */
export async function packagedComponents(sppkg: JSZip): Promise<PackagedComponent[]> {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const files = sppkg.file(/\/WebPart_[0-9a-f-]+\.xml$/);
  return Promise.all(
    files.map(async (file) => {
      const xml = parser.parse(await file.async('string')) as {
        Elements: { ClientSideComponent: { Id: string; Name: string; ComponentManifest: string } };
      };
      const component = xml.Elements.ClientSideComponent;
      return { id: component.Id, name: component.Name, manifest: JSON.parse(component.ComponentManifest) };
    })
  );
}
