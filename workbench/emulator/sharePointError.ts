/**
 * A refusal in SharePoint's own terms: HTTP status, the server's error code, and its message. The REST
 * shell turns it into an odata.error body (or `error` in verbose mode), as SharePoint does.
 */
export class SharePointError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

/** A list asked for by title that the site does not have: SharePoint names the site in the message, which only the call knows. */
export class ListNotFound extends SharePointError {
  constructor(readonly title: string) {
    super(404, '-1, System.ArgumentException', `List '${title}' does not exist.`);
  }

  at(siteUrl: string): SharePointError {
    return new SharePointError(this.status, this.code, `List '${this.title}' does not exist at site with URL '${siteUrl}'.`);
  }
}

export const notFound = (what: string): SharePointError =>
  new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', `${what} does not exist.`);

export const accessDenied = (): SharePointError =>
  new SharePointError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.'
  );

export const badRequest = (message: string): SharePointError =>
  new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

export const listViewThreshold = (): SharePointError =>
  new SharePointError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'
  );
