import { collectionBody, metadataOf, singleBody, type Metadata } from './format';
import { parseApiPath } from './odata/path';
import { Call, type Outcome, type RestContext } from './routes/call';
import { routeApi } from './routes/web';
import { ListNotFound, SharePointError } from './sharePointError';

export type { RestContext } from './routes/call';

export interface EmulatorRequest {
  method: string;
  /** Absolute URL. */
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function errorResponse(error: SharePointError, metadata: Metadata): EmulatorResponse {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return {
    status: error.status,
    headers: { 'content-type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', ...error.headers },
    body: JSON.stringify(metadata === 'verbose' ? { error: inner } : { 'odata.error': inner })
  };
}

function written(outcome: Outcome, metadata: Metadata, apiBase: string): EmulatorResponse {
  const contentType = `application/json;odata=${metadata === 'verbose' ? 'verbose' : metadata === 'none' ? 'nometadata' : 'minimalmetadata'};streaming=true;charset=utf-8`;
  switch (outcome.kind) {
    case 'entity':
      return { status: outcome.status ?? 200, headers: { 'content-type': contentType, ...(outcome.headers ?? {}) }, body: JSON.stringify(singleBody(outcome.entity, metadata, apiBase)) };
    case 'collection':
      return { status: 200, headers: { 'content-type': contentType }, body: JSON.stringify(collectionBody(outcome.entities, metadata, apiBase, outcome.nextLink)) };
    case 'value':
      return {
        status: 200,
        headers: { 'content-type': contentType },
        body: JSON.stringify(metadata === 'verbose' ? { d: { [outcome.name ?? 'value']: outcome.value } } : { value: outcome.value })
      };
    case 'empty':
      return { status: outcome.status, headers: outcome.headers ?? {}, body: '' };
  }
}

/** Answers one REST call (not $batch) for the signed-in user. */
export function handleRest(context: RestContext, request: EmulatorRequest, apiPath: string): EmulatorResponse {
  const metadata = metadataOf(request.headers.accept);
  try {
    const url = new URL(request.url);
    const outcome = routeApi(new Call(context, request, url), parseApiPath(apiPath));
    return written(outcome, metadata, `${context.siteUrl}/_api`);
  } catch (error) {
    if (error instanceof ListNotFound) return errorResponse(error.at(context.siteUrl), metadata);
    if (error instanceof SharePointError) return errorResponse(error, metadata);
    throw error;
  }
}
