import * as path from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as ts from 'typescript';

const src = path.join(__dirname, '..', '..', 'src');
const domain = path.join(src, 'domain');
/** DESIGN.md's layers, lowest first: each may import only from itself and the layers before it. */
const layers = ['domain', 'data', 'ui', 'apps', 'webparts'] as const;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(folder, entry.name)] : []
  );
}

const layerOf = (file: string): number => layers.indexOf(path.relative(src, file).split(path.sep)[0] as (typeof layers)[number]);

function resolved(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find(existsSync);
}

/** Every module a file imports, statically or with `import()`, as TypeScript's own pre-processor reads them. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName }) => resolved(file, fileName)).filter((target): target is string => target !== undefined);
}

const files = sourceFiles(src).filter((file) => layerOf(file) >= 0);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string): string => path.relative(src, file);

/** Every import cycle, once each, found by a depth-first walk of the graph. */
function cycles(): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): void => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      found.push([...onPath.slice(at), file].map(name));
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    onPath.pop();
    done.add(file);
  };
  for (const file of files) visit(file);
  return found;
}

describe('the layers', () => {
  it('import only from their own layer and the ones below: domain → data → ui → apps → webparts', () => {
    const upward = files.flatMap((file) =>
      (graph.get(file) ?? []).filter((target) => layerOf(target) > layerOf(file)).map((target) => `${name(file)} → ${name(target)}`)
    );
    expect(upward).toEqual([]);
  });

  it('have no import cycle, static or dynamic', () => {
    expect(cycles()).toEqual([]);
  });

  it('are read whole: the walk sees the dynamic imports that make chunks', () => {
    const dynamic = graph.get(path.join(src, 'webparts', 'foiLog', 'FoiLogWebPart.ts')) ?? [];
    expect(dynamic.map(name)).toContain(path.join('apps', 'foi', 'foiApp.tsx'));
  });
});

describe('src/domain', () => {
  it('imports nothing from React, Fluent UI, PnPjs, SPFx, Teams or Node', () => {
    const forbidden = /from ['"](react|react-dom|@fluentui\/|@pnp\/|@microsoft\/|node:|fs|path|http|child_process)/;
    const offenders = sourceFiles(domain)
      .filter((file) => forbidden.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(domain, file));
    expect(offenders).toEqual([]);
  });

  it('never reads the clock itself', () => {
    const offenders = sourceFiles(domain)
      .filter((file) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(domain, file));
    expect(offenders).toEqual([]);
  });
});
