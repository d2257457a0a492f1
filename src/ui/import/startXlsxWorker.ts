/**
 * Starts the worker that reads workbooks. Written exactly as webpack expects, so that it builds the worker
 * as a file of its own (named in gulpfile.js) beside the app's other files. A browser refuses a worker
 * from another origin, so this throws where the app's files are served from a CDN rather than from
 * SharePoint itself.
 */
export const startXlsxWorker = (): Worker => new Worker(new URL(/* webpackChunkName: 'xlsx-worker', webpackEntryOptions: { library: false } */ './xlsxWorker', import.meta.url));
