/**
 * `luatd serve`: an HTTP gateway over the embedded core, on node's own `http` module (its
 * header, request and keep-alive timeouts are all we need; a framework would add weight and
 * no safety). Routes:
 *   /bot<TOKEN>/<BotApiMethod>   the Telegram Bot API subset (botapi/)
 *   /bot<TOKEN>/madeline         any TD function as the bot (method=, params=)
 *   /user<TOKEN>/<TdFunction>    any TD function as a user session (luatd token create)
 *   /file/bot<TOKEN>/<path>      file downloads
 * With `backend: 'tdlib'` the PWRTelegram routes go to a real TDLib and the Bot API ones answer
 * 501 naming the backend (tdlib.ts).
 * Every answer is `{"ok": true, "result": ...}` or `{"ok": false, "error_code", "description"}`.
 */
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type Database from 'better-sqlite3';
import { type EmbeddedNetwork, createMemoryNetwork } from '../core/index.js';
import { loadTdlib, openTdlib, tdlibSchema } from '../core/tdlib/index.js';
import type { TdlibBackendOptions } from '../lua/core-open.js';
import { SchemaIndex } from '../schema/index.js';
import { LuatdError } from '../errors.js';
import { BodyError, mediaType, parseParams, readBody } from './body.js';
import { botMethod } from './botapi/methods.js';
import { MapCtx, fileIdOfPath } from './botapi/mapping.js';
import { Params } from './botapi/params.js';
import { BotUpdates } from './botapi/updates.js';
import { callTd, madelineRequest, tdRequest } from './pwr.js';
import { RateLimiter } from './ratelimit.js';
import { type Answer, ApiError, errorAnswer, notFound, okAnswer, unauthorized } from './reply.js';
import { BOT_TOKEN_RE, type BotSession, type CoreWhere, SessionPool } from './sessions.js';
import { openHttpStore } from './store.js';
import { checkUserToken } from './tokens.js';
import { TDLIB_TIMEOUT_MS, TdlibRoutes, botApiOnTdlib } from './tdlib.js';

/** Options of the gateway; every limit has a default. */
export interface GatewayOptions {
  /** Data dir shared with scripts and REPLs; or `network` (tests) or neither (a fresh in-memory core). */
  dataDir?: string;
  network?: EmbeddedNetwork;
  /** Address to listen on. Default 127.0.0.1. */
  host?: string;
  /** Port; 0 (default) picks a free one. */
  port?: number;
  /** Largest body of a multipart request (uploads), bytes. Default 50 MiB. */
  uploadLimit?: number;
  /** Largest body of any other request, bytes. Default 1 MiB. */
  bodyLimit?: number;
  /** Requests a second per token on average (bursts of twice that); 0 turns it off. Default 30. */
  rateLimit?: number;
  /** Time to receive a request's headers, ms. Default 10 s. */
  headersTimeoutMs?: number;
  /** Time to receive a whole request, ms. Default 120 s. */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this, ms. Default 5 s. */
  keepAliveTimeoutMs?: number;
  /** Longest wait for requests in flight when closing, ms. Default 10 s. */
  drainTimeoutMs?: number;
  /** Webhook retry pauses, ms. Default 1 s growing to 60 s. */
  webhookRetryMinMs?: number;
  webhookRetryMaxMs?: number;
  /** One line per request and webhook problems (the CLI prints them at --verbose). */
  log?: (line: string) => void;
  /** `embedded` (default) or `tdlib`: PWRTelegram's routes over a real TDLib (docs/tdlib.md). */
  backend?: 'embedded' | 'tdlib';
  /** With `backend: 'tdlib'`: api_id, api_hash, test DC, compat. */
  tdlib?: TdlibBackendOptions;
  /** With `backend: 'tdlib'`: a TDLib call not answered within this answers 504, ms. Default 60 s. */
  timeoutMs?: number;
}

const MIB = 1024 * 1024;
const ROUTE = /^\/(bot|user)([^/]{1,256})\/([^/]{0,128})$/;
const FILE_ROUTE = /^\/file\/bot([^/]{1,256})\/(.{1,1024})$/;

