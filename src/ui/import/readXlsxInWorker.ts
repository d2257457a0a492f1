import { readXlsxHere, type XlsxReader } from '../../domain/import/readSpreadsheet';
import { startXlsxWorker } from './startXlsxWorker';
import type { XlsxWorkerAnswer, XlsxWorkerRequest } from './xlsxWorkerMessages';

/**
 * Reads a workbook in a worker, so that the page keeps answering (and its progress keeps moving) while a
 * large one is unzipped and parsed, which takes seconds. Where no worker can start (the app's files on a
 * CDN of another origin, a worker refused by the site's policy), the workbook is read on the page instead:
 * slower to answer, never unread.
 */
export const readXlsxInWorker: XlsxReader = (bytes, fileName) => {
  let worker: Worker;
  try {
    worker = startXlsxWorker();
  } catch {
    return readXlsxHere(bytes, fileName);
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<XlsxWorkerAnswer>) => {
      worker.terminate();
      if ('sheet' in data) resolve(data.sheet);
      else reject(new Error(data.problem));
    };
    // The worker's script could not be fetched or run: read it here.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      readXlsxHere(bytes, fileName).then(resolve, reject);
    };
    // Copied, not transferred: reading on the page after a failed worker needs the bytes.
    const request: XlsxWorkerRequest = { bytes, fileName };
    worker.postMessage(request);
  });
};
