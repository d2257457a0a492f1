import type { Entity } from '../format';
import type { Segment } from '../odata/path';
import type { SiteUser } from '../principals';
import { badRequest, SharePointError } from '../sharePointError';
import type { Site } from '../site';
import type { EmulatorRequest } from '../rest';

/** What one call resolves to before it is written out in the caller's metadata mode. */
export type Outcome =
  | { kind: 'entity'; entity: Entity; status?: number; headers?: Record<string, string> }
  | { kind: 'collection'; entities: Entity[]; nextLink?: string }
  | { kind: 'value'; value: unknown; name?: string }
  | { kind: 'empty'; status: number; headers?: Record<string, string> };

export interface RestContext {
  site: Site;
  /** e.g. http://127.0.0.1:8080/sites/custodian */
  siteUrl: string;
  user: SiteUser;
}

export const ok = (): Outcome => ({ kind: 'empty', status: 200 });
export const noContent = (headers?: Record<string, string>): Outcome => ({ kind: 'empty', status: 204, headers });

/** SharePoint's answer to an address with a segment it has no resource for. */
export function resourceNotFound(segment: Segment | string): SharePointError {
  const name = typeof segment === 'string' ? segment : segment.name;
  return new SharePointError(404, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Cannot find resource for the request ${name}.`);
}

function splitList(value: string | null): string[] | undefined {
  return value ? value.split(',').map((part) => part.trim()).filter(Boolean) : undefined;
}

/**
 * One REST call as the routes see it: who, which verb (X-HTTP-Method counts only on a POST, as in
 * SharePoint), the query options, parameter aliases (`getByLoginName(@v)?@v='…'`) and the JSON body.
 */
export class Call {
  readonly verb: string;
  readonly query: URLSearchParams;
  readonly select: string[] | undefined;
  readonly expand: string[] | undefined;
  private parsed: Record<string, unknown> | undefined;

  constructor(
    readonly context: RestContext,
    readonly request: EmulatorRequest,
    readonly url: URL
  ) {
    const method = request.method.toUpperCase();
    this.verb = method === 'POST' && request.headers['x-http-method'] ? request.headers['x-http-method'].toUpperCase() : method;
    this.query = url.searchParams;
    this.select = splitList(this.query.get('$select'));
    this.expand = splitList(this.query.get('$expand'));
  }

  get site(): Site {
    return this.context.site;
  }

  get user(): SiteUser {
    return this.context.user;
  }

  body(): Record<string, unknown> {
    if (this.parsed) return this.parsed;
    if (!this.request.body.trim()) return (this.parsed = {});
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.request.body);
    } catch {
      throw badRequest('Invalid JSON. A token was not recognized in the JSON content.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badRequest('The request body must be a JSON object.');
    return (this.parsed = parsed as Record<string, unknown>);
  }

  /** A segment's argument, with `@name` read from the query string as SharePoint reads parameter aliases. */
  argument(segment: Segment, index = 0): string {
    const raw = segment.args[index];
    if (raw === undefined) throw badRequest(`${segment.name} needs an argument.`);
    if (typeof raw === 'string' && raw.startsWith('@')) {
      const aliased = this.query.get(raw);
      if (aliased === null) throw badRequest(`The parameter alias ${raw} has no value in the query string.`);
      const quoted = /^'(.*)'$/s.exec(aliased.trim());
      if (!quoted) throw badRequest(`The parameter alias ${raw} must be a quoted value.`);
      return quoted[1].replace(/''/g, "'");
    }
    return String(raw);
  }

  /** An integer argument: `items(0x10)` and `items(1e1)` are not ids. */
  id(segment: Segment, index = 0): number {
    const text = this.argument(segment, index);
    if (!/^\d{1,10}$/.test(text) || Number(text) > 2147483647) throw badRequest(`The value '${text}' of ${segment.name} is not a valid id: expected a whole number.`);
    return Number(text);
  }

  /** Named arguments: `addroleassignment(principalid=3, roledefid=1073741826)`. */
  named(segment: Segment): Record<string, string> {
    const result: Record<string, string> = {};
    for (const arg of segment.args) {
      const [name, value, ...extra] = String(arg).split('=').map((part) => part.trim());
      if (value === undefined || extra.length) throw badRequest(`The argument '${arg}' of ${segment.name} is not name=value.`);
      result[name.toLowerCase()] = value.startsWith('@') ? this.argument({ name: segment.name, args: [value] }) : value.replace(/^'(.*)'$/s, '$1');
    }
    return result;
  }

  /** Refuses a verb the resource does not take, as SharePoint does. */
  only(resource: string, ...verbs: string[]): void {
    if (!verbs.includes(this.verb)) {
      throw new SharePointError(
        405,
        '-1, Microsoft.SharePoint.Client.ClientServiceException',
        `The HTTP method '${this.verb}' cannot be used to access the resource '${resource}'. Please use correct HTTP method to invoke the resource.`
      );
    }
  }

  /** The address must end here: a segment past a resource the emulator knows is one it does not. */
  end(rest: Segment[]): void {
    if (rest.length) throw resourceNotFound(rest[0]);
  }
}
