/**
 * The TDLib backend's Client (src/core/client.ts): one TDLib instance through tdl.
 *
 * - `setTdlibParameters` is sent by us, first, from the options (database in the luatd data
 *   dir, api_id/api_hash, test DC), so scripts start at `authorizationStateWaitPhoneNumber`.
 *   Without api_id/api_hash nothing is sent: TDLib waits for parameters, the synchronous
 *   functions work, and other calls answer TDLib's 400 with a note on how to give them.
 * - Answers are TD objects; TDLib's errors become `{_: 'error', code, message}` results, never
 *   rejections (tdl rejects with TDLibError; we turn it back).
 * - Functions TDLib can run synchronously (`getTextEntities`, `getOption` of `version`...) are
 *   answered by `invokeSync` through `td_execute`, without a round trip.
 * - After `logOut`, `destroy` or `close` TDLib's instance is gone (authorizationStateClosed);
 *   the next call opens a new one on the same database, as a new TDLib client would, so a
 *   script goes on at `authorizationStateWaitPhoneNumber`.
 * - `close()` (the host's) closes TDLib and rejects calls still waiting with CLIENT_CLOSED.
 *
 * tdl runs one receive loop per process: use one thread per process for TDLib clients.
 */
import { LuatdError } from '../../errors.js';
import { isTdError, tdError, type Client, type TdError, type TdObject, type UpdateListener } from '../client.js';
import type { LoadedTdlib, TdlClient, TdJson } from './load.js';

/** What setTdlibParameters needs, decided by the host. */
export interface TdlibParameters {
  /** TDLib's database folder (created by TDLib). */
  databaseDirectory: string;
  /** Folder for downloaded files. */
  filesDirectory: string;
  apiId?: number;
  apiHash?: string;
  /** Telegram's test environment. */
  useTestDc: boolean;
  /** application_version sent to Telegram. */
  applicationVersion: string;
}

/** How long close() waits for TDLib to confirm before giving up on it (ms). */
const CLOSE_WAIT_MS = 10_000;

/** Requests that end the TDLib instance. */
const ENDING = new Set(['logOut', 'destroy', 'close']);

/** The hint appended to TDLib's "parameters are needed" error when luatd had none to send. */
const CREDENTIALS_HINT = 'luatd sends them when given --api-id and --api-hash (or LUATD_API_ID and LUATD_API_HASH)';

export class TdlibClient implements Client {
  readonly backend = 'tdlib';
  private td: TdlClient | undefined;
  /** The answer to our setTdlibParameters for the current instance (undefined: not sent). */
  private ready: Promise<TdError | undefined> = Promise.resolve(undefined);
  private readonly listeners = new Set<UpdateListener>();
  private readonly pending = new Set<(e: Error) => void>();
  private closed = false;
  /** While the instance logs out or closes: resolves at authorizationStateClosed. */
  private closing: { done: Promise<void>; resolve: () => void } | undefined;

  constructor(
    private readonly lib: LoadedTdlib,
    private readonly params: TdlibParameters,
    /** Functions TDLib may execute synchronously (from the schema). */
    private readonly synchronous: ReadonlySet<string>,
    /** Called with an error thrown by an update listener (the listener is kept). */
    private readonly onListenerError: (e: unknown) => void = () => {},
  ) {
    this.open();
  }

  /** A fresh TDLib instance, parameters sent first so that every later request comes after them. */
  private open(): TdlClient {
    const td = this.lib.tdl.createBareClient();
    td.on('update', (u) => this.dispatch(u));
    // tdl reports errors of the receive loop and of listeners here; ours never throw
    td.on('error', (e) => this.onListenerError(e));
    td.on('close', () => {
      if (this.td === td) this.track('authorizationStateClosed');
    });
    this.td = td;
    const p = this.params;
    if (p.apiId !== undefined && p.apiHash !== undefined) {
      this.ready = this.call(td, {
        _: 'setTdlibParameters',
        use_test_dc: p.useTestDc,
        database_directory: p.databaseDirectory,
        files_directory: p.filesDirectory,
        database_encryption_key: '',
        use_file_database: true,
        use_chat_info_database: true,
        use_message_database: true,
        use_secret_chats: false,
        api_id: p.apiId,
        api_hash: p.apiHash,
        system_language_code: 'en',
        device_model: 'luatd',
        system_version: process.platform,
        application_version: p.applicationVersion,
      }).then((r) => (isTdError(r) ? r : undefined));
    } else this.ready = Promise.resolve(undefined);
    return td;
  }

