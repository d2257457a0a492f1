import { randomUUID } from 'node:crypto';
import { formatBatchResponse, parseBatch } from './batch';
import { digestIsValid } from './digest';
import { metadataOf } from './format';
import { systemAccount, type SiteUser } from './principals';
import { errorResponse, handleRest, type EmulatorRequest, type EmulatorResponse } from './rest';
import { badRequest, SharePointError } from './sharePointError';
import { Site, type SiteOptions } from './site';
import { identityCookie, identityHeader } from './signIn';

/** Faults a test or benchmark can switch on, to see that callers cope with SharePoint under strain. */
export interface Faults {
  /** Share of requests answered 429 Too Many Requests, with Retry-After. */
  throttleRate: number;
  /** Share of requests answered 503 Service Unavailable. */
  unavailableRate: number;
  /** Share of requests carried out whose answer never reaches the caller (a dropped connection). */
  lostAnswerRate: number;
  retryAfterSeconds: number;
  /** Added to every answer. */
  latencyMs: number;
}

export interface EmulatorOptions extends SiteOptions {
  /** Server-relative path of the site: "/sites/custodian". */
  sitePath?: string;
  /** For fault injection; seeded in tests that need to repeat a run. */
  random?: () => number;
  /**
   * Who a request that names nobody is from. The workbench page sets it (its "Signed in as" picker then
   * chooses someone else); the standalone emulator leaves it unset and refuses such requests with 401,
   * as SharePoint refuses a request without a sign-in.
   */
  anonymousAs?: string;
}


/** Thrown by `handle` when a lost-answer fault fires: the work was done, the caller hears nothing. */
export class LostAnswer extends Error {
  constructor() {
    super('The connection closed before the answer was sent.');
  }
}

const identityCookiePattern = new RegExp(`(?:^|;\\s*)${identityCookie}=([^;]+)`);

const noFaults: Faults = { throttleRate: 0, unavailableRate: 0, lostAnswerRate: 0, retryAfterSeconds: 1, latencyMs: 0 };

const unauthorized = (message: string): SharePointError => new SharePointError(401, '-2147024891, System.UnauthorizedAccessException', message);

const invalidDigest = (): SharePointError =>
  new SharePointError(
    403,
    '-2130575251, Microsoft.SharePoint.SPException',
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
  );

/**
 * An emulated SharePoint site: a function from request to response. It knows nothing of Custodian's
 * registers; they are provisioned through its REST API like on a real site.
 */
export class SharePointEmulator {
  readonly site: Site;
  readonly sitePath: string;
  faults: Faults = { ...noFaults };
  private readonly random: () => number;
  private readonly anonymousAs: string | undefined;

  constructor(options: EmulatorOptions = {}) {
    this.site = new Site(options);
    this.sitePath = options.sitePath ?? '/sites/custodian';
    this.random = options.random ?? Math.random;
    this.anonymousAs = options.anonymousAs;
  }

  close(): void {
    this.site.close();
  }

  setFaults(faults: Partial<Faults>): void {
    this.faults = { ...noFaults, ...faults };
  }

  /** Whether a request path belongs to this site. */
  serves(pathname: string): boolean {
    return pathname === this.sitePath || pathname.startsWith(`${this.sitePath}/`);
  }

  private identify(request: EmulatorRequest): SiteUser {
    const cookie = identityCookiePattern.exec(request.headers.cookie ?? '')?.[1];
    let claimed: string | undefined = request.headers[identityHeader];
    if (claimed === undefined && cookie !== undefined) {
      try {
        claimed = decodeURIComponent(cookie);
      } catch {
        throw badRequest(`The ${identityCookie} cookie is not valid percent-encoding.`);
      }
    }
    claimed ??= this.anonymousAs;
    if (claimed === undefined) {
      throw unauthorized(`Sign in first: name the user in the ${identityHeader} header (a login name, an email address or a site user id).`);
    }
    const user = /^\d+$/.test(claimed) ? this.site.directory.users.find((candidate) => candidate.id === Number(claimed)) : this.site.userByLogin(claimed);
    if (!user || user.id === systemAccount.id) {
      throw unauthorized('Access denied. Before opening files in this location, you must first browse to the web site and select the option to login automatically.');
    }
    return user;
  }

  private injectedFault(): SharePointError | undefined {
    const roll = this.random();
    if (roll < this.faults.throttleRate) {
      return new SharePointError(429, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', 'The request has been throttled.', {
        'retry-after': String(this.faults.retryAfterSeconds)
      });
    }
    if (roll < this.faults.throttleRate + this.faults.unavailableRate) {
      return new SharePointError(503, '-1, Microsoft.SharePoint.Client.ServerTooBusyException', 'The service is unavailable.');
    }
    return undefined;
  }

  /** Answers a request; throws LostAnswer when a lost-answer fault drops the answer of work that was done. */
  async handle(request: EmulatorRequest): Promise<EmulatorResponse> {
    if (this.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.latencyMs));
    const metadata = metadataOf(request.headers.accept);
    let answer: EmulatorResponse;
    try {
      answer = this.answer(request);
    } catch (error) {
      if (!(error instanceof SharePointError)) throw error;
      answer = errorResponse(error, metadata);
    }
    if (this.faults.lostAnswerRate > 0 && this.random() < this.faults.lostAnswerRate) throw new LostAnswer();
    return answer;
  }

  private answer(request: EmulatorRequest): EmulatorResponse {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      throw badRequest('The request address is not valid.');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      throw badRequest('The request address has percent-encoding that does not decode.');
    }
    const rest = pathname.slice(this.sitePath.length);
    if (!this.serves(pathname) || !/^\/_api(\/|$)/i.test(rest)) {
      throw new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    }
    const fault = this.injectedFault();
    if (fault) throw fault;
    const user = this.identify(request);
    const apiPath = url.pathname.slice(this.sitePath.length).replace(/^\/_api\/?/i, '');
    const method = request.method.toUpperCase();
    if (!['GET', 'POST', 'PATCH', 'PUT', 'MERGE', 'DELETE'].includes(method)) {
      throw new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The HTTP method '${method}' is not supported.`);
    }
    if (method !== 'GET' && !/^contextinfo$/i.test(apiPath)) {
      const digest = request.headers['x-requestdigest'];
      if (!digest || !digestIsValid(this.site.digestKey, digest, this.site.digestNow())) throw invalidDigest();
    }
    const context = { site: this.site, siteUrl: `${url.origin}${this.sitePath}`, user };
    if (/^\$batch$/i.test(apiPath)) {
      if (method !== 'POST') throw new SharePointError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'A $batch is sent with POST.');
      const metadata = metadataOf(request.headers.accept);
      // Each part is answered on its own, as SharePoint does: a malformed part does not undo the others.
      const responses = parseBatch(request).map((operation) => {
        try {
          if (operation instanceof SharePointError) throw operation;
          const target = new URL(operation.url);
          if (target.origin !== url.origin || !target.pathname.startsWith(`${this.sitePath}/_api/`)) throw badRequest('A $batch part must address the same site as the batch.');
          if (/^\$batch$/i.test(target.pathname.slice(this.sitePath.length + '/_api/'.length))) throw badRequest('A $batch cannot contain another $batch.');
          return handleRest(context, operation, target.pathname.slice(this.sitePath.length).replace(/^\/_api\/?/i, ''));
        } catch (error) {
          if (error instanceof SharePointError) return errorResponse(error, metadata);
          throw error;
        }
      });
      const boundary = randomUUID();
      return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=batchresponse_${boundary}` }, body: formatBatchResponse(responses, boundary) };
    }
    return handleRest(context, request, apiPath);
  }
}
