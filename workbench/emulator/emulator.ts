import { randomUUID } from 'node:crypto';
import { formatBatchResponse, parseBatch } from './batch';
import { metadataOf } from './format';
import type { SiteUser } from './principals';
import { errorResponse, handleRest, type EmulatorRequest, type EmulatorResponse } from './rest';
import { SharePointError } from './sharePointError';
import { Site, type SiteOptions } from './site';

/** Faults a test or benchmark can switch on, to see that callers cope with SharePoint under strain. */
export interface Faults {
  /** Share of requests answered 429 Too Many Requests, with Retry-After. */
  throttleRate: number;
  /** Share of requests answered 503 Service Unavailable. */
  unavailableRate: number;
  retryAfterSeconds: number;
  /** Added to every answer. */
  latencyMs: number;
}

export interface EmulatorOptions extends SiteOptions {
  /** Server-relative path of the site: "/sites/custodian". */
  sitePath?: string;
  /** For fault injection; seeded in tests that need to repeat a run. */
  random?: () => number;
}

/** The header (and, for the workbench page, cookie) that picks who a request is from in development. */
export const identityHeader = 'x-custodian-user';
export const identityCookie = 'custodian-user';

const noFaults: Faults = { throttleRate: 0, unavailableRate: 0, retryAfterSeconds: 1, latencyMs: 0 };

/**
 * An emulated SharePoint site: a function from request to response. It knows nothing of Custodian's
 * registers; they are provisioned through its REST API like on a real site.
 */
export class SharePointEmulator {
  readonly site: Site;
  readonly sitePath: string;
  faults: Faults = { ...noFaults };
  private readonly random: () => number;

  constructor(options: EmulatorOptions = {}) {
    this.site = new Site(options);
    this.sitePath = options.sitePath ?? '/sites/custodian';
    this.random = options.random ?? Math.random;
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
    const cookie = /(?:^|;\s*)custodian-user=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
    const claimed = request.headers[identityHeader] ?? (cookie ? decodeURIComponent(cookie) : undefined);
    if (claimed === undefined) return this.site.allUsers()[0];
    const user = /^\d+$/.test(claimed) ? this.site.userById(Number(claimed)) : this.site.userByLogin(claimed);
    if (!user) throw new SharePointError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. Before opening files in this location, you must first browse to the web site and select the option to login automatically.');
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

  async handle(request: EmulatorRequest): Promise<EmulatorResponse> {
    if (this.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.latencyMs));
    const metadata = metadataOf(request.headers.accept);
    try {
      const url = new URL(request.url);
      const rest = url.pathname.slice(this.sitePath.length);
      if (!this.serves(url.pathname) || !/^\/_api(\/|$)/i.test(rest)) {
        throw new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
      }
      const fault = this.injectedFault();
      if (fault) throw fault;
      const user = this.identify(request);
      const apiPath = rest.replace(/^\/_api\/?/i, '');
      const writes = request.method.toUpperCase() !== 'GET' && !/^contextinfo$/i.test(apiPath);
      if (writes && !request.headers['x-requestdigest']) {
        throw new SharePointError(
          403,
          '-2130575251, Microsoft.SharePoint.SPException',
          "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
        );
      }
      const context = { site: this.site, siteUrl: `${url.origin}${this.sitePath}`, user };
      if (/^\$batch$/i.test(apiPath)) {
        const responses = parseBatch(request).map((operation) =>
          handleRest(context, operation, new URL(operation.url).pathname.slice(this.sitePath.length).replace(/^\/_api\/?/i, ''))
        );
        const boundary = randomUUID();
        return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=batchresponse_${boundary}` }, body: formatBatchResponse(responses, boundary) };
      }
      return handleRest(context, request, apiPath);
    } catch (error) {
      if (error instanceof SharePointError) return errorResponse(error, metadata);
      throw error;
    }
  }
}
