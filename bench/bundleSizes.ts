import { gzipSync } from 'node:zlib';
import { openSppkg, packagedComponents, sppkgPath } from '../tools/sppkg';
import { statSync } from 'node:fs';

/** Issue 17's budget for the JavaScript a web part downloads before its first screen. */
const budgetKb = 150;

/**
 * Prints each web part's entry bundle (all it runs before its first screen: the rest loads on demand),
 * minified and gzipped, against the budget, from the package `npm run package` wrote.
 */
async function main(): Promise<void> {
  const sppkg = await openSppkg();
  console.log(`custodian.sppkg: ${(statSync(sppkgPath).size / 1024).toFixed(1)} KB`);
  for (const { name, manifest } of await packagedComponents(sppkg)) {
    const bundlePath = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path!;
    const bundle = await sppkg.file(`ClientSideAssets/${bundlePath}`)!.async('nodebuffer');
    const gzipKb = gzipSync(bundle).length / 1024;
    const verdict = gzipKb <= budgetKb ? 'within budget' : `${(gzipKb - budgetKb).toFixed(1)} KB over`;
    console.log(`${name.padEnd(20)} ${(bundle.length / 1024).toFixed(1).padStart(7)} KB minified ${gzipKb.toFixed(1).padStart(6)} KB gzip (budget ${budgetKb} KB: ${verdict})`);
  }
}

void main();
