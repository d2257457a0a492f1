import { readXlsx } from '../../src/domain/import/readXlsx';
import { readXlsxInWorker } from '../../src/ui/import/readXlsxInWorker';
import { startXlsxWorker } from '../../src/ui/import/startXlsxWorker';
import { messyWorkbook } from '../../workbench/demoData/messyWorkbook';

// The real start (webpack's `new Worker(new URL(…, import.meta.url))`) runs only in a browser build: the
// browser tests and the package's own test start the real worker; here, only what happens when it cannot.
jest.mock('../../src/ui/import/startXlsxWorker', () => ({ startXlsxWorker: jest.fn() }));
const start = startXlsxWorker as jest.MockedFunction<typeof startXlsxWorker>;

/** A worker whose script never runs: its address refused, or not found. */
function failingWorker(): Worker {
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminated: false,
    terminate() {
      this.terminated = true;
    },
    postMessage() {
      setTimeout(() => worker.onerror?.({ preventDefault: () => undefined, message: 'Failed to load' } as unknown as ErrorEvent), 0);
    }
  };
  return worker as unknown as Worker;
}

describe('reading a workbook where no worker can run', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await messyWorkbook({ rows: 40, seed: 3, today: '2026-11-23', officers: new Map([[2, 'Sam Okafor']]) })).bytes;
  });

  it('reads it on the page when the browser refuses to start the worker (the app’s files on another origin)', async () => {
    start.mockImplementation(() => {
      throw new DOMException('Script at a CDN cannot be accessed from origin', 'SecurityError');
    });
    await expect(readXlsxInWorker(bytes, 'tracker.xlsx')).resolves.toEqual(await readXlsx(bytes, 'tracker.xlsx'));
  });

  it('reads it on the page when the worker starts but its script cannot be loaded, and stops the worker', async () => {
    const worker = failingWorker();
    start.mockReturnValue(worker);
    await expect(readXlsxInWorker(bytes, 'tracker.xlsx')).resolves.toEqual(await readXlsx(bytes, 'tracker.xlsx'));
    expect((worker as unknown as { terminated: boolean }).terminated).toBe(true);
  });

  it('still says why a file that is not a workbook cannot be read', async () => {
    start.mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    await expect(readXlsxInWorker(new TextEncoder().encode('not a zip'), 'notes.xlsx')).rejects.toThrow();
  });
});
