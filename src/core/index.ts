/**
 * The embedded TD engine: an offline, deterministic stand-in for Telegram's servers plus a
 * TD client, kept in one SQLite file. `openEmbeddedCore` opens one client (a named session);
 * several clients, in one process or in several processes, share the network of a data dir.
 */
import { LuatdError } from '../errors.js';
import type { Client } from './client.js';
import type { SchemaIR } from '../schema/ir.js';
import { servedBy } from './served.js';
import { EmbeddedClient } from './engine/client.js';
import { createAccount, makeBotToken, USERNAME_RE } from './engine/auth.js';
import { HANDLERS } from './engine/handlers.js';
import { type ConvRow, getAccount, sql } from './network/model.js';
import { dialogByChat, getConv, lastMessageId, nextActivity } from './network/ops.js';
import { searchKey } from './network/render.js';
import { type Store, acquireStore, mapStorageError, releaseStore } from './store/store.js';

export { NOT_IMPLEMENTED_CODE, TD_ERRORS } from './errors.js';
export { servedBy } from './served.js';
export { CODE_TTL_MS } from './engine/auth-limits.js';
export { DB_FILE } from './store/files.js';
export { sendTextRequest } from './requests.js';

/** Options of openEmbeddedCore. */
export interface EmbeddedCoreOptions {
  /** Data directory (created when missing). The CLI default is `defaultDataDir()` from src/paths.ts. */
  dataDir?: string;
  /** Keep everything in memory (a fresh network), unless `network` is given. */
  memory?: boolean;
  /** An in-memory network from createMemoryNetwork(), to run several clients against one network in a test. */
  network?: EmbeddedNetwork;
  /** Session name: the client's local data (auth state, options, update position). Default 'default'. */
  session?: string;
  /** Receives login codes of non-test phone numbers, and password-recovery codes (destination = phone or e-mail). */
  codeSink?: (destination: string, code: string) => void;
  /** Milliseconds since the epoch; injectable so tests can expire codes. Default Date.now. */
  clock?: () => number;
  /**
   * The caller validated and normalised requests against the schema already (the Lua host does):
   * skip the validation at `invoke`. Default false: requests are validated, bad ones answer 400.
   */
  trustRequests?: boolean;
  /**
   * Milliseconds between two looks at the data dir for other processes' updates when no wake-up
   * arrived. Default: 5 s while the data dir is watched (updates are pushed), 1 s when the watch
   * cannot be set up.
   */
  pollMs?: number;
  /**
   * How long a call that waits for a bot (getCallbackQueryAnswer, getInlineQueryResults) waits
   * before it answers 400 BOT_RESPONSE_TIMEOUT, in milliseconds of real time. Default 10000.
   */
  botTimeoutMs?: number;
  /**
   * The schema requests follow, when it is not ours (`luatd run --schema FILE`): a function it
   * declares with other shapes than ours (TDLib 1.8's getMe, sendMessage) answers 501 instead of
   * running our handler on foreign requests (src/core/served.ts).
   */
  schema?: SchemaIR;
  /**
   * Quota of the file store in bytes (uploaded contents plus downloaded copies; docs/files.md).
   * Default: LUATD_FILE_QUOTA_MB when set, else 4 GiB for a data dir and 1 GiB for memory.
   */
  fileQuota?: number;
  /**
   * Told when the client skips a damaged update row of the data file (a body that is not an
   * update, or nested absurdly deep) instead of delivering it. Default: nothing is said.
   */
  onWarning?: (message: string) => void;
}

/** An in-memory network several clients can share (tests, examples). */
export interface EmbeddedNetwork {
  /** Frees the memory once every client on it is closed. */
  close(): void;
}

/** A fresh in-memory network. */
export function createMemoryNetwork(): EmbeddedNetwork {
  const store = acquireStore(undefined);
  const network = { close: () => releaseStore(store) };
  networkStores.set(network, store);
  return network;
}

// The store behind each network, kept out of the public type so that our .d.ts never names
// better-sqlite3's types (TypeScript users compile without them).
const networkStores = new WeakMap<EmbeddedNetwork, Store>();

function storeOf(network: EmbeddedNetwork): Store {
  const store = networkStores.get(network);
  if (!store) throw new LuatdError('USAGE', 'network must be a value returned by createMemoryNetwork()');
  return store;
}

/** Default of EmbeddedCoreOptions.botTimeoutMs. */
export const BOT_TIMEOUT_MS = 10_000;

const SESSION_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

/** Opens one embedded client. Throws LuatdError (USAGE, DATA_CORRUPT, IO) when it cannot. */
export function openEmbeddedCore(opts: EmbeddedCoreOptions = {}): Client {
  const session = opts.session ?? 'default';
  if (!SESSION_NAME.test(session)) throw new LuatdError('USAGE', `invalid session name '${session}': use 1-64 letters, digits, '_', '-' or '.'`);
  if (opts.dataDir !== undefined && (opts.memory || opts.network)) throw new LuatdError('USAGE', 'give either dataDir or memory/network, not both');
  if (opts.pollMs !== undefined && !(Number.isFinite(opts.pollMs) && opts.pollMs >= 1)) throw new LuatdError('USAGE', `pollMs must be a number of milliseconds >= 1, got ${String(opts.pollMs)}`);
  let store: Store;
  if (opts.network) {
    store = storeOf(opts.network);
    store.refs++;
  } else if (opts.dataDir !== undefined) store = acquireStore(opts.dataDir);
  else if (opts.memory) store = acquireStore(undefined);
  else throw new LuatdError('USAGE', 'openEmbeddedCore needs dataDir or memory: true');
  try {
    return new EmbeddedClient(store, {
      session,
      codeSink: opts.codeSink ?? (() => {}),
      clock: opts.clock ?? Date.now,
      trustRequests: opts.trustRequests ?? false,
      pollMs: opts.pollMs,
      botTimeoutMs: opts.botTimeoutMs ?? BOT_TIMEOUT_MS,
      served: opts.schema ? servedBy(IMPLEMENTED_METHODS, opts.schema) : undefined,
      fileQuota: opts.fileQuota,
      onWarning: opts.onWarning,
    });
  } catch (e) {
    releaseStore(store);
    throw e;
  }
}

