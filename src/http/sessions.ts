/**
 * The core sessions the gateway holds: one per user token's session, one per bot
 * (`http-bot-<user_id>`, logged in with checkAuthBotToken). A bot token is checked by the core
 * itself (a login in the probe session `http-verify`, then a log-out), so the gateway never reads
 * the accounts table and works however the core stores tokens. Checked tokens are remembered by
 * their SHA-256 for a few minutes.
 */
import { createHash } from 'node:crypto';
import { type Client, type TdObject, isTdError } from '../core/client.js';
import { type EmbeddedNetwork, openEmbeddedCore } from '../core/index.js';
import { isLuatdError } from '../errors.js';
import { ApiError } from './reply.js';

/** Where the core is: a data dir or an in-memory network of the embedded engine, or another backend's opener (TDLib). */
export type CoreWhere = { dataDir: string } | { network: EmbeddedNetwork } | { open: (session: string) => Promise<Client> };

/** How long a checked bot token is trusted before the core is asked again. */
const BOT_CHECK_TTL_MS = 5 * 60 * 1000;
/** The shape of a bot token: `<bot user id>:<secret>`. */
export const BOT_TOKEN_RE = /^(\d{1,15}):[A-Za-z0-9_-]{10,100}$/;

/** A bot the gateway serves. */
export interface BotSession {
  readonly uid: number;
  readonly client: Client;
}

/** Opens, remembers and closes the gateway's core sessions. */
export class SessionPool {
  private readonly clients = new Map<string, Client>();
  private readonly opening = new Map<string, Promise<Client>>();
  private readonly checked = new Map<string, { uid: number; at: number }>();
  private probe: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly where: CoreWhere,
    /** Called once when a bot's session is first opened (the gateway subscribes to its updates). */
    private readonly onBotOpen: (bot: BotSession) => void,
  ) {}

  private async open(session: string): Promise<Client> {
    const have = this.clients.get(session);
    if (have) return have;
    let p = this.opening.get(session);
    if (!p) {
      p = (async () => {
        try {
          const w = this.where;
          const c = 'open' in w ? await w.open(session) : openEmbeddedCore({ ...w, session });
          this.clients.set(session, c);
          return c;
        } catch (e) {
          if (isLuatdError(e, 'USAGE') || isLuatdError(e, 'IO')) {
            throw new ApiError(409, `Conflict: session '${session}' can't be opened: ${e.message}`);
          }
          throw e;
        } finally {
          this.opening.delete(session);
        }
      })();
      this.opening.set(session, p);
    }
    return p;
  }

  /** The client of a user token's session, opened on first use. */
  user(session: string): Promise<Client> {
    return this.open(session);
  }

  /** The bot of a bot token, logged in; undefined when the core refuses the token. */
  async bot(token: string): Promise<BotSession | undefined> {
    const m = BOT_TOKEN_RE.exec(token);
    if (!m) return undefined;
    const key = createHash('sha256').update(token).digest('hex');
    const seen = this.checked.get(key);
    let uid: number;
    if (seen && Date.now() - seen.at < BOT_CHECK_TTL_MS) uid = seen.uid;
    else {
      const found = await this.checkBotToken(token);
      if (found === undefined) {
        this.checked.delete(key);
        return undefined;
      }
      uid = found;
      this.checked.set(key, { uid, at: Date.now() });
    }
    const session = `http-bot-${uid}`;
    const fresh = !this.clients.has(session);
    const client = await this.open(session);
    await this.ensureBotLogin(client, token);
    const bot = { uid, client };
    if (fresh) this.onBotOpen(bot);
    return bot;
  }

  /**
   * Reopens the session of a bot served before (gateway restart), so its updates keep flowing
   * into its queue before its first request. Only when the session is still logged in as it.
   */
  async resume(uid: number): Promise<void> {
    const session = `http-bot-${uid}`;
    if (this.clients.has(session)) return;
    let client: Client;
    try {
      client = await this.open(session);
    } catch {
      return; // held by another process: its first request will say so
    }
    const me = await client.invoke({ _: 'getMe' });
    if (isTdError(me) || me.id !== uid) {
      this.clients.delete(session);
      await client.close();
      return;
    }
    this.onBotOpen({ uid, client });
  }

  /** Logs a bot session in again when it is not (first use, or after resetAuth through madeline). */
  async ensureBotLogin(client: Client, token: string): Promise<void> {
    const state = await client.invoke({ _: 'getAuthState' });
    if (state._ === 'authStateOk') return;
    if (state._ !== 'authStateWaitPhoneNumber') await client.invoke({ _: 'resetAuth', force: true });
    const r = await client.invoke({ _: 'checkAuthBotToken', token });
    if (isTdError(r)) throw new ApiError(401, 'Unauthorized');
  }

  /** The bot's user id when the core accepts the token (one probe at a time). */
  private checkBotToken(token: string): Promise<number | undefined> {
    const run = this.probe.then(async () => {
      const c = await this.open('http-verify');
      const state = await c.invoke({ _: 'getAuthState' });
      if (state._ !== 'authStateWaitPhoneNumber') await c.invoke({ _: 'resetAuth', force: true });
      const r = await c.invoke({ _: 'checkAuthBotToken', token });
      if (isTdError(r) || r._ !== 'authStateOk') return undefined;
      const me = (await c.invoke({ _: 'getMe' })) as TdObject;
      await c.invoke({ _: 'resetAuth', force: false });
      return isTdError(me) ? undefined : (me.id as number);
    });
    this.probe = run.catch(() => undefined);
    return run;
  }

  /** Every open client (for draining). */
  all(): Client[] {
    return [...this.clients.values()];
  }

  /** Closes every session. */
  async close(): Promise<void> {
    const cs = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(cs.map((c) => c.close().catch(() => undefined)));
  }
}
