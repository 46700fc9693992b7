/**
 * One embedded client: a named session over the shared network in the data file. It
 * dispatches requests through a table (name → handler), runs each writing call as one
 * IMMEDIATE transaction, and follows the change feed to deliver its updates in order.
 */
import type Database from 'better-sqlite3';
import type { Client, TdObject, UpdateListener } from '../client.js';
import { isTdError, tdError } from '../client.js';
import { LuatdError } from '../../errors.js';
import { SchemaIndex, closestName } from '../../schema/index.js';
import { ourSchema } from '../../schema/parser.js';
import { validateRequest } from '../../schema/validate.js';
import { notImplemented, unknownMethod } from '../errors.js';

/** Why a function of another schema, named like one of ours, is not served. */
const FOREIGN_SHAPES = 'the schema in use declares it with other parameters or objects than the ones the embedded backend implements';
import { feedBody, feedHead, pruneFeed } from '../network/feed.js';
import { type ClientRow, sql } from '../network/model.js';
import { type Store, BUSY_TIMEOUT_MS, lockSession, mapStorageError, notifyStore, releaseStore } from '../store/store.js';
import { fitLockWait, inNative } from '../store/native.js';
import { authStateOf, touchSession, unauthorized } from './auth.js';
import { type Ctx, type HandlerEntry, type Pending, isCommittedError } from './context.js';
import { HANDLERS } from './handlers.js';
import { FileJobs } from './filejobs.js';

/**
 * How often a client looks for updates written by other processes when no wake-up came: slowly
 * while the data dir is watched (a lost event costs at most this), faster when it cannot be
 * (store/wake.ts). Commits of this process wake its clients at once either way.
 */
export const SAFETY_POLL_MS = 5_000;
export const FALLBACK_POLL_MS = 1_000;

/**
 * How long a client's feed position may stay unsaved after a delivery. The position is a write
 * transaction of its own: saved after every batch, it doubled the commits of a conversation
 * between processes (every commit takes the data dir's write lock, which the other side may then
 * wait for). Saved at close() too; after a crash, the updates of the last second at most are
 * delivered again on the next start (delivery is at least once, as it always was).
 */
const POSITION_SAVE_MS = 1_000;

/** Options of an embedded client (see openEmbeddedCore). */
export interface EmbeddedClientOptions {
  session: string;
  codeSink: (destination: string, code: string) => void;
  clock: () => number;
  /** Requests come already validated and normalised (the Lua host validates): skip validation. */
  trustRequests: boolean;
  /** Overrides both poll intervals above (tests: a huge one proves the push path, a small one tests the fallback fast). */
  pollMs?: number;
  /** Real-time milliseconds a call waiting for a bot waits (see HandlerEntry.ask). */
  botTimeoutMs: number;
  /** For requests of another schema: which of its functions the engine serves (src/core/served.ts); others answer 501. */
  served?: (method: string) => boolean;
  /** Quota of the data dir's file store in bytes (docs/files.md); default from store/blobs.ts. */
  fileQuota?: number;
  /** Told about damaged update rows the client skipped (see EmbeddedCoreOptions.onWarning). */
  onWarning?: (message: string) => void;
}

/**
 * Most characters of values one writing call may carry (each string counts its length, any other value 1) (texts, names, markup, results):
 * what one call stores stays small, so a script cannot fill the data dir with a few calls. The
 * specific limits (4096 characters of message text, 64 KiB per option) are lower still.
 */
export const MAX_REQUEST_CHARS = 1024 * 1024;

/** Size of the values in `v`: characters of its strings, 1 for any other value; counts up to just past `limit`. */
function stringChars(v: unknown, limit: number): number {
  if (typeof v === 'string') return v.length;
  if (typeof v !== 'object' || v === null) return 1;
  let n = 1;
  for (const x of Array.isArray(v) ? v : Object.values(v)) {
    n += stringChars(x, limit - n);
    if (n > limit) break;
  }
  return n;
}

/** How often a waiting call looks for the other side's answer. */
const ASK_POLL_MS = 20;

interface Route {
  entry: HandlerEntry;
  auth: boolean;
}

let routes: Map<string, Route> | undefined;
let schemaIndex: SchemaIndex | undefined;

function schema(): SchemaIndex {
  schemaIndex ??= SchemaIndex.of(ourSchema());
  return schemaIndex;
}