/** Methods of our schema the embedded engine implements; any other answers error 501. */
export const IMPLEMENTED_METHODS: ReadonlySet<string> = new Set(Object.keys(HANDLERS));

/** A bot account made by createBot. */
export interface CreatedBot {
  user_id: number;
  username: string;
  token: string;
}

/** Options of createBot. */
export interface CreateBotOptions {
  /** The username (5-32 letters, digits, `_`, ending in `bot`); default: derived from the name. */
  username?: string;
}

/**
 * The username createBot derives from a name (its letters, digits and `_`): that, when it is a
 * valid username already ending in `bot` (`echobot` → `echobot`, `My Bot` → `MyBot`), else that
 * plus `_bot` (`Counter` → `Counter_bot`), as Telegram's BotFather asks bot usernames to end.
 */
export function botUsername(name: string): string {
  let base = name.replace(/[^A-Za-z0-9_]/g, '').replace(/^[^A-Za-z]+/, '');
  if (USERNAME_RE.test(base) && base.toLowerCase().endsWith('bot')) return base;
  base = (base || 'my').slice(0, 28);
  return `${base}_bot`;
}

/**
 * Creates a bot account on the network of a data dir (or memory network): display name `name`,
 * the username `opts.username` or botUsername(name), and a token `<user_id>:<secret>` for
 * checkAuthBotToken. A username already taken is refused (LuatdError USAGE), never changed.
 */
export function createBot(where: string | EmbeddedNetwork, name: string, opts: CreateBotOptions = {}): CreatedBot {
  const display = name.trim();
  if (display === '' || display.length > 64) throw new LuatdError('USAGE', 'a bot name must have 1 to 64 characters');
  const username = opts.username ?? botUsername(display);
  if (!USERNAME_RE.test(username) || !username.toLowerCase().endsWith('bot')) {
    throw new LuatdError('USAGE', `'${username}' is not a bot username: 5 to 32 letters, digits and '_', starting with a letter and ending in 'bot'`);
  }
  const store = typeof where === 'string' ? acquireStore(where) : storeOf(where);
  try {
    const db = store.db;
    return db
      .transaction(() => {
        if (sql(db, 'SELECT 1 FROM accounts WHERE lower(username) = lower(?)').pluck().get(username) !== undefined) {
          throw new LuatdError('USAGE', `the username @${username} is taken on this network: give the bot another name, or another username`);
        }
        let token = '';
        const id = createAccount(
          db,
          {
            phone: null,
            first_name: display,
            last_name: '',
            username,
            is_bot: true,
            bot_token: (uid) => (token = makeBotToken(uid)),
          },
          Math.floor(Date.now() / 1000),
        );
        return { user_id: id, username, token };
      })
      .immediate();
  } catch (e) {
    throw mapStorageError(store.file, e);
  } finally {
    if (typeof where === 'string') releaseStore(store);
  }
}

/**
 * Benchmarks and tests only: appends `count` text messages to a chat of the account logged in
 * on `client`, in batches, without updates or unread counts. Answers the id of the last one.
 */
export function bulkFillChat(client: Client, chatId: number, count: number, text: (i: number) => string = (i) => `message ${i}`): number {
  if (!(client instanceof EmbeddedClient)) throw new LuatdError('USAGE', 'bulkFillChat needs an embedded client');
  const row = sql(client.db, 'SELECT account_id FROM clients WHERE name = ?').pluck().get(client.name) as number | null;
  if (row === null || !getAccount(client.db, row)) throw new LuatdError('USAGE', 'bulkFillChat needs a logged-in client');
  const d = dialogByChat(client.db, row, chatId);
  if (!d) throw new LuatdError('USAGE', `chat ${chatId} is not a chat of the logged-in account`);
  const db = client.db;
  const insert = sql(db, 'INSERT INTO messages (conv, id, sender, date, content, search) VALUES (?, ?, ?, ?, ?, ?)');
  const BATCH = 10_000;
  let conv = getConv(db, d.conv) as ConvRow;
  const date = Math.floor(Date.now() / 1000);
  for (let done = 0; done < count; ) {
    const n = Math.min(BATCH, count - done);
    db.transaction(() => {
      conv = getConv(db, d.conv) as ConvRow;
      let id = lastMessageId(db, conv);
      for (let i = 0; i < n; i++) {
        const t = text(done + i);
        const content = { _: 'messageText' as const, text: t, entities: [] };
        insert.run(conv.id, ++id, row, date, JSON.stringify(content), searchKey(content));
      }
      sql(db, 'UPDATE convs SET last_msg_id = ? WHERE id = ?').run(id, conv.id);
      sql(db, 'UPDATE dialogs SET order_key = ? WHERE conv = ?').run(nextActivity(db), conv.id);
      conv.last_msg_id = id;
    }).immediate();
    done += n;
  }
  return conv.last_msg_id;
}
