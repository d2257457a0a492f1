import * as path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';

const domain = path.join(__dirname, '..', '..', 'src', 'domain');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(folder, entry.name)] : []
  );
}

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
