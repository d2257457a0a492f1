import { readXlsx } from '../../domain/import/readXlsx';
import type { XlsxWorkerAnswer, XlsxWorkerRequest } from './xlsxWorkerMessages';

// A dedicated worker's global scope, typed by hand: the "webworker" library's types clash with the DOM's that the rest of the app is typed by.
const scope = self as unknown as { onmessage: (event: { data: XlsxWorkerRequest }) => void; postMessage: (answer: XlsxWorkerAnswer) => void };

scope.onmessage = ({ data: { bytes, fileName } }) => {
  readXlsx(bytes, fileName).then(
    (sheet) => scope.postMessage({ sheet }),
    (error: unknown) => scope.postMessage({ problem: error instanceof Error ? error.message : String(error) })
  );
};