/** name → handler and whether it needs a logged-in session (from "Can be called before authorization"). */
function routeTable(): Map<string, Route> {
  if (!routes) {
    routes = new Map();
    const idx = schema();
    for (const [name, entry] of Object.entries(HANDLERS)) {
      const fn = idx.fn(name);
      routes.set(name, { entry, auth: fn ? !fn.beforeAuth : true });
    }
  }
  return routes;
}

class Rollback {
  constructor(readonly answer: TdObject) {}
}

/** The embedded implementation of the Client interface. */
export class EmbeddedClient implements Client, Ctx {
  readonly backend = 'embedded';
  readonly db: Database.Database;
  readonly name: string;
  me = 0;
  // The client row is read lazily, once per call: methods that never look at it (test*,
  // getTextEntities) then cost no query at all, which keeps immediate calls cheap for the Lua host.
  private rowCache: ClientRow | undefined;
  readonly codeSink: (destination: string, code: string) => void;
  readonly files: FileJobs;
  private readonly clock: () => number;
  readonly openedMs: number;
  private readonly trust: boolean;
  private readonly served: ((method: string) => boolean) | undefined;
  private readonly onWarning: ((message: string) => void) | undefined;
  private readonly listeners = new Set<UpdateListener>();
  private readonly pending: TdObject[] = [];
  // Never a poll right here, even for another process's commit (from the watch): the watch's
  // callback runs inside libuv's read loop of inotify events, which goes on while events keep
  // coming; a listener that writes on every update (a bot answering its own messages) would keep
  // it going forever and starve every timer, the limits' included. On the next turn instead.
  private readonly wake = (): void => this.schedule();
  private timer: NodeJS.Timeout | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly pollMs: number | undefined;
  private scheduled = false;
  private closed = false;
  private readonly unlock: () => void;
  private lastSeq = 0;
  readonly botTimeoutMs: number;
  /** Calls waiting for another account: rejected when the client closes. */
  private readonly waiting = new Set<(e: Error) => void>();

  constructor(
    private readonly store: Store,
    opts: EmbeddedClientOptions,
  ) {
    this.db = store.db;
    this.name = opts.session;
    this.codeSink = opts.codeSink;
    this.clock = opts.clock;
    this.openedMs = opts.clock();
    this.trust = opts.trustRequests;
    this.served = opts.served;
    this.onWarning = opts.onWarning;
    this.pollMs = opts.pollMs;
    this.botTimeoutMs = opts.botTimeoutMs;
    this.files = new FileJobs(store, opts.clock, opts.fileQuota);
    // Two clients on one session would deliver every update twice and fight over its position.
    if (store.sessions.has(this.name)) {
      throw new LuatdError('USAGE', `session '${this.name}' is already open in this process; close it first or use another session name`);
    }
    this.unlock = lockSession(store, this.name);
    try {
      this.db.transaction(() => {
        sql(this.db, 'INSERT OR IGNORE INTO clients (name, last_seq) VALUES (?, ?)').run(this.name, feedHead(this.db));
        pruneFeed(this.db);
      }).immediate();
      this.row = this.readRow();
    } catch (e) {
      this.unlock();
      throw mapStorageError(store.file, e);
    }
    this.lastSeq = this.row.last_seq;
    store.sessions.add(this.name);
    // TD starts every client with its current authorization state.
    this.pending.push({ _: 'updateAuthState', auth_state: authStateOf(this.db, this.row) });
    store.listeners.add(this.wake);
    this.armPoll();
    this.schedule();
  }

  get row(): ClientRow {
    this.rowCache ??= this.readRow();
    return this.rowCache;
  }

  set row(r: ClientRow) {
    this.rowCache = r;
  }

  now(): number {
    return Math.floor(this.clock() / 1000);
  }

  nowMs(): number {
    return this.clock();
  }

  private readRow(): ClientRow {
    return sql(this.db, 'SELECT * FROM clients WHERE name = ?').get(this.name) as ClientRow;
  }

  refresh(): void {
    this.schedule();
  }

