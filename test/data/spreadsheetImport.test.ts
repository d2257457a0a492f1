import { provision } from '../../src/data/siteUpgrade';
import { canAddItems } from '../../src/data/listPermissions';
import { BulkAddInterrupted } from '../../src/data/bulkAdd';
import { createRepository, type Repository } from '../../src/data/repository';
import { readImports } from '../../src/data/importHistory';
import { existingDuplicateKeys, importContext, loadImport, mappingFromFile, recordImport, savedMappingFor } from '../../src/data/spreadsheetImport';
import { fileShape, proposeMapping } from '../../src/domain/import/columnMapping';
import { findHeaderRow } from '../../src/domain/import/headerRow';
import { planImport, type ImportPlan } from '../../src/domain/import/importRows';
import { readXlsx } from '../../src/domain/import/readXlsx';
import type { Sheet } from '../../src/domain/import/sheet';
import { foiRequesters, foiRequests, registers, urgentCareReferrals } from '../../src/domain/registers';
import type { Register } from '../../src/domain/lists/defineList';
import { messyWorkbook, type MessyWorkbook } from '../../workbench/demoData/messyWorkbook';
import { emulatedSite } from '../support/emulatedSite';

const clock = () => new Date('2026-11-22T10:00:00Z');
const today = '2026-11-22';
const register = urgentCareReferrals as unknown as Register;
const officers = new Map([
  [2, 'Sam Okafor'],
  [3, 'Alex Morgan']
]);

let workbook: MessyWorkbook;
let sheet: Sheet;

beforeAll(async () => {
  workbook = await messyWorkbook({ rows: 800, seed: 99, today, officers });
  sheet = await readXlsx(workbook.bytes, 'tracker.xlsx');
}, 60_000);

async function site() {
  const emulated = emulatedSite({ clock });
  await provision(emulated.sp(), registers as unknown as Register[]);
  const repository = createRepository(emulated.sp(), urgentCareReferrals, clock) as unknown as Repository<Record<string, unknown>>;
  const plan = async (): Promise<ImportPlan> => {
    const header = findHeaderRow(sheet, register.fields)!;
    return planImport(register as unknown as Register, sheet, header, proposeMapping(register.fields, header.columns), {
      today,
      valueMap: { Status: workbook.undeclaredStatuses },
      people: [...officers].map(([id, title]) => ({ id, title })),
      lookups: {},
      existingKeys: await existingDuplicateKeys(emulated.sp(), register)
    });
  };
  const nhsNumbersOnList = async (): Promise<string[]> => {
    const numbers: string[] = [];
    for await (const page of repository.all()) numbers.push(...page.map((saved) => `${String(saved.item.NhsNumber)} ${String(saved.item.AdmissionDate)}`));
    return numbers;
  };
  return { ...emulated, repository, plan, nhsNumbersOnList };
}

const loading = (plan: ImportPlan) => plan.counts.clean + plan.counts.cleaned + plan.counts.flagged;

