/**
 * PWRTelegram's routes over any TD function of the schema:
 * - as a bot, `/bot<TOKEN>/madeline` with `method=NAME` and `params={...}` (a JSON object);
 * - as a user, `/user<TOKEN>/<NAME>` with each parameter JSON-encoded (`force=true`).
 * Form and query values are JSON text; a parameter whose schema type is a string may also be
 * given bare (`phone_number=9996612222`). The core validates the request and names any wrong,
 * missing or unknown parameter.
 */
import type { Client, TdObject } from '../core/client.js';
import { isTdError } from '../core/client.js';
import { SchemaIndex } from '../schema/index.js';
import type { TypeRef } from '../schema/ir.js';
import { ourSchema } from '../schema/parser.js';
import { isUpload } from './body.js';
import { ApiError, badRequest, fromTdError } from './reply.js';
import { builtinOf } from '../schema/builtins.js';
import { localFilePaths } from '../lua/permissions.js';

let index: SchemaIndex | undefined;
function schema(): SchemaIndex {
  index ??= SchemaIndex.of(ourSchema());
  return index;
}

function isStringType(t: TypeRef | undefined): boolean {
  const json = builtinOf(t)?.json;
  return json !== undefined && json !== 'number' && json !== 'boolean';
}

/** One form value of a TD parameter: JSON text, or bare text for string-typed parameters. */
function decode(name: string, text: string, type: TypeRef | undefined): unknown {
  // int64 stays text: JSON numbers above 2^53 would lose digits.
  if (builtinOf(type)?.json === 'decimal string' && /^-?\d+$/.test(text.trim())) return text.trim();
  try {
    const v = JSON.parse(text) as unknown;
    if (isStringType(type) && typeof v !== 'string') return text;
    return v;
  } catch {
    if (isStringType(type) || type === undefined) return text;
    throw badRequest(`can't parse parameter '${name}' as JSON: send it JSON-encoded (e.g. ${name}=true, ${name}="text", ${name}={"_":"..."})`);
  }
}

/**
 * The TD request of a method and its parameters; `typed` when they came from a JSON body.
 * `index` is the backend's schema (ours by default; TDLib's with --backend tdlib).
 */
export function tdRequest(method: string, raw: Record<string, unknown>, typed: boolean, index: SchemaIndex = schema()): TdObject {
  const fn = index.fn(method);
  const request: TdObject = { _: method };
  for (const [k, v] of Object.entries(raw)) {
    if (k === '_' || k === '@type') continue;
    if (isUpload(v)) throw badRequest(`parameter '${k}' is a file; TD functions take files by path or id, not uploads`);
    const type = fn?.params.find((p) => p.name === k)?.type;
    request[k] = typed || typeof v !== 'string' ? v : decode(k, v, type);
  }
  return noHostFiles(request);
}

/**
 * A request from HTTP never names a file of the server (inputFileLocal): the backend would read it
 * with the server's rights and hand it to whoever holds a token. Files come as uploads (the Bot
 * API's multipart) or as file ids.
 */
function noHostFiles(request: TdObject): TdObject {
  const paths = localFilePaths(request);
  if (paths.length > 0) throw badRequest(`${request._}: inputFileLocal is not accepted over HTTP ('${paths[0].slice(0, 64)}' is a path on the server); send a file id, or upload the file through the Bot API`);
  return request;
}

/** The method and parameters of a `madeline` call. */
export function madelineRequest(raw: Record<string, unknown>): TdObject {
  const method = raw.method;
  if (typeof method !== 'string' || method === '') throw badRequest("madeline needs 'method' (the TD function's name)");
  let params: unknown = raw.params ?? {};
  if (typeof params === 'string') {
    try {
      params = JSON.parse(params === '' ? '{}' : params) as unknown;
    } catch (e) {
      throw badRequest(`can't parse 'params' as JSON: ${(e as Error).message}`);
    }
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw badRequest("'params' must be a JSON object of the function's parameters");
  for (const k of Object.keys(raw)) if (k !== 'method' && k !== 'params') throw badRequest(`unknown parameter '${k.slice(0, 64)}' for madeline (give the function's parameters inside 'params')`);
  return noHostFiles({ ...(params as Record<string, unknown>), _: method });
}

/** Runs a TD request on a client; a TD error becomes the answer's error as the core wrote it. */
export async function callTd(client: Client, request: TdObject): Promise<unknown> {
  const r = await client.invoke(request);
  if (isTdError(r)) throw fromTdError(r);
  return r;
}

export { ApiError };
