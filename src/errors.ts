/**
 * The error taxonomy of luatd: one class, a small set of stable codes.
 *
 * Library code throws (or returns) `LuatdError`; only the CLI maps them to exit codes.
 * API outcomes are not exceptions: the core answers `{_: 'error', code, message}` objects
 * (see `TdError` in src/core/client.ts), as the TD API documents.
 *
 * Messages are worded with the helpers of src/messages.ts, and clipped there: a LuatdError never
 * carries more than MAX_MESSAGE characters, whatever a caller put in it.
 */

import { clipMessage } from './messages.js';

export const ERROR_CODES = {
  /** A .tl file could not be parsed; message carries file:line:column. */
  SCHEMA_PARSE: 'SCHEMA_PARSE',
  /** A value does not fit the schema (wrong type, range, constructor). */
  INVALID_PARAM: 'INVALID_PARAM',
  /** A required parameter is missing. */
  MISSING_PARAM: 'MISSING_PARAM',
  /** A parameter the schema does not define was given. */
  UNKNOWN_PARAM: 'UNKNOWN_PARAM',
  /** No such function in the active schema. */
  UNKNOWN_METHOD: 'UNKNOWN_METHOD',
  /** No such constructor / type in the active schema. */
  UNKNOWN_CONSTRUCTOR: 'UNKNOWN_CONSTRUCTOR',
  /** A Lua chunk failed to compile. */
  LUA_SYNTAX: 'LUA_SYNTAX',
  /** A Lua chunk raised an error. */
  LUA_RUNTIME: 'LUA_RUNTIME',
  /** A script ran too long without yielding, or past its total timeout. */
  LIMIT_TIME: 'LIMIT_TIME',
  /** A script used more memory than allowed. */
  LIMIT_MEMORY: 'LIMIT_MEMORY',
  /** The sandbox refused something (binary chunk, forbidden module, ...). */
  SANDBOX: 'SANDBOX',
  /** The data directory or a file in it is corrupt or not ours. */
  DATA_CORRUPT: 'DATA_CORRUPT',
  /** The client was closed; pending and later calls fail with this. */
  CLIENT_CLOSED: 'CLIENT_CLOSED',
  /** A plugin failed to load, crashed, or broke its manifest. */
  PLUGIN: 'PLUGIN',
  /** A file could not be read or written. */
  IO: 'IO',
  /** The Lua engine loaded is not the patched copy luatd ships with (reinstall luatd). */
  ENGINE: 'ENGINE',
  /** Bad command-line or library usage. */
  USAGE: 'USAGE',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** An error with a stable `code` that programs can switch on, and optional structured details. */
export class LuatdError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(clipMessage(message));
    this.name = 'LuatdError';
    this.code = code;
    this.details = details;
  }
}

/** True when `e` is a LuatdError, optionally with the given code. */
export function isLuatdError(e: unknown, code?: ErrorCode): e is LuatdError {
  return e instanceof LuatdError && (code === undefined || e.code === code);
}

/** `message` + newline + traceback, as `luatd run` prints an uncaught error (here, not in the Lua host, so the CLI prints it without loading the VM). */
export function formatError(e: LuatdError): string {
  const tb = typeof e.details.traceback === 'string' ? e.details.traceback : '';
  return tb ? `${e.message}\n${tb}` : e.message;
}
