/**
 * What a method handler sees: the client it runs in. Handlers are plain functions in a table
 * (name → handler); the client checks authorization and opens the transaction around them.
 */
import type Database from 'better-sqlite3';
import type { TdObject, TdError } from '../client.js';
import type { ClientRow } from '../network/model.js';
import type { MethodName, Methods, error } from '../api-types.generated.js';
import type { FileJobs } from './filejobs.js';

/** The client state a handler may use. */
export interface Ctx {
  readonly db: Database.Database;
  /** Session name of this client. */
  readonly name: string;
  /** The logged-in account (valid in handlers of authorized methods). */
  me: number;
  /** The client's local row, read at the start of the call. */
  row: ClientRow;
  /** Current time, Unix seconds (from the injectable clock). */
  now(): number;
  /** Current time, milliseconds (from the injectable clock). */
  nowMs(): number;
  /** Where codes for non-test phone numbers and recovery codes go. */
  readonly codeSink: (destination: string, code: string) => void;
  /** Real-time milliseconds a call waiting for another account waits (HandlerEntry.ask). */
  readonly botTimeoutMs: number;
  /** When this client was opened (clock milliseconds): the start of "this run" for statistics. */
  readonly openedMs: number;
  /** Makes the client read the feed as soon as the call returns, without waiting for a wake-up. */
  refresh(): void;
  /** The file store and the transfers this client runs (uploads, downloads). */
  readonly files: FileJobs;
}

/** The answer of method K as the generated types describe it, or an error object. */
export type Result<K extends MethodName> = Methods[K]['result'] | error;

/**
 * A method implementation: the request as the validator hands it over (every parameter present,
 * int64 as strings) in, the schema's result type out, so a handler reading a parameter that does
 * not exist or answering the wrong shape fails type-check.
 */
export type Handler<K extends MethodName> = (c: Ctx, params: Methods[K]['validated']) => Result<K>;

/**
 * A table entry: the method, its handler, and whether it writes (then it runs in one IMMEDIATE
 * transaction). An entry with `ask` waits for another account: its handler (a write) records a
 * query and answers `pending(id)`; the client then polls `ask.poll` until it answers, and after
 * the timeout runs `ask.expire` (a write) for the final answer. Such methods never answer
 * synchronously (invokeSync gives undefined).
 */
export interface HandlerEntry {
  name: MethodName;
  fn: (c: Ctx, params: any) => TdObject;
  write: boolean;
  ask?: {
    poll(c: Ctx, query: number): TdObject | undefined;
    expire(c: Ctx, query: number): TdObject;
    /** Real-time milliseconds to wait before expire, when not the client's bot timeout (setAlarm). */
    waitMs?(query: number): number;
  };
}

/** What an asking handler answers while its result waits (never reaches a caller). */
export interface Pending extends TdObject {
  _: '@pending';
  query: number;
}

/** The answer of an asking handler whose query `id` now waits for the other side. */
export function pending(query: number): Pending {
  return { _: '@pending', query };
}

/** Builds a table entry for a method whose answer waits for another account (see HandlerEntry.ask). */
export function ask<K extends MethodName>(
  name: K,
  start: (c: Ctx, params: Methods[K]['validated']) => Pending | error,
  poll: (c: Ctx, query: number) => Result<K> | undefined,
  expire: (c: Ctx, query: number) => Result<K>,
  waitMs?: (query: number) => number,
): HandlerEntry {
  type Ask = NonNullable<HandlerEntry['ask']>;
  return { name, fn: start as HandlerEntry['fn'], write: true, ask: { poll: poll as Ask['poll'], expire: expire as Ask['expire'], waitMs } };
}

/** Builds a table entry for a read-only method. */
export function read<K extends MethodName>(name: K, fn: Handler<K>): HandlerEntry {
  return { name, fn: fn as HandlerEntry['fn'], write: false };
}

/** Builds a table entry for a method that writes. */
export function write<K extends MethodName>(name: K, fn: Handler<K>): HandlerEntry {
  return { name, fn: fn as HandlerEntry['fn'], write: true };
}

const committed = new WeakSet<object>();

/**
 * Marks an error answer whose writes must still be committed (resetAuth force=true answers
 * 401 after deleting local data). Any other error answer rolls its transaction back.
 */
export function commitAnyway(e: TdError): TdError {
  committed.add(e);
  return e;
}

/** True when an error answer was marked with commitAnyway. */
export function isCommittedError(e: object): boolean {
  return committed.has(e);
}
