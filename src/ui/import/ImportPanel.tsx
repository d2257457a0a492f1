import { countOf } from '../../domain/countOf';
import * as React from 'react';
import { DefaultButton, Link, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, ProgressIndicator, Spinner, Stack, Text } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import type { Register } from '../../domain/lists/defineList';
import { canAddItems } from '../../data/listPermissions';
import { changesBeforeImport, loadsRow } from '../../data/spreadsheetImport';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import type { Clock } from '../../domain/clock';
import { rejectReport } from '../../domain/import/rejectReport';
import { spreadsheetTypes } from '../../domain/import/readSpreadsheet';
import { downloadTable } from '../export/downloadTable';
import { SharePointProblemMessage } from '../SharePointProblemMessage';
import { useLoad } from '../useLoad';
import { ColumnsStep } from './ColumnsStep';
import { RowsStep } from './RowsStep';
import { useSpreadsheetImport } from './useSpreadsheetImport';
import { formatCount } from '../../domain/lists/displayValue';
import { registerPanelIcons } from '../icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

export interface ImportPanelProps {
  sp: SPFI;
  siteUrl: string;
  register: Register;
  /** The registers the register's lookup columns name (FOI Requests looks up FOI Requesters): never all of them, which would put every register in the import's download. */
  lookupTargets?: readonly Register[];
  clock: Clock;
  /** Called after rows were added, so the page can show them. */
  onLoaded: () => void;
  onDismiss: () => void;
}

type Stage = 'columns' | 'rows';

/** Each step's heading: it takes focus when the step appears, so a keyboard or screen-reader user starts from it. */
const StepHeading = React.forwardRef<HTMLHeadingElement, { children: React.ReactNode }>(({ children }, ref) => (
  <h2 ref={ref} tabIndex={-1} style={{ outline: 'none', margin: 0 }}>
    {children}
  </h2>
));
StepHeading.displayName = 'StepHeading';

const noLookups: readonly Register[] = [];

/**
 * "Import from a spreadsheet": choose a file, check the columns (and what unknown values mean), check the
 * rows, load them. Every step's heading takes focus when it appears, so a keyboard user starts from it.
 */
