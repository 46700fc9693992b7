/**
 * The client interface: the only way anything above the core (Lua host, REPL, plugins,
 * HTTP) talks to a TD backend. The embedded engine (src/core/engine/) implements it today;
 * a real TDLib backend will implement it later.
 *
 * Wire conventions (TDLib's JSON conventions, decided once here):
 * - an object is `{ _: 'constructorName', ...fields }`; a request is `{ _: 'functionName', ...params }`;
 * - Bool → boolean; int32, int53, double → number; int64 → decimal string;
 *   bytes → base64 string; vector<T> → array; an absent object → null (or omitted);
 * - requests reaching `invoke` have already been validated and normalised against the schema
 *   (src/schema/validate.ts), so every parameter is present with its default.
 */

import type { TdObject } from '../schema/object.js';
import { clipMessage } from '../messages.js';

/** Any TD object or request (defined with the schema: the validator uses it too). */
export type { TdObject };

/** The error object every function may return instead of its result. */
export interface TdError extends TdObject {
  _: 'error';
  code: number;
  message: string;
}

/** True when a result is a TD error object. */
export function isTdError(v: unknown): v is TdError {
  return typeof v === 'object' && v !== null && (v as TdObject)._ === 'error';
}

/** Build a TD error object. */
export function tdError(code: number, message: string): TdError {
  return { _: 'error', code, message: clipMessage(message) };
}

/** Called with each update, in order. Must not throw (the client catches and reports if it does). */
export type UpdateListener = (update: TdObject) => void;

/** A connected TD client (one session of one account, or not yet logged in). */
export interface Client {
  /** Name of the backend, used in messages (`embedded`, later `tdlib`). */
  readonly backend: string;
  /**
   * Send a request; resolves with the result object or a TD error object. Never rejects for
   * API outcomes; rejects with LuatdError(CLIENT_CLOSED) when the client is closed.
   */
  invoke(request: TdObject): Promise<TdObject>;
  /**
   * Same as invoke, for backends that can answer without waiting (the embedded engine
   * answers most calls synchronously). Returns undefined when the answer needs to wait;
   * callers then use invoke. Lets the Lua host skip a coroutine yield.
   */
  invokeSync?(request: TdObject): TdObject | undefined;
  /** Subscribe to updates; returns an unsubscribe function. */
  onUpdate(listener: UpdateListener): () => void;
  /** Close the client: pending calls reject with CLIENT_CLOSED, storage is flushed. Idempotent. */
  close(): Promise<void>;
}
