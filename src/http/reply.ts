/**
 * The answers of every route, as PWRTelegram and the Bot API write them:
 * `{"ok": true, "result": ...}` or `{"ok": false, "error_code": N, "description": "..."}`
 * (plus `parameters.retry_after` for 429). The HTTP status is the error code.
 */
import type { TdError } from '../core/client.js';

/** A refused call: the Bot API's error fields. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

/** An answer ready to be written. */
export interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** A file to stream as the body instead (the file download route), with its size. */
  file?: { path: string; size: number };
}

/** The success answer. */
export function okAnswer(result: unknown): Answer {
  return { status: 200, body: `{"ok":true,"result":${JSON.stringify(result ?? true)}}` };
}

/** The failure answer of an ApiError. */
export function errorAnswer(e: ApiError): Answer {
  const body: Record<string, unknown> = { ok: false, error_code: e.code, description: e.description };
  if (e.parameters) body.parameters = e.parameters;
  const status = e.code >= 400 && e.code <= 599 ? e.code : 400;
  const headers: Record<string, string> | undefined = e.parameters?.retry_after !== undefined ? { 'retry-after': String(e.parameters.retry_after) } : undefined;
  return { status, body: JSON.stringify(body), headers };
}

/** A TD error object as an ApiError, its message kept as the description. */
export function fromTdError(e: TdError): ApiError {
  return new ApiError(e.code, e.message);
}

/** 400 with the Bot API's "Bad Request: " prefix. */
export function badRequest(why: string): ApiError {
  return new ApiError(400, `Bad Request: ${why}`);
}

/** 401, revealing nothing about why. */
export const unauthorized = (): ApiError => new ApiError(401, 'Unauthorized');

/** 404 for a path or method we do not serve. */
export const notFound = (): ApiError => new ApiError(404, 'Not Found');
