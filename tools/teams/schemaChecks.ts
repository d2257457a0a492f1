import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { ManifestUtil } from '@microsoft/app-manifest';
import Ajv from 'ajv';

/**
 * Checks against the schemas Microsoft publishes, read offline from the packages that ship them:
 * Teams app manifests from `@microsoft/app-manifest` (every manifest version), package-solution.json
 * from the SPFx toolchain's own package-solution task. Each answers the errors, empty when valid.
 */

const teamsSchemas = path.dirname(require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.17/MicrosoftTeams.schema.json'));

/** The schema a manifest declares by its manifestVersion, or an error when no such version is published. */
function teamsSchemaFor(manifestVersion: unknown): object {
  if (typeof manifestVersion !== 'string' || !/^\d+\.\d+$/.test(manifestVersion)) {
    throw new Error(`The manifest's manifestVersion "${String(manifestVersion)}" is not a published Teams schema version.`);
  }
  const file = path.join(teamsSchemas, '..', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as object;
  } catch {
    throw new Error(`No Teams manifest schema ${manifestVersion} ships with @microsoft/app-manifest.`);
  }
}

export async function teamsManifestErrors(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = teamsSchemaFor(manifest.manifestVersion);
  const expectedSchemaUrl = new RegExp(`/json-schemas/teams/v${String(manifest.manifestVersion).replace('.', '\\.')}/MicrosoftTeams\\.schema\\.json$`);
  const errors = await ManifestUtil.validateManifestAgainstSchema(manifest as never, schema as never);
  if (typeof manifest.$schema === 'string' && !expectedSchemaUrl.test(manifest.$schema)) {
    errors.push(`$schema ${manifest.$schema} is not the schema of manifest version ${String(manifest.manifestVersion)}.`);
  }
  return errors;
}

// The toolchain's package does not export the schema's path, so it is found beside the package's entry point.
const packageSolutionSchema = path.join(
  path.dirname(require.resolve('@microsoft/spfx-heft-plugins')),
  'plugins',
  'packageSolutionPlugin',
  'package-solution.schema.json'
);

export function packageSolutionErrors(config: unknown): string[] {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(packageSolutionSchema, 'utf8')) as object);
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error) => `${error.dataPath || '/'} ${error.message ?? ''}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
}
