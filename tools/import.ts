import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeSharePointProblem } from '../src/data/sharePointProblem';
import { createRepository, type Repository } from '../src/data/repository';
import { changesBeforeImport, importContext, importRecordOf, loadImport, loadsRow, mappingFromFile, recordImport, savedMappingFor, type SavedMapping } from '../src/data/spreadsheetImport';
import { londonDateOf } from '../src/domain/calendar/londonTime';
import { fileShape, proposeMapping, withSavedMapping, type ColumnMapping } from '../src/domain/import/columnMapping';
import { requireHeaderRow } from '../src/domain/import/headerRow';
import { planImport, rowClasses, type ImportPlan } from '../src/domain/import/importRows';
import { readSpreadsheet } from '../src/domain/import/readSpreadsheet';
import { rejectReport } from '../src/domain/import/rejectReport';
import { toCsv } from '../src/domain/export/csv';
import type { Register } from '../src/domain/lists/defineList';
import { registers } from '../src/domain/registers';
import { connectToSite } from './siteConnection';
import { option } from './commandLine';

const usage = 'npm run import -- --register <name> --file <path> [--site <url>] [--user <login> | --client-id <id> --tenant <tenant>] [--mapping <file>] [--write-mapping <file>] [--dry-run]';

const classNames: Record<string, string> = { clean: 'loaded as they were', cleaned: 'loaded after cleaning', flagged: 'loaded and flagged for the data stewards', duplicate: 'duplicates, not loaded', rejected: 'rejected' };

function summary(plan: ImportPlan, mapping: readonly ColumnMapping[], register: Register): string {
  const lines = [
    'Columns:',
    ...mapping.map((column) => `  ${column.header} → ${column.field ? `${register.fields[column.field].title} (by ${column.mappedBy})` : 'ignored'}`),
    'Rows:',
    ...rowClasses.map((rowClass) => `  ${plan.counts[rowClass].toLocaleString('en-GB')} ${classNames[rowClass]}`)
  ];
  const reasons = new Map<string, number>();
  for (const row of plan.rows) for (const problem of row.problems) reasons.set(`${row.class}: ${problem.reason}`, (reasons.get(`${row.class}: ${problem.reason}`) ?? 0) + 1);
  const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12);
  if (top.length) lines.push('Most common reasons:', ...top.map(([reason, count]) => `  ${count} × ${reason}`));
  for (const [field, values] of Object.entries(plan.unmatched)) {
    lines.push(`Values of ${register.fields[field].title} that match no choice (map them with --mapping):`, ...Object.entries(values).map(([value, count]) => `  "${value}" in ${count} rows`));
  }
  return lines.join('\n');
}

/**
 * `npm run import`: a spreadsheet into a register, with the same cleaning, checks and load as the web
 * part's import. Without --site it imports into the workbench's emulated site.
 */
async function main(): Promise<void> {
  const registerName = option('--register');
  const file = option('--file');
  if (!registerName || !file) throw new Error(`Usage: ${usage}`);
  const register = (registers as unknown as Register[]).find((candidate) => candidate.name === registerName || candidate.title === registerName);
  if (!register) throw new Error(`There is no register "${registerName}". Registers: ${registers.map((candidate) => candidate.name).join(', ')}.`);
  const { sp } = await connectToSite();
  const fileName = path.basename(file);

  const sheet = await readSpreadsheet(new Uint8Array(await fs.readFile(file)), fileName);
  const header = requireHeaderRow(sheet, register.fields, fileName);
  const shape = fileShape(header.columns);
  const mappingFile = option('--mapping');
  const saved: SavedMapping | undefined = mappingFile
    ? mappingFromFile(await fs.readFile(mappingFile, 'utf8'), mappingFile)
    : await savedMappingFor(sp, register.title, shape);
  const mapping = withSavedMapping(proposeMapping(register.fields, header.columns), saved?.columns);
  const valueMap = saved?.valueMap ?? {};
  const today = londonDateOf(Date.now());
  const context = await importContext(sp, register as unknown as Register, registers as unknown as Register[]);
  const plan = planImport(register, sheet, header, mapping, { today, valueMap, ...context });
  for (const column of header.ignored) console.log(`Ignored column ${column.header || `#${column.column + 1}`}: ${column.reason}`);
  console.log(summary(plan, mapping, register));

  const writeMapping = option('--write-mapping');
  if (writeMapping) {
    const proposal = {
      help: 'Set each column\'s "field" to a field name, or null to ignore it. Under valueMap, map a value to one of its field\'s choices, or to null to leave it blank. Then run the import with --mapping this-file.',
      columns: mapping.map(({ header: title, field }) => ({ header: title, field })),
      valueMap,
      unmatchedValues: plan.unmatched
    };
    await fs.writeFile(writeMapping, `${JSON.stringify(proposal, null, 2)}\n`);
    console.log(`Wrote the proposed mapping to ${writeMapping}.`);
    return;
  }
  const rejects = plan.rows.filter((row) => row.class === 'rejected');
  if (rejects.length) {
    const reportFile = `${file.replace(/\.[^.]+$/, '')}.rejects.csv`;
    await fs.writeFile(reportFile, toCsv(rejectReport(plan, header.columns.map((column) => column.header), register.fields)));
    console.log(`The ${rejects.length.toLocaleString('en-GB')} rejected rows, with what to put right, are in ${reportFile}.`);
  }
  if (process.argv.includes('--dry-run')) {
    console.log('Dry run: nothing was loaded.');
    return;
  }
  const pending = await changesBeforeImport(sp, register as unknown as Register);
  if (pending.length) {
    throw new Error(
      `The site's lists are behind this version of Custodian, so SharePoint would refuse rows it loads; nothing was loaded. A site owner can apply the update from any Custodian web part on the site:\n  ${pending.join('\n  ')}`
    );
  }
  const repository = createRepository(sp, register as unknown as Register, () => new Date()) as unknown as Repository<Record<string, unknown>>;
  const total = plan.rows.filter(loadsRow).length;
  let reported = 0;
  const result = await loadImport(repository, plan, (done) => {
    if (done === total || done - reported >= total / 10) {
      reported = done;
      console.log(`Loaded ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows.`);
    }
  });
  await recordImport(sp, importRecordOf(fileName, register.title, header, mapping, valueMap, plan, result));
  console.log(`Done: ${result.loaded.toLocaleString('en-GB')} rows are in ${register.title} (${result.flagged.toLocaleString('en-GB')} flagged for the data stewards).`);
  for (const refused of result.refused) console.log(`SharePoint refused row ${refused.rowNumber}: ${refused.reason}`);
  if (result.refused.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  const problem = describeSharePointProblem(error);
  console.error(`The import stopped: ${problem.detail}${problem.status ? ` (HTTP ${problem.status})` : ''}`);
  if (problem.status === 401) console.error('To sign in to a local emulator, name a site user: --user priya.shah@council.example');
  process.exit(1);
});
