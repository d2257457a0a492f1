import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import JSZip from 'jszip';
import { appIcons, teamsManifest, type SolutionConfig, type WebPartManifest } from './teamsManifest';
import { packageSolutionErrors, teamsManifestErrors } from './schemaChecks';

const root = path.join(__dirname, '..', '..');
const teamsFolder = path.join(root, 'teams');
export const teamsPackagePath = path.join(teamsFolder, 'TeamsSPFxApp.zip');

// Stewards work in a channel (DQ004); the other apps are personal tabs or SharePoint pages added as tabs.
const channelTabAlias = 'DataQualityWebPart';

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as T;
}

async function webPartManifests(): Promise<WebPartManifest[]> {
  const config = await readJson<{ bundles: Record<string, { components: Array<{ manifest: string }> }> }>(
    path.join(root, 'config', 'config.json')
  );
  const files = Object.values(config.bundles).flatMap((bundle) => bundle.components.map((c) => c.manifest));
  return Promise.all(files.map((file) => readJson<WebPartManifest>(path.join(root, file))));
}

/**
 * Writes teams/TeamsSPFxApp.zip. package-solution copies the teams folder into the .sppkg, where
 * SharePoint's "Sync to Teams" uses this package instead of generating one for a single web part.
 */
export async function buildTeamsPackage(): Promise<void> {
  const solution = await readJson<SolutionConfig>(path.join(root, 'config', 'package-solution.json'));
  const solutionErrors = packageSolutionErrors(solution);
  if (solutionErrors.length) throw new Error(`config/package-solution.json breaks its schema:\n${solutionErrors.join('\n')}`);
  const manifest = teamsManifest(solution, await webPartManifests(), channelTabAlias);
  // Teams admin upload and Sync to Teams refuse an invalid manifest; better the build than a council's IT team finds out.
  const manifestErrors = await teamsManifestErrors(manifest);
  if (manifestErrors.length) throw new Error(`The Teams manifest breaks schema ${String(manifest.manifestVersion)}:\n${manifestErrors.join('\n')}`);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const icon of Object.values(appIcons)) {
    zip.file(icon, await fs.readFile(path.join(teamsFolder, icon)));
  }
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  await fs.writeFile(teamsPackagePath, content);
}

if (require.main === module) {
  buildTeamsPackage().then(
    () => console.log(`Wrote ${path.relative(root, teamsPackagePath)}`),
    (error: Error) => {
      console.error(`Could not build the Teams package: ${error.message}`);
      process.exit(1);
    }
  );
}
