import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import type { RegisterScreenDeclaration } from '../../src/domain/lists/registerScreen';
import { registers } from '../../src/domain/registers';

const root = path.join(__dirname, '..', '..');
const domain = path.join(root, 'src', 'domain');
export const offeredRegistersFile = 'src/domain/registers/offeredRegisters.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(folder, entry.name)) : /\.ts$/.test(entry.name) ? [path.join(folder, entry.name)] : []
  );
}

const quoted = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const isScreen = (value: unknown): value is RegisterScreenDeclaration =>
  typeof value === 'object' && value !== null && 'register' in value && 'views' in value && 'noun' in value && Array.isArray((value as RegisterScreenDeclaration).views);

/**
 * Every register screen the domain declares that needs nothing of an app of its own (no view asks more than
 * a condition, who is looking and when), found by reading the domain's modules: what the register web part
 * offers. Each screen's module loads only when that register is opened, so a first screen downloads the one
 * register it shows, and the list itself is titles only.
 */
export function offeredRegistersModule(): string {
  const found: Array<{ screen: RegisterScreenDeclaration; exportName: string; file: string }> = [];
  for (const file of sourceFiles(domain)) {
    if (path.relative(root, file) === offeredRegistersFile) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each domain module, read for its exports
    const moduleExports = require(file) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(moduleExports)) {
      if (isScreen(value) && value.views.every((view) => view.includes === undefined)) found.push({ screen: value, exportName, file });
    }
  }
  const order = (entry: (typeof found)[number]): number => registers.findIndex((register) => register.name === entry.screen.register.name);
  const entries = found.sort((a, b) => order(a) - order(b)).map(({ screen, exportName, file }) => {
    const from = path.relative(path.join(root, path.dirname(offeredRegistersFile)), file).replace(/\\/g, '/').replace(/\.ts$/, '');
    const module = from.startsWith('.') ? from : `./${from}`;
    const { name, title, description } = screen.register;
    return `  {
    name: ${quoted(name)},
    title: ${quoted(title)},
    description: ${quoted(description)},
    screen: () => import(/* webpackChunkName: 'register-${name}' */ '${module}').then((module) => module.${exportName})
  }`;
  });
  return `// Written by \`npm run generate\` (tools/registers/offeredRegisters.ts) from the register screens the domain declares: do not edit.
import type { OfferedRegister } from '../lists/registerScreen';

export const offeredRegisters: readonly OfferedRegister[] = [
${entries.join(',\n')}
];
`;
}