describe('loading a spreadsheet into a register', () => {
  it('loads every clean, cleaned and flagged row once, flagged ones as legacy records, and loads nothing the second time', async () => {
    const { emulator, repository, plan, nhsNumbersOnList } = await site();
    const first = await plan();
    const result = await loadImport(repository, first);
    expect(result).toEqual({ loaded: loading(first), flagged: first.counts.flagged, refused: [] });
    const onList = await nhsNumbersOnList();
    expect(onList).toHaveLength(loading(first));
    expect(new Set(onList).size).toBe(onList.length);
    const legacy: number[] = [];
    for await (const page of repository.all()) legacy.push(...page.filter((saved) => saved.legacy).map((saved) => saved.id));
    expect(legacy).toHaveLength(first.counts.flagged);

    const second = await plan();
    expect(loading(second)).toBe(0);
    expect(second.counts.duplicate).toBe(first.counts.duplicate + loading(first));
    expect(await loadImport(repository, second)).toEqual({ loaded: 0, flagged: 0, refused: [] });
    expect(await nhsNumbersOnList()).toHaveLength(loading(first));
    emulator.close();
  });

  it('lands every row exactly once through 10% throttling and 10% outages', async () => {
    const { emulator, repository, plan, nhsNumbersOnList } = await site();
    let seed = 123_456_789;
    Object.assign(emulator, { random: () => ((seed = (seed * 16807) % 2147483647) / 2147483647) });
    const planned = await plan();
    const handle = emulator.handle.bind(emulator);
    const refusals: number[] = [];
    emulator.handle = async (request) => {
      const answer = await handle(request);
      if (answer.status === 429 || answer.status === 503) refusals.push(answer.status);
      return answer;
    };
    emulator.setFaults({ throttleRate: 0.1, unavailableRate: 0.1, retryAfterSeconds: 1 });
    const result = await loadImport(repository, planned);
    emulator.setFaults({});
    expect(new Set(refusals)).toEqual(new Set([429, 503]));
    expect(result.loaded).toBe(loading(planned));
    const onList = await nhsNumbersOnList();
    expect(onList).toHaveLength(loading(planned));
    expect(new Set(onList).size).toBe(onList.length);
    emulator.close();
  });

  it('finishes a load cut off half-way when it is run again, adding nothing twice', async () => {
    const { emulator, repository, plan, nhsNumbersOnList } = await site();
    const planned = await plan();
    const handle = emulator.handle.bind(emulator);
    let batches = 0;
    emulator.handle = async (request) => {
      if (request.url.includes('$batch') && ++batches > 3) throw new TypeError('Failed to fetch');
      return handle(request);
    };
    const cut = await loadImport(repository, planned).catch((error: unknown) => error);
    expect(cut).toBeInstanceOf(BulkAddInterrupted);
    emulator.handle = handle;
    const partly = (await nhsNumbersOnList()).length;
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(loading(planned));

    const rerun = await plan();
    await loadImport(repository, rerun);
    const onList = await nhsNumbersOnList();
    expect(onList).toHaveLength(loading(planned));
    expect(new Set(onList).size).toBe(onList.length);
    emulator.close();
  });

  it('keeps a record of each import, and the mapping for the next file of the same shape', async () => {
    const { emulator, sp } = await site();
    const header = findHeaderRow(sheet, register.fields)!;
    const shape = fileShape(header.columns);
    const mapping = { columns: proposeMapping(register.fields, header.columns).map(({ header: title, field }) => ({ header: title, field })), valueMap: { Status: { Active: 'Assessing' } } };
    expect(await savedMappingFor(sp(), register.title, shape)).toBeUndefined();
    await recordImport(sp(), { fileName: 'tracker.xlsx', registerTitle: register.title, fileShape: shape, mapping, counts: { read: 800, loaded: 700, flagged: 60, duplicate: 10, rejected: 90 } });
    expect(await savedMappingFor(sp(), register.title, shape)).toEqual(mapping);
    expect(await savedMappingFor(sp(), register.title, `${shape}|extra`)).toBeUndefined();
    // The register's history in the wiki: the file, who imported it, and what became of its rows.
    expect(await readImports(sp(), register.title)).toEqual([
      expect.objectContaining({ fileName: 'tracker.xlsx', importedBy: expect.not.stringMatching(/^someone unknown$/), counts: { read: 800, loaded: 700, flagged: 60, duplicate: 10, rejected: 90 } })
    ]);
    expect(await readImports(sp(), 'FOI Requests')).toEqual([]);
    // A site whose Imports list is not there yet: the mapping is proposed afresh.
    await sp().web.lists.getByTitle('Custodian Imports').delete();
    expect(await savedMappingFor(sp(), register.title, shape)).toBeUndefined();
    expect(await readImports(sp(), register.title)).toEqual([]);
    emulator.close();
  });

  it('checks a mapping file IT edited, naming what is wrong', () => {
    const good = { help: 'ignored', columns: [{ header: 'NHS No', field: 'NhsNumber' }, { header: 'Spare', field: null }], valueMap: { Status: { Active: 'Assessing', Gone: null } } };
    expect(mappingFromFile(JSON.stringify(good), 'm.json')).toEqual({ columns: good.columns, valueMap: good.valueMap });
    expect(() => mappingFromFile('{', 'm.json')).toThrow(/^m\.json is not valid JSON/);
    expect(() => mappingFromFile(JSON.stringify({ columns: [{ header: 'A' }], valueMap: {} }), 'm.json')).toThrow('m.json is not a mapping: columns.0 needs a "header" and a "field"');
    expect(() => mappingFromFile(JSON.stringify({ columns: [], valueMap: { Status: { Active: 3 } } }), 'm.json')).toThrow('valueMap.Status.Active must be a choice or null');
  });
  it('matches a lookup column against the items of the register it names, and will not guess without that register', async () => {
    const { emulator, sp } = await site();
    const requesters = sp().web.lists.getByTitle(foiRequesters.title).items;
    await requesters.add({ Title: 'R-0001', RequesterName: 'Ann Other' });
    await requesters.add({ Title: 'R-0002', RequesterName: 'Ben Other' });
    const requests = foiRequests as unknown as Register;
    const context = await importContext(sp(), requests, [foiRequesters as unknown as Register]);
    expect(context.lookups).toEqual({ Requester: [{ id: 1, title: 'R-0001' }, { id: 2, title: 'R-0002' }] });
    await expect(importContext(sp(), requests, [])).rejects.toThrow('FOI Requests’s column Requester looks up to the register foiRequesters, which the import was not given');
    emulator.close();
  });

  it('is offered only to people who may add items: a visitor may not import', async () => {
    const { emulator, sp } = await site();
    expect(await canAddItems(sp('i:0#.f|membership|sam.okafor@council.example'), urgentCareReferrals.title)).toBe(true);
    expect(await canAddItems(sp('i:0#.f|membership|jo.lee@council.example'), urgentCareReferrals.title)).toBe(false);
    emulator.close();
  });
});
