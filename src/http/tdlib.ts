/**
 * The gateway over a real TDLib (`luatd serve --backend tdlib`, docs/http.md):
 * - PWRTelegram's routes pass TD functions to TDLib: `/user<TOKEN>/<function>` as the token's
 *   session (a TDLib database `DATA/tdlib/<session>`), `/bot<TOKEN>/madeline` as the bot.
 *   Requests are checked against the loaded TDLib's schema first (the same messages as the
 *   embedded gateway: unknown method, wrong or unknown parameter), then sent as they are.
 * - The Bot API methods are not mapped (their mapping is written against the embedded engine's
 *   legacy objects): they answer 501 naming the backend and pointing at `madeline`.
 * - A bot logs in through TDLib itself (`checkAuthenticationBotToken`), so Telegram decides
 *   whether a token is good. Its session is `http-bot-<id>`; the SHA-256 of the token that
 *   logged it in is kept in http.db, and a logged-in session answers only that token.
 * - A TDLib call that does not answer within the timeout (offline, TDLib waits for the network)
 *   answers 504, never hangs the request.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isTdError, type Client, type TdObject } from '../core/client.js';
import type { SchemaIndex } from '../schema/index.js';
import { validateRequest } from '../schema/validate.js';
import { ApiError, fromTdError, unauthorized } from './reply.js';
import { BOT_TOKEN_RE } from './sessions.js';

/** Default wait for a TDLib answer, ms. */
export const TDLIB_TIMEOUT_MS = 60_000;

/** The 501 of a Bot API method (or a file download) on the TDLib backend. */
export function botApiOnTdlib(what: string): ApiError {
  return new ApiError(
    501,
    `Not Implemented: ${what} is served by the embedded backend only; this gateway runs --backend tdlib: call TD functions through /bot<TOKEN>/madeline (method=NAME, params={...})`,
  );
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS tdlib_bots (bot INTEGER PRIMARY KEY, token_sha256 TEXT NOT NULL)`;

const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

/** The TDLib half of the gateway: checked calls with a timeout, and bot logins. */
export class TdlibRoutes {
  private readonly logins = new Map<number, Promise<void>>();

  constructor(
    private readonly db: Database.Database,
    private readonly index: SchemaIndex,
    private readonly timeoutMs: number,
    /** Opens (or returns the open) client of a session. */
    private readonly session: (name: string) => Promise<Client>,
  ) {
    db.exec(SCHEMA);
  }

  /** The loaded TDLib's schema (for decoding form values). */
  get schema(): SchemaIndex {
    return this.index;
  }

  /** Checks a request against TDLib's schema and runs it; a TD error becomes the answer's error. */
  async call(client: Client, request: TdObject): Promise<unknown> {
    const v = validateRequest(this.index, request);
    if (!v.ok) throw new ApiError(400, v.error.message);
    const r = await this.invoke(client, v.value);
    if (isTdError(r)) throw fromTdError(r);
    return r;
  }

  private invoke(client: Client, request: TdObject): Promise<TdObject> {
    const sync = client.invokeSync?.(request);
    if (sync) return Promise.resolve(sync);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new ApiError(504, `Gateway Timeout: TDLib did not answer ${request._} within ${this.timeoutMs} ms (it may be waiting for the network; --timeout sets the wait)`)),
        this.timeoutMs,
      );
      timer.unref();
    });
    return Promise.race([client.invoke(request), late]).finally(() => clearTimeout(timer));
  }

  /** The client of a bot token, logged in as that bot (401 when Telegram or the stored hash refuses it). */
  async bot(token: string): Promise<Client> {
    const m = BOT_TOKEN_RE.exec(token);
    if (!m) throw unauthorized();
    const uid = Number(m[1]);
    const client = await this.session(`http-bot-${uid}`);
    // one login at a time per bot: concurrent first requests wait for the same one
    let p = this.logins.get(uid);
    while (p) {
      await p.catch(() => undefined);
      p = this.logins.get(uid);
    }
    const run = this.login(client, uid, token);
    this.logins.set(uid, run);
    try {
      await run;
    } finally {
      this.logins.delete(uid);
    }
    return client;
  }

  private async login(client: Client, uid: number, token: string): Promise<void> {
    const state = (await this.invoke(client, { _: 'getAuthorizationState' })) as TdObject;
    const kind = isTdError(state) ? 'error' : state._;
    if (kind === 'authorizationStateReady') {
      const row = this.db.prepare('SELECT token_sha256 FROM tdlib_bots WHERE bot = ?').pluck().get(uid) as string | undefined;
      const known = row === undefined ? undefined : Buffer.from(row, 'hex');
      const given = sha256(token);
      if (!known || known.length !== given.length || !timingSafeEqual(known, given)) throw unauthorized();
      return;
    }
    if (kind === 'authorizationStateWaitTdlibParameters') {
      throw new ApiError(400, 'Bad Request: the gateway has no api_id/api_hash to give TDLib: start it with --api-id and --api-hash (or LUATD_API_ID and LUATD_API_HASH)');
    }
    if (kind !== 'authorizationStateWaitPhoneNumber') {
      throw new ApiError(409, `Conflict: the bot's TDLib session http-bot-${uid} is in ${kind}, not logged in as a bot`);
    }
    const r = await this.invoke(client, { _: 'checkAuthenticationBotToken', token });
    if (isTdError(r)) {
      if (r.code === 400 || r.code === 401) throw unauthorized();
      throw fromTdError(r);
    }
    this.db.prepare('INSERT INTO tdlib_bots (bot, token_sha256) VALUES (?, ?) ON CONFLICT (bot) DO UPDATE SET token_sha256 = excluded.token_sha256').run(uid, sha256(token).toString('hex'));
  }
}