/** Hosts a webhook may point at: this machine only, so the gateway never calls out. */
function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The running gateway. */
export class HttpGateway {
  private readonly server: http.Server;
  private readonly db: Database.Database;
  private readonly pool: SessionPool;
  private readonly queues = new Map<number, BotUpdates>();
  private readonly limiter: RateLimiter;
  private readonly ownNetwork: EmbeddedNetwork | undefined;
  private readonly sockets = new Set<Socket>();
  private inFlight = 0;
  private idle: (() => void) | undefined;
  private closing: Promise<void> | undefined;
  private readonly log: (line: string) => void;
  /** Set with `backend: 'tdlib'`. */
  private readonly tdlib: TdlibRoutes | undefined;

  private constructor(private readonly opts: GatewayOptions) {
    this.log = opts.log ?? (() => {});
    let where: CoreWhere;
    if (opts.backend === 'tdlib') {
      if (opts.network) throw new LuatdError('USAGE', 'the tdlib backend takes a data directory (or none: throwaway databases), not an embedded network');
      const t = opts.tdlib ?? {};
      where = { open: async (session) => openTdlib({ ...t, dataDir: opts.dataDir, memory: opts.dataDir === undefined, session }) };
    } else if (opts.dataDir !== undefined) where = { dataDir: opts.dataDir };
    else {
      this.ownNetwork = opts.network ? undefined : createMemoryNetwork();
      where = { network: opts.network ?? this.ownNetwork! };
    }
    this.db = openHttpStore(opts.dataDir);
    this.pool = new SessionPool(where, (bot) => this.watchBot(bot));
    if (opts.backend === 'tdlib') {
      const index = SchemaIndex.of(tdlibSchema({ compat: opts.tdlib?.compat }));
      this.tdlib = new TdlibRoutes(this.db, index, opts.timeoutMs ?? TDLIB_TIMEOUT_MS, (session) => this.pool.user(session));
    }
    this.limiter = new RateLimiter(opts.rateLimit ?? 30);
    // Timeouts are checked every half second (node's default is 30 s, which would let a slow
    // client hold a connection for half a minute past the header timeout).
    this.server = http.createServer({ keepAlive: true, connectionsCheckingInterval: 500 }, (req, res) => void this.handle(req, res));
    this.server.headersTimeout = opts.headersTimeoutMs ?? 10_000;
    this.server.requestTimeout = opts.requestTimeoutMs ?? 120_000;
    this.server.keepAliveTimeout = opts.keepAliveTimeoutMs ?? 5_000;
    this.server.maxHeadersCount = 100;
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    // A malformed request line or headers: answer 400 and drop the connection, never crash.
    this.server.on('clientError', (_e, socket: Socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      else socket.destroy();
    });
  }

  /** Starts a gateway and waits until it listens. Throws LuatdError(USAGE) when the address is taken. */
  static async start(opts: GatewayOptions = {}): Promise<HttpGateway> {
    // TDLib missing or unloadable: say what to install before listening
    if (opts.backend === 'tdlib') loadTdlib();
    const g = new HttpGateway(opts);
    await new Promise<void>((resolve, reject) => {
      g.server.once('error', (e: NodeJS.ErrnoException) => {
        g.db.close();
        void g.pool.close();
        reject(new LuatdError('USAGE', `cannot listen on ${opts.host ?? '127.0.0.1'}:${opts.port ?? 0}: ${e.code ?? e.message}`));
      });
      g.server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
    });
    // the Bot API queues are the embedded backend's
    if (!g.tdlib) for (const uid of g.db.prepare('SELECT bot FROM bots ORDER BY bot').pluck().all() as number[]) await g.pool.resume(uid);
    return g;
  }

  /** Where it listens. */
  get address(): { host: string; port: number; url: string } {
    const a = this.server.address() as AddressInfo;
    const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
    return { host: a.address, port: a.port, url: `http://${host}:${a.port}` };
  }

  private watchBot(bot: BotSession): void {
    this.queues.set(
      bot.uid,
      new BotUpdates(this.db, bot, {
        log: this.log,
        retryMinMs: this.opts.webhookRetryMinMs ?? 1000,
        retryMaxMs: this.opts.webhookRetryMaxMs ?? 60_000,
        webhookTimeoutMs: 10_000,
        runReply: async (method, params) => {
          await this.runBotMethod(bot, method, params);
        },
      }),
    );
  }

