import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import { BulkAddInterrupted } from '../../data/bulkAdd';
import { createRepository } from '../../data/repository';
import { importContext, importRecordOf, loadImport, loadsRow, recordImport, savedMappingFor, type LoadResult } from '../../data/spreadsheetImport';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { Clock } from '../../domain/clock';
import { ruleContextAt } from '../../domain/lists/rulePredicate';
import { fileShape, proposeMapping, withSavedMapping, type ColumnMapping } from '../../domain/import/columnMapping';
import { requireHeaderRow, type HeaderRow } from '../../domain/import/headerRow';
import { planningSteps, type ImportPlan, type PlanOptions } from '../../domain/import/importRows';
import { readSpreadsheet } from '../../domain/import/readSpreadsheet';
import type { Sheet } from '../../domain/import/sheet';
import { readXlsxInWorker } from './readXlsxInWorker';
import type { Register } from '../../domain/lists/defineList';

export type ValueMap = Record<string, Record<string, string | null>>;

export type ImportStep =
  | { kind: 'choose'; problem?: string }
  | { kind: 'reading'; fileName: string }
  | { kind: 'columns' }
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'loaded'; result: LoadResult; recordProblem?: string }
  | { kind: 'interrupted'; message: string };

export interface ImportState {
  step: ImportStep;
  fileName: string;
  sheet?: Sheet;
  header?: HeaderRow;
  mapping: ColumnMapping[];
  valueMap: ValueMap;
  plan?: ImportPlan;
  /** Rows planned so far while the plan is being worked out again; undefined when it is up to date. */
  planning?: { done: number; total: number };
}

export interface SpreadsheetImport {
  state: ImportState;
  chooseFile: (file: File) => void;
  mapColumn: (column: number, field: string | null) => void;
  mapValue: (field: string, written: string, choice: string | null | undefined) => void;
  load: () => void;
  /** After an interrupted load: read the list again and show what is left to load. */
  checkAgain: () => void;
  startAgain: () => void;
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The import's state and steps, for the wizard: the file read, the mapping proposed (or the one saved for
 * a sheet of this shape), the plan worked out a few hundred rows at a time so the page keeps answering,
 * then the load with its progress, and the import recorded.
 */
export function useSpreadsheetImport(sp: SPFI, register: Register, lookupTargets: readonly Register[], clock: Clock, onLoaded: () => void): SpreadsheetImport {
  const [state, setState] = React.useState<ImportState>({ step: { kind: 'choose' }, fileName: '', mapping: [], valueMap: {} });
  const context = React.useRef<Promise<Pick<PlanOptions, 'existingKeys' | 'people' | 'lookups'>>>();
  const generation = React.useRef(0);

  const replan = React.useCallback(
    async (sheet: Sheet, header: HeaderRow, mapping: ColumnMapping[], valueMap: ValueMap): Promise<void> => {
      const mine = ++generation.current;
      // One read of the site per file (and after an interrupted load), shared by every re-plan.
      context.current ??= importContext(sp, register, lookupTargets);
      const siteFacts = await context.current.catch((error: unknown) => {
        context.current = undefined;
        throw error;
      });
      const options: PlanOptions = { ...ruleContextAt(clock()), valueMap, ...siteFacts };
      const steps = planningSteps(register, sheet, header, mapping, options);
      for (let step = steps.next(); ; step = steps.next()) {
        if (generation.current !== mine) return;
        if (step.done) {
          const plan = step.value;
          setState((current) => ({ ...current, plan, planning: undefined }));
          return;
        }
        const progress = step.value;
        setState((current) => ({ ...current, planning: progress }));
        await pause();
      }
    },
    [sp, register, lookupTargets, clock]
  );

  const fail = (problem: unknown): void =>
    setState((current) => ({ ...current, step: { kind: 'choose', problem: describeSharePointProblem(problem).detail } }));

  const chooseFile = (file: File): void => {
    setState({ step: { kind: 'reading', fileName: file.name }, fileName: file.name, mapping: [], valueMap: {} });
    (async () => {
      const sheet = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()), file.name, readXlsxInWorker);
      const header = requireHeaderRow(sheet, register.fields, file.name);
      const saved = await savedMappingFor(sp, register.title, fileShape(header.columns));
      const mapping = withSavedMapping(proposeMapping(register.fields, header.columns), saved?.columns);
      const valueMap = saved?.valueMap ?? {};
      setState({ step: { kind: 'columns' }, fileName: file.name, sheet, header, mapping, valueMap, planning: { done: 0, total: sheet.rows.length - header.index - 1 } });
      await replan(sheet, header, mapping, valueMap);
    })().catch(fail);
  };

  const changeMapping = (mapping: ColumnMapping[], valueMap: ValueMap): void => {
    if (!state.sheet || !state.header) return;
    setState((current) => ({ ...current, mapping, valueMap, planning: { done: 0, total: current.plan?.rows.length ?? 0 } }));
    replan(state.sheet, state.header, mapping, valueMap).catch(fail);
  };

  const mapColumn = (column: number, field: string | null): void =>
    changeMapping(
      state.mapping.map((entry) =>
        entry.column === column ? { ...entry, field, mappedBy: field === null ? 'none' : 'you' } : entry.field === field && field !== null ? { ...entry, field: null, mappedBy: 'none' } : entry
      ),
      state.valueMap
    );

  const mapValue = (field: string, written: string, choice: string | null | undefined): void => {
    const forField = { ...state.valueMap[field] };
    if (choice === undefined) delete forField[written];
    else forField[written] = choice;
    changeMapping(state.mapping, { ...state.valueMap, [field]: forField });
  };

  const load = (): void => {
    const { plan, header } = state;
    if (!plan || !header) return;
    const total = plan.rows.filter(loadsRow).length;
    setState((current) => ({ ...current, step: { kind: 'loading', done: 0, total } }));
    const repository = createRepository(sp, register, clock);
    (async () => {
      const result = await loadImport(repository, plan, (done) => setState((current) => ({ ...current, step: { kind: 'loading', done, total } })));
      onLoaded();
      let recordProblem: string | undefined;
      try {
        await recordImport(sp, importRecordOf(state.fileName, register.title, header, state.mapping, state.valueMap, plan, result));
      } catch (error) {
        recordProblem = `The rows are loaded, but the import could not be recorded in the Imports list (${describeSharePointProblem(error).detail}).`;
      }
      setState((current) => ({ ...current, step: { kind: 'loaded', result, recordProblem } }));
    })().catch((error: unknown) => {
      onLoaded();
      const message =
        error instanceof BulkAddInterrupted
          ? `${error.message} Nothing is lost: choose "Finish the load" to add the rest.`
          : `The load stopped: ${describeSharePointProblem(error).detail}`;
      setState((current) => ({ ...current, step: { kind: 'interrupted', message } }));
    });
  };

  const checkAgain = (): void => {
    if (!state.sheet || !state.header) return;
    context.current = undefined;
    setState((current) => ({ ...current, step: { kind: 'columns' }, planning: { done: 0, total: current.plan?.rows.length ?? 0 } }));
    replan(state.sheet, state.header, state.mapping, state.valueMap).catch(fail);
  };

  const startAgain = (): void => {
    generation.current++;
    context.current = undefined;
    setState({ step: { kind: 'choose' }, fileName: '', mapping: [], valueMap: {} });
  };

  return { state, chooseFile, mapColumn, mapValue, load, checkAgain, startAgain };
}