  invoke(request: TdObject): Promise<TdObject> {
    if (this.closed) return Promise.reject(closedError());
    try {
      const answer = inNative(() => this.dispatch(request));
      if (answer._ !== '@pending') return Promise.resolve(answer);
      return this.wait(routeTable().get(request._ as string)!.entry, (answer as Pending).query);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  invokeSync(request: TdObject): TdObject | undefined {
    if (this.closed) throw closedError();
    // a method that waits for a bot cannot answer now: the caller uses invoke (and nothing was done yet)
    if (typeof request === 'object' && request !== null && routeTable().get(request._)?.entry.ask) return undefined;
    return inNative(() => this.dispatch(request));
  }

  /** Polls an asking method's query until the other side answers, or expires it after the timeout. */
  private wait(entry: HandlerEntry, query: number): Promise<TdObject> {
    const ask = entry.ask!;
    const deadline = Date.now() + (ask.waitMs?.(query) ?? this.botTimeoutMs);
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const fail = (e: Error): void => {
        if (timer) clearTimeout(timer);
        this.waiting.delete(fail);
        reject(e);
      };
      this.waiting.add(fail);
      const tick = (): void => {
        timer = undefined;
        if (this.closed) return;
        try {
          let a = this.db.transaction(() => ask.poll(this, query))();
          if (a === undefined && Date.now() >= deadline) {
            a = this.db.transaction(() => ask.expire(this, query)).immediate();
            notifyStore(this.store);
          }
          if (a === undefined) {
            timer = setTimeout(tick, ASK_POLL_MS);
            return;
          }
          this.waiting.delete(fail);
          resolve(a);
        } catch (e) {
          const mapped = mapStorageError(this.store.file, e);
          this.waiting.delete(fail);
          if (mapped instanceof LuatdError) reject(mapped);
          else resolve(tdError(500, `Internal error of the embedded backend in ${entry.name}: ${mapped instanceof Error ? mapped.message : String(mapped)}`));
        }
      };
      timer = setTimeout(tick, ASK_POLL_MS);
    });
  }

  private dispatch(request: TdObject): TdObject {
    if (typeof request !== 'object' || request === null || typeof request._ !== 'string') {
      return tdError(400, "Request must be an object with a string field '_' naming the method");
    }
    const name = request._;
    const route = routeTable().get(name);
    if (route !== undefined && this.served && !this.served(name)) return notImplemented(name, FOREIGN_SHAPES);
    if (route === undefined) {
      const idx = schema();
      // A trusted request was validated by the caller, maybe against another schema (luatd run
      // --schema): a name we do not know is then a method this backend lacks, not a typo.
      if (idx.fn(name) || this.trust) return notImplemented(name);
      return unknownMethod(name, closestName(name, idx.ir.functions.map((f) => f.name)));
    }
    let params = request;
    let waitMs = BUSY_TIMEOUT_MS;
    if (!this.trust) {
      const v = validateRequest(schema(), request);
      if (!v.ok) return tdError(400, v.error.message);
      params = v.value;
    }
    try {
      this.rowCache = undefined;
      if (!route.entry.write) {
        const denied = this.checkAuth(route);
        return denied ?? route.entry.fn(this, params);
      }
      const size = stringChars(params, MAX_REQUEST_CHARS);
      if (size > MAX_REQUEST_CHARS) {
        return tdError(400, `REQUEST_TOO_LARGE: ${name} carries more than ${MAX_REQUEST_CHARS} characters of values (text, or an array that long); one call stores at most that much`);
      }
      waitMs = fitLockWait(this.db, BUSY_TIMEOUT_MS);
      let answer: TdObject;
      try {
        answer = this.db
          .transaction(() => {
            // Checked inside the write lock: another process may have ended this session meanwhile.
            const a = this.checkAuth(route) ?? route.entry.fn(this, params);
            if (isTdError(a) && !isCommittedError(a)) throw new Rollback(a);
            if (route.auth) touchSession(this);
            return a;
          })
          .immediate();
      } catch (e) {
        if (e instanceof Rollback) return e.answer;
        throw e;
      }
      notifyStore(this.store);
      return answer;
    } catch (e) {
      const mapped = mapStorageError(this.store.file, e, waitMs);
      if (mapped instanceof LuatdError || !(mapped instanceof Error)) throw mapped;
      // A request that slipped past validation (trustRequests) or a bug of ours: an error answer
      // naming the method, so the caller's script sees it where it called, instead of a rejection.
      return tdError(500, `Internal error of the embedded backend in ${name}: ${mapped.message}`);
    }
  }

  /** The 401 answer when the method needs a logged-in session and there is none; sets `me` otherwise. */
  private checkAuth(route: Route): TdObject | undefined {
    if (!route.auth) return undefined;
    this.rowCache = undefined;
    const row = this.row;
    if (row.state !== 'ok' || row.account_id === null) return unauthorized();
    this.me = row.account_id;
    return undefined;
  }