  /** The update queue of a bot. Private: a public method would put SQLite's types in our .d.ts. */
  private updatesOf(uid: number): BotUpdates | undefined {
    return this.queues.get(uid);
  }

  private async runBotMethod(bot: BotSession, name: string, raw: Record<string, unknown>, signal?: AbortSignal): Promise<unknown> {
    const m = botMethod(name);
    if (!m) {
      throw new ApiError(404, `Not Found: method '${name.slice(0, 64)}' is not in the Bot API subset served here`);
    }
    const updates = this.queues.get(bot.uid)!;
    return m.run({
      bot,
      updates,
      db: this.db,
      p: new Params(raw, m.name),
      map: new MapCtx(bot.client, bot.uid),
      signal,
      checkWebhookUrl: (url) => {
        let u: URL;
        try {
          u = new URL(url);
        } catch {
          throw new ApiError(400, 'Bad Request: bad webhook: invalid URL');
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ApiError(400, 'Bad Request: bad webhook: the URL must be http or https');
        if (!isLoopbackHost(u.hostname)) throw new ApiError(400, 'Bad Request: bad webhook: this gateway only calls webhooks on this machine (127.0.0.0/8, localhost, ::1)');
      },
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    this.inFlight++;
    let answer: Answer;
    let shown = '/';
    try {
      const target = new URL(req.url ?? '/', 'http://gateway');
      shown = target.pathname.replace(/^(\/(?:file\/)?(?:bot|user))([^/:]*)(:[^/]*)?/, (_m, a: string, id: string, secret?: string) => `${a}${id}${secret ? ':***' : ''}`);
      if (req.method !== 'GET' && req.method !== 'POST') throw new ApiError(405, 'Method Not Allowed: use GET or POST');
      const gone = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      answer = await this.route(req, target, gone.signal);
    } catch (e) {
      answer = this.failure(e);
    } finally {
      this.inFlight--;
    }
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer.body), ...answer.headers };
    if (this.closing) headers.connection = 'close';
    if (answer.file && !res.headersSent && !res.destroyed) {
      // streamed: a file of any size costs a stream buffer, never its whole content
      res.writeHead(200, { ...headers, 'content-type': 'application/octet-stream', 'content-length': answer.file.size });
      await new Promise<void>((resolve) => {
        const s = createReadStream(answer.file!.path);
        s.on('error', () => {
          res.destroy();
          resolve();
        });
        res.on('close', () => {
          s.destroy();
          resolve();
        });
        s.pipe(res);
      });
    } else if (!res.headersSent && !res.destroyed) {
      res.writeHead(answer.status, headers);
      res.end(answer.body);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    this.log(`${req.method} ${shown} ${answer.status} ${ms.toFixed(1)}ms`);
    if (this.inFlight === 0) this.idle?.();
  }

  private failure(e: unknown): Answer {
    if (e instanceof ApiError) return errorAnswer(e);
    if (e instanceof BodyError) {
      // The rest of a refused body is not read: the connection ends with this answer.
      const a = errorAnswer(new ApiError(e.status, e.message));
      return e.status === 413 ? { ...a, headers: { ...a.headers, connection: 'close' } } : a;
    }
    if (e instanceof LuatdError && e.code === 'CLIENT_CLOSED') return errorAnswer(new ApiError(503, 'Service Unavailable: the server is shutting down'));
    // Never a stack trace in an answer: the details go to the log only.
    this.log(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return errorAnswer(new ApiError(500, 'Internal Server Error'));
  }

  private async params(req: http.IncomingMessage, target: URL): Promise<{ raw: Record<string, unknown>; typed: boolean }> {
    const type = mediaType(req);
    const limit = type === 'multipart/form-data' ? (this.opts.uploadLimit ?? 50 * MIB) : (this.opts.bodyLimit ?? MIB);
    const body = await readBody(req, limit);
    const raw = await parseParams(target.searchParams, type, body, req.headers['content-type'] ?? '');
    return { raw, typed: type === 'application/json' };
  }

  private limit(key: string): void {
    const wait = this.limiter.take(key);
    if (wait !== undefined) throw new ApiError(429, `Too Many Requests: retry after ${wait}`, { retry_after: wait });
  }

  private async route(req: http.IncomingMessage, target: URL, signal: AbortSignal): Promise<Answer> {
    if (this.closing) throw new ApiError(503, 'Service Unavailable: the server is shutting down');
    const file = FILE_ROUTE.exec(target.pathname);
    if (file) {
      if (this.tdlib) {
        if (!BOT_TOKEN_RE.test(safeDecode(file[1]!))) throw unauthorized();
        throw botApiOnTdlib('downloading files (/file/bot<TOKEN>/...)');
      }
      const bot = await this.pool.bot(safeDecode(file[1]!));
      if (!bot) throw unauthorized();
      this.limit(`bot:${bot.uid}`);
      // served from the bot's own cache, where getFile put it (as the official server does)
      const id = fileIdOfPath(safeDecode(file[2]!));
      const f = id === undefined ? undefined : await bot.client.invoke({ _: 'getFile', file_id: id });
      if (!f || f._ === 'error' || f.path === '' || f.local_size !== f.size || f.is_being_downloaded) throw new ApiError(404, 'Not Found: file not found; call getFile first');
      return { status: 200, body: '', file: { path: f.path as string, size: f.size as number } };
    }
    const m = ROUTE.exec(target.pathname);
    if (!m) throw notFound();
    const [, kind, tokenPart, method] = m as unknown as [string, 'bot' | 'user', string, string];
    const token = safeDecode(tokenPart);
    const name = safeDecode(method);
    if (kind === 'user') {
      const session = checkUserToken(this.db, token);
      if (session === undefined) {
        req.resume();
        throw unauthorized();
      }
      this.limit(`user:${token.split(':')[0]}`);
      const { raw, typed } = await this.params(req, target);
      const client = await this.pool.user(session);
      if (this.tdlib) {
        if (name === '') throw notFound();
        const request = name === 'madeline' ? madelineRequest(raw) : tdRequest(name, raw, typed, this.tdlib.schema);
        return okAnswer(await this.tdlib.call(client, request));
      }
      const request = name === 'madeline' ? madelineRequest(raw) : tdRequest(name, raw, typed);
      if (name === '') throw notFound();
      return okAnswer(await callTd(client, request));
    }
    if (this.tdlib) return this.tdlibBot(req, target, token, name);
    const bot = await this.pool.bot(token);
    if (!bot) {
      req.resume();
      throw unauthorized();
    }
    this.limit(`bot:${bot.uid}`);
    const { raw } = await this.params(req, target);
    if (name === 'madeline') {
      const result = await callTd(bot.client, madelineRequest(raw));
      // resetAuth and friends may have logged the bot's session out: the token still holds.
      await this.pool.ensureBotLogin(bot.client, token).catch(() => undefined);
      return okAnswer(result);
    }
    if (name === '') throw notFound();
    return okAnswer(await this.runBotMethod(bot, name, raw, signal));
  }

  /** `/bot<TOKEN>/...` on TDLib: madeline goes to the bot's TDLib session, Bot API methods answer 501. */
  private async tdlibBot(req: http.IncomingMessage, target: URL, token: string, name: string): Promise<Answer> {
    const m = BOT_TOKEN_RE.exec(token);
    if (!m) {
      req.resume();
      throw unauthorized();
    }
    this.limit(`bot:${m[1]}`);
    const { raw } = await this.params(req, target);
    if (name === '') throw notFound();
    if (name !== 'madeline') throw botApiOnTdlib(`the Bot API method '${name.slice(0, 64)}'`);
    const request = madelineRequest(raw);
    const client = await this.tdlib!.bot(token);
    return okAnswer(await this.tdlib!.call(client, request));
  }

  /**
   * Stops accepting connections, answers waiting long polls with what they have, lets requests
   * in flight finish (up to drainTimeoutMs), then closes the sessions and the gateway's file.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      for (const q of this.queues.values()) q.close();
      this.server.closeIdleConnections();
      if (this.inFlight > 0) {
        await Promise.race([new Promise<void>((resolve) => (this.idle = resolve)), new Promise((resolve) => setTimeout(resolve, this.opts.drainTimeoutMs ?? 10_000).unref())]);
      }
      for (const s of this.sockets) s.destroy();
      await closed;
      for (const q of this.queues.values()) await q.settled();
      await this.pool.close();
      this.db.close();
      this.ownNetwork?.close();
    })();
    return this.closing;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
