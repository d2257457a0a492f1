import * as React from 'react';
import { Spinner } from '@fluentui/react';
import type { ImportPanelProps } from './ImportPanel';

// The import (its steps, and the spreadsheet readers after them) loads only when someone starts one.
const ImportPanel = React.lazy(() => import(/* webpackChunkName: 'spreadsheet-import' */ './ImportPanel').then((module) => ({ default: module.ImportPanel })));

export function LazyImportPanel(props: ImportPanelProps): JSX.Element {
  return (
    <React.Suspense fallback={<Spinner label="Opening the import…" />}>
      <ImportPanel {...props} />
    </React.Suspense>
  );
}