  onUpdate(listener: UpdateListener): () => void {
    this.listeners.add(listener);
    this.schedule();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The next fallback poll; the interval follows the watch's state, which may break while running. */
  private armPoll(): void {
    const ms = this.pollMs ?? (this.store.waker?.watching ? SAFETY_POLL_MS : FALLBACK_POLL_MS);
    this.timer = setTimeout(() => {
      this.poll();
      if (!this.closed) this.armPoll();
    }, ms);
    this.timer.unref();
  }

  private schedule(): void {
    if (this.scheduled || this.closed) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.poll();
    });
  }

  private emit(update: TdObject): void {
    for (const l of this.listeners) {
      try {
        l(update);
      } catch {
        // A listener's failure is the listener's business (the contract says listeners must not
        // throw); the next listener and the next update still get delivered.
      }
    }
  }

  /** Delivers pending updates and new feed rows addressed to this client, in feed order. */
  poll(): void {
    // With nobody listening, updates wait in the feed (and the first one in `pending`) rather
    // than being consumed unseen: a host that subscribes late still gets all of them, in order.
    if (this.closed || this.listeners.size === 0) return;
    while (this.pending.length > 0) this.emit(this.pending.shift()!);
    let rows: FeedRow[];
    try {
      // One statement, so one snapshot: the client row (its account and login), the rows for it,
      // and last the feed's head (`head` 1), so that the skip-ahead below cannot jump over a row
      // committed in between by another process. (One statement rather than a transaction of
      // several: every poll of a conversation between processes is on its critical path.)
      rows = sql(
        this.db,
        `SELECT f.seq AS seq, f.account AS account, f.body AS body, 0 AS head FROM clients c JOIN feed f ON f.seq > @last
           AND (f.client = @name OR (f.account = c.account_id AND f.seq > c.login_seq AND (f.auth IS NULL OR f.auth = c.auth_id)))
         WHERE c.name = @name
         UNION ALL SELECT COALESCE((SELECT MAX(seq) FROM feed), 0), NULL, '', 1 FROM clients WHERE name = @name
         ORDER BY head, seq`,
      ).all({ name: this.name, last: this.lastSeq }) as FeedRow[];
    } catch {
      // The file may be locked or closing; the next tick retries.
      return;
    }
    const head = rows.at(-1);
    if (head?.head !== 1) return; // no client row: nothing is addressed to us
    rows.pop();
    if (rows.length === 0) {
      this.lastSeq = Math.max(this.lastSeq, head.seq);
      return;
    }
    for (const r of rows) {
      this.lastSeq = r.seq;
      let update: TdObject;
      try {
        update = feedBody(r.body, r.account ?? 0);
      } catch (e) {
        // a damaged row (or one this version cannot read): skip it rather than stall the feed or
        // hand the script something that is not an update
        try {
          this.onWarning?.(`skipped a damaged update (feed row ${r.seq} of ${this.store.file}): ${e instanceof Error ? e.message : String(e)}`);
        } catch {
          // the warning's sink is the caller's business
        }
        continue;
      }
      this.emit(update);
      if (this.closed) break;
    }
    if (!this.saveTimer && !this.closed) {
      this.saveTimer = setTimeout(() => {
        this.saveTimer = undefined;
        this.savePosition();
      }, POSITION_SAVE_MS);
      this.saveTimer.unref();
    }
  }

  /** Writes the feed position (see POSITION_SAVE_MS). */
  private savePosition(): void {
    try {
      if (this.db.open) sql(this.db, 'UPDATE clients SET last_seq = ? WHERE name = ? AND last_seq < ?').run(this.lastSeq, this.name, this.lastSeq);
    } catch {
      // Retried after the next batch; at worst updates are delivered again after a restart.
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.poll();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.savePosition();
    for (const fail of [...this.waiting]) fail(closedError());
    this.files.close();
    try {
      pruneFeed(this.db);
    } catch {
      // another process holds the write lock: the next open prunes
    }
    this.store.listeners.delete(this.wake);
    this.store.sessions.delete(this.name);
    this.unlock();
    this.listeners.clear();
    releaseStore(this.store);
  }
}

/** A row of a client's poll: a feed row for it (`head` 0), or the feed's head (`head` 1, last). */
interface FeedRow {
  seq: number;
  account: number | null;
  body: string;
  head: 0 | 1;
}

function closedError(): LuatdError {
  return new LuatdError('CLIENT_CLOSED', 'the client is closed');
}