  private dispatch(u: TdJson): void {
    if (u._ === 'updateAuthorizationState') this.track((u.authorization_state as TdJson | undefined)?._);
    for (const l of this.listeners) {
      try {
        l(u as TdObject);
      } catch (e) {
        this.onListenerError(e);
      }
    }
  }

  /** Follow the instance's end: calls made while it logs out or closes wait for the next instance. */
  private track(state: string | undefined): void {
    if (state === 'authorizationStateLoggingOut' || state === 'authorizationStateClosing') {
      if (!this.closing) {
        let resolve!: () => void;
        const done = new Promise<void>((r) => (resolve = r));
        this.closing = { done, resolve };
      }
    } else if (state === 'authorizationStateClosed') {
      this.closing?.resolve();
      this.closing = undefined;
    }
  }

  /** Send to one instance; TDLib's errors come back as error objects. */
  private async call(td: TdlClient, request: TdObject): Promise<TdObject> {
    try {
      return (await td.invoke(request as TdJson)) as TdObject;
    } catch (e) {
      if (e instanceof this.lib.tdl.TDLibError) return tdError(e.code, e.message);
      // tdl refuses requests to an instance that closed meanwhile
      if (td.isClosed()) return tdError(500, 'Request aborted: TDLib closed');
      return tdError(500, `tdl: ${(e as Error).message}`);
    }
  }

  async invoke(request: TdObject): Promise<TdObject> {
    if (this.closed) throw new LuatdError('CLIENT_CLOSED', `the tdlib client is closed (${request._})`);
    // an instance ending (logOut/destroy/close): wait for its end; the next call gets a new one
    if (this.closing) await this.closing.done;
    if (this.closed) throw new LuatdError('CLIENT_CLOSED', `the tdlib client is closed (${request._})`);
    if (!this.td || this.td.isClosed()) this.open();
    const td = this.td!;
    const ready = this.ready;
    return new Promise<TdObject>((resolve, reject) => {
      const onClose = (e: Error): void => reject(e);
      this.pending.add(onClose);
      const done = (r: TdObject): void => {
        this.pending.delete(onClose);
        resolve(r);
      };
      void ready.then(async (initError) => {
        if (initError && request._ !== 'setTdlibParameters') return done(tdError(initError.code, `TDLib did not accept its parameters: ${initError.message}`));
        const r = await this.call(td, request);
        // logOut, destroy and close answer ok before the instance is gone: answer once it is
        if (!isTdError(r) && ENDING.has(request._)) {
          if (!td.isClosed()) this.track('authorizationStateClosing');
          if (this.closing) await this.closing.done;
        }
        if (isTdError(r) && r.code === 400 && r.message.startsWith('Initialization parameters are needed') && this.params.apiId === undefined) {
          return done(tdError(400, `${r.message} (${CREDENTIALS_HINT})`));
        }
        done(r);
      });
    });
  }

  invokeSync(request: TdObject): TdObject | undefined {
    if (this.closed) throw new LuatdError('CLIENT_CLOSED', `the tdlib client is closed (${request._})`);
    if (!this.synchronous.has(request._)) return undefined;
    const r = this.lib.tdl.execute(request as TdJson) as TdObject;
    // getOption is synchronous only for a few options: the others go through invoke
    if (request._ === 'getOption' && isTdError(r) && r.message.includes("can't be get synchronously")) return undefined;
    return r;
  }

  onUpdate(listener: UpdateListener): () => void {
    // the same function twice is two subscriptions, as with the embedded engine
    const wrapped: UpdateListener = (u) => listener(u);
    this.listeners.add(wrapped);
    return () => void this.listeners.delete(wrapped);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const td = this.td;
    if (td && !td.isClosed()) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        td.close().catch(() => undefined),
        new Promise<void>((r) => {
          timer = setTimeout(r, CLOSE_WAIT_MS);
          timer.unref();
        }),
      ]);
      clearTimeout(timer);
    }
    const err = new LuatdError('CLIENT_CLOSED', 'the tdlib client was closed while the call was waiting');
    for (const r of [...this.pending]) r(err);
    this.pending.clear();
    this.listeners.clear();
  }
}
