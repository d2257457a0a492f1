/** Why a request to SharePoint failed, in terms a screen can explain to a person. */
export type SharePointProblemKind =
  | 'unreachable' // no answer at all: offline, wrong address, server down
  | 'signedOut' // 401
  | 'denied' // 403
  | 'notFound' // 404
  | 'missingList' // 404 for a list asked for by title: not made on this site yet, or deleted
  | 'busy' // 429 or 503 after PnPjs's own retries
  | 'failed'; // any other refusal

export interface SharePointProblem {
  kind: SharePointProblemKind;
  /** HTTP status, when SharePoint answered. */
  status?: number;
  /** SharePoint's own message, or the network error's, for the details a person can pass to IT. */
  detail: string;
  /** The list's title, for missingList. */
  list?: string;
}

const missingListMessage = /^List '([^']+)' does not exist at site with URL/;

interface HttpErrorLike {
  status: number;
  message: string;
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as HttpErrorLike).status === 'number';
}

/** PnPjs puts the response body after "::> "; SharePoint's body is odata.error JSON in any of its metadata modes. */
function serverMessage(error: HttpErrorLike): string {
  const body = error.message.split('::> ').slice(1).join('::> ').trim();
  if (!body) return error.message;
  try {
    const parsed = JSON.parse(body);
    const odataError = parsed['odata.error'] ?? parsed.error;
    const text = odataError?.message?.value ?? odataError?.message;
    return typeof text === 'string' && text.trim() ? text : body;
  } catch {
    return body;
  }
}

function kindOfStatus(status: number): SharePointProblemKind {
  if (status === 401) return 'signedOut';
  if (status === 403) return 'denied';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503 || status === 504) return 'busy';
  return 'failed';
}

export function describeSharePointProblem(error: unknown): SharePointProblem {
  if (isHttpError(error)) {
    const detail = serverMessage(error);
    const missingList = error.status === 404 ? missingListMessage.exec(detail)?.[1] : undefined;
    if (missingList !== undefined) return { kind: 'missingList', list: missingList, status: error.status, detail };
    return { kind: kindOfStatus(error.status), status: error.status, detail };
  }
  // Duck-typed, not instanceof: the error may come from another realm (an iframe, a test sandbox).
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  const detail = typeof message === 'string' ? message : String(error);
  // fetch rejects with a TypeError, in browsers and in Node, when nothing answers.
  return { kind: name === 'TypeError' ? 'unreachable' : 'failed', detail };
}

/** SharePoint refused a value its unique column already holds: for an idempotency key, the item was saved before. */
export const isDuplicateKey = (error: unknown): boolean => /duplicate values were found/i.test(describeSharePointProblem(error).detail);
