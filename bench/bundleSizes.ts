import { gzipSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import type JSZip from 'jszip';
import { openSppkg, packagedComponents, sppkgPath } from '../tools/sppkg';
const { firstScreenFilesPath } = require('../tools/firstScreenFiles') as { firstScreenFilesPath: string };

/** Issue 17's budget for the JavaScript a web part downloads before its first screen. */
const budgetKb = 150;

interface Weight {
  minified: number;
  gzip: number;
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/**
 * Prints, from the package `npm run package` wrote, what each web part downloads before its first screen
 * (its bundle, the host and its app, with the chunks they share; the rest loads on demand), minified and
 * gzipped file by file as a browser receives them, against the budget; then what a page with two of the
 * web parts downloads, next to what it would if they shared nothing.
 */
async function main(): Promise<void> {
  const sppkg = await openSppkg();
  const firstScreenFiles = JSON.parse(readFileSync(firstScreenFilesPath, 'utf8')) as Record<string, string[]>;
  const weights = new Map<string, Weight>();
  const weigh = async (files: readonly string[]): Promise<Weight> => {
    const total = { minified: 0, gzip: 0 };
    for (const file of files) {
      if (!weights.has(file)) weights.set(file, await weighFile(sppkg, file));
      total.minified += weights.get(file)!.minified;
      total.gzip += weights.get(file)!.gzip;
    }
    return total;
  };

  console.log(`custodian.sppkg: ${kb(statSync(sppkgPath).size)} KB`);
  const webParts: { name: string; files: string[] }[] = [];
  for (const { name, manifest } of await packagedComponents(sppkg)) {
    const bundlePath = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path!;
    const bundleName = bundlePath.replace(/_[0-9a-f]+\.js$/, '');
    const files = firstScreenFiles[bundleName];
    if (!files) throw new Error(`${firstScreenFilesPath} names no files for ${bundleName}: run npm run package first.`);
    webParts.push({ name, files });
    const { minified, gzip } = await weigh(files);
    const verdict = gzip <= budgetKb * 1024 ? 'within budget' : `${kb(gzip - budgetKb * 1024)} KB over`;
    console.log(`${name.padEnd(20)} ${String(files.length).padStart(2)} files ${kb(minified).padStart(7)} KB minified ${kb(gzip).padStart(6)} KB gzip (budget ${budgetKb} KB: ${verdict})`);
  }

  console.log('\nTwo web parts on one page (gzip): downloaded, against the two first screens added up');
  for (const [index, first] of webParts.entries()) {
    for (const second of webParts.slice(index + 1)) {
      const both = await weigh([...new Set([...first.files, ...second.files])]);
      const apart = (await weigh(first.files)).gzip + (await weigh(second.files)).gzip;
      console.log(`${`${first.name} + ${second.name}`.padEnd(42)} ${kb(both.gzip).padStart(6)} KB of ${kb(apart).padStart(6)} KB (${Math.round((100 * both.gzip) / apart)}%)`);
    }
  }
}

async function weighFile(sppkg: JSZip, file: string): Promise<Weight> {
  const packaged = sppkg.file(`ClientSideAssets/${file}`);
  if (!packaged) throw new Error(`The package holds no ClientSideAssets/${file}: run npm run package again.`);
  const contents = await packaged.async('nodebuffer');
  return { minified: contents.length, gzip: gzipSync(contents).length };
}

void main();