export function ImportPanel({ sp, siteUrl, register, lookupTargets = noLookups, clock, onLoaded, onDismiss }: ImportPanelProps): JSX.Element {
  // Before anyone chooses a file: whether they may add to the list, and whether the site's lists can take what this release writes.
  const [readiness, checkAgainFromStart] = useLoad(async () => {
    const [allowed, pendingChanges] = await Promise.all([canAddItems(sp, register.title), changesBeforeImport(sp, register)]);
    return { allowed, pendingChanges };
  });
  const ready = readiness.state === 'ready' && readiness.value.allowed && !readiness.value.pendingChanges.length;
  const { state, chooseFile, mapColumn, mapValue, load, checkAgain, startAgain } = useSpreadsheetImport(sp, register, lookupTargets, clock, onLoaded);
  const [stage, setStage] = React.useState<Stage>('columns');
  const [reportProblem, setReportProblem] = React.useState<string | undefined>();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const { step, plan } = state;
  const place = step.kind === 'columns' ? stage : step.kind;

  React.useEffect(() => {
    if (place !== 'choose') heading.current?.focus();
  }, [place]);

  const downloadRejects = (format: 'csv' | 'xlsx'): void => {
    if (!plan || !state.header) return;
    setReportProblem(undefined);
    const report = rejectReport(plan, state.header.columns.map((column) => column.header), register.fields);
    downloadTable(report, `${state.fileName.replace(/\.[^.]+$/, '')} rejected rows`, format).catch((error: Error) => setReportProblem(error.message));
  };

  const rejectButtons = plan && plan.counts.rejected > 0 && (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text block>The rejected rows, with what to put right in each: correct them and import the file itself.</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text="Rejected rows (Excel)" onClick={() => downloadRejects('xlsx')} />
        <DefaultButton iconProps={{ iconName: 'Download' }} text="Rejected rows (CSV)" onClick={() => downloadRejects('csv')} />
      </Stack>
    </Stack>
  );
  const toLoad = plan ? plan.rows.filter(loadsRow).length : 0;

  return (
    <Panel isOpen type={PanelType.large} headerText={`Import into ${register.title}`} closeButtonAriaLabel="Close" isLightDismiss={false} onDismiss={onDismiss}>
      {readiness.state === 'failed' && <SharePointProblemMessage problem={describeSharePointProblem(readiness.error)} siteUrl={siteUrl} onRetry={checkAgainFromStart} />}
      {readiness.state === 'ready' && !readiness.value.allowed && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
          You cannot add items to {register.title}, so you cannot import into it. Ask a site owner if you should be able to.
        </MessageBar>
      )}
      {readiness.state === 'ready' && readiness.value.allowed && readiness.value.pendingChanges.length > 0 && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
          <strong>This site needs an update before a spreadsheet can be imported into {register.title}.</strong> Without it SharePoint would refuse
          rows that this version of Custodian loads. A site owner can apply it from the notice at the top of this page; then import the file here.
          <ul>
            {readiness.value.pendingChanges.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      {reportProblem && <MessageBar messageBarType={MessageBarType.error}>The report could not be made: {reportProblem}</MessageBar>}

      {step.kind === 'choose' && (
        <Stack tokens={{ childrenGap: 12 }}>
          <Text block>
            Choose an Excel workbook (.xlsx) or a CSV file. Nothing is added to {register.title} until you have checked the columns and the rows and chosen to
            load them.
          </Text>
          {step.problem && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {step.problem}
            </MessageBar>
          )}
          <div>
            <PrimaryButton
              iconProps={{ iconName: 'OpenFile' }}
              text="Choose a spreadsheet…"
              disabled={!ready}
              onClick={() => fileInput.current?.click()}
            />
            {/* The browser's own file input, opened by the button: a button reads the same in every browser and theme. */}
            <input
              ref={fileInput}
              type="file"
              accept={spreadsheetTypes}
              tabIndex={-1}
              aria-hidden
              style={{ display: 'none' }}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) {
                  setStage('columns');
                  chooseFile(file);
                }
              }}
            />
          </div>
        </Stack>
      )}

      {step.kind === 'reading' && <Spinner label={`Reading ${step.fileName}…`} />}

      {step.kind === 'columns' && state.sheet && state.header && (
        <Stack tokens={{ childrenGap: 12 }}>
          <StepHeading ref={heading}>
            {stage === 'columns' ? `Step 1 of 2: check the columns of ${state.fileName}` : `Step 2 of 2: check the rows of ${state.fileName}`}
          </StepHeading>
          {state.planning && <ProgressIndicator label="Checking the rows" description={`${formatCount(state.planning.done)} of ${formatCount(state.planning.total)} rows`} percentComplete={state.planning.total ? state.planning.done / state.planning.total : undefined} />}
          {plan && !state.planning && (
            <Text block role="status">
              {countOf(plan.rows.length, 'row')}: {formatCount(toLoad)} to load ({formatCount(plan.counts.flagged)} flagged for the data stewards),{' '}
              {countOf(plan.counts.duplicate, 'duplicate')} and {formatCount(plan.counts.rejected)} rejected.
              {plan.leftOut.length > 0 && ` Left out: ${plan.leftOut.map((row) => `row ${formatCount(row.rowNumber)}, ${row.reason}`).join('; ')}.`}
            </Text>
          )}
          {stage === 'columns' && (
            <ColumnsStep
              fields={register.fields}
              sheet={state.sheet}
              header={state.header}
              mapping={state.mapping}
              valueMap={state.valueMap}
              unmatched={plan?.unmatched ?? {}}
              onMapColumn={mapColumn}
              onMapValue={mapValue}
            />
          )}
          {stage === 'rows' && plan && <RowsStep fields={register.fields} plan={plan} />}
          {stage === 'rows' && rejectButtons}
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            {stage === 'columns' ? (
              <PrimaryButton text="Next: check the rows" disabled={!plan || !!state.planning} onClick={() => setStage('rows')} />
            ) : (
              <>
                <PrimaryButton text={`Load ${formatCount(toLoad)} rows`} disabled={!plan || !!state.planning || toLoad === 0} onClick={load} />
                <DefaultButton text="Back to the columns" onClick={() => setStage('columns')} />
              </>
            )}
            <DefaultButton text="Choose another file" onClick={startAgain} />
          </Stack>
        </Stack>
      )}

      {step.kind === 'loading' && (
        <Stack tokens={{ childrenGap: 12 }}>
          <StepHeading ref={heading}>
            Loading {state.fileName}
          </StepHeading>
          <ProgressIndicator
            label={`Loaded ${formatCount(step.done)} of ${formatCount(step.total)} rows`}
            description="Closing this panel or losing the connection loses nothing: import the same file again to finish."
            percentComplete={step.total ? step.done / step.total : 1}
          />
        </Stack>
      )}

      {step.kind === 'loaded' && plan && (
        <Stack tokens={{ childrenGap: 12 }}>
          <StepHeading ref={heading}>
            {state.fileName} is imported
          </StepHeading>
          <MessageBar messageBarType={MessageBarType.success} isMultiline>
            {countOf(step.result.loaded, 'row is', 'rows are')} now in {register.title}, {formatCount(step.result.flagged)} of them flagged for the data
            stewards to put right in the Data Quality tab. {countOf(plan.counts.duplicate, 'duplicate was', 'duplicates were')} left out and{' '}
            {countOf(plan.counts.rejected, 'row was', 'rows were')} rejected.
          </MessageBar>
          {step.result.refused.length > 0 && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              SharePoint refused {step.result.refused.length} rows: {step.result.refused.slice(0, 5).map((row) => `row ${row.rowNumber} (${row.reason})`).join('; ')}.
            </MessageBar>
          )}
          {step.recordProblem && <MessageBar messageBarType={MessageBarType.warning}>{step.recordProblem}</MessageBar>}
          {rejectButtons}
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton text="Close" onClick={onDismiss} />
            <DefaultButton text="Import another file" onClick={startAgain} />
          </Stack>
        </Stack>
      )}

      {step.kind === 'interrupted' && (
        <Stack tokens={{ childrenGap: 12 }}>
          <StepHeading ref={heading}>
            The load of {state.fileName} did not finish
          </StepHeading>
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {step.message}
          </MessageBar>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton
              text="Finish the load"
              onClick={() => {
                setStage('rows');
                checkAgain();
              }}
            />
            <Link onClick={onDismiss}>Close, and finish later</Link>
          </Stack>
        </Stack>
      )}
    </Panel>
  );
}
