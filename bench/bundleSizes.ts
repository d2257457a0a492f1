import { gzipSync } from 'node:zlib';
import { openSppkg, packagedComponents, sppkgPath } from '../tools/sppkg';
import { statSync } from 'node:fs';

/** Prints each web part's bundle size, minified and gzipped, from the package `npm run package` wrote. */
async function main(): Promise<void> {
  const sppkg = await openSppkg();
  console.log(`custodian.sppkg: ${(statSync(sppkgPath).size / 1024).toFixed(1)} KB`);
  for (const { name, manifest } of await packagedComponents(sppkg)) {
    const bundlePath = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path!;
    const bundle = await sppkg.file(`ClientSideAssets/${bundlePath}`)!.async('nodebuffer');
    console.log(`${name.padEnd(20)} ${(bundle.length / 1024).toFixed(1).padStart(7)} KB minified ${(gzipSync(bundle).length / 1024).toFixed(1).padStart(6)} KB gzip`);
  }
}

void main();
