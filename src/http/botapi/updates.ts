/**
 * A bot's Bot API updates: TD updates of its session are mapped (mapping.ts) and queued in the
 * gateway's file with increasing update_ids, then handed out by getUpdates (long polling) or
 * POSTed to a webhook, and forgotten only once confirmed (a higher offset, or a 2xx from the
 * webhook). A restart of `luatd serve` loses none of them.
 */
import type Database from 'better-sqlite3';
import type { TdObject } from '../../core/client.js';
import { ApiError } from '../reply.js';
import type { BotSession } from '../sessions.js';
import { MapCtx, callbackQueryToBot, inlineQueryToBot, messageToBot } from './mapping.js';

/** Update kinds a bot gets when it names none (Telegram's default leaves out member and reaction updates). */
export const DEFAULT_ALLOWED = ['message', 'edited_message', 'channel_post', 'edited_channel_post', 'inline_query', 'chosen_inline_result', 'callback_query'];

/** The longest long poll, in seconds (Telegram's too). */
export const MAX_POLL_TIMEOUT = 50;

/** Webhook settings as getWebhookInfo reports them. */
export interface WebhookInfo {
  url: string;
  has_custom_certificate: boolean;
  pending_update_count: number;
  max_connections?: number;
  allowed_updates?: string[];
  last_error_date?: number;
  last_error_message?: string;
}

interface BotRow {
  bot: number;
  next_update_id: number;
  webhook_url: string;
  webhook_secret: string;
  max_connections: number;
  allowed_updates: string;
  last_error_date: number;
  last_error_message: string;
}

/** Options of a bot's update queue. */
export interface UpdateQueueOptions {
  /** One log line (verbose). */
  log: (line: string) => void;
  /** First and longest wait between webhook retries, ms. */
  retryMinMs: number;
  retryMaxMs: number;
  /** Time a webhook has to answer, ms. */
  webhookTimeoutMs: number;
  /** Runs a method a webhook answered with (webhook reply); errors are only logged, as Telegram does. */
  runReply: (method: string, params: Record<string, unknown>) => Promise<void>;
}

/** The update queue of one bot. */
export class BotUpdates {
  private chain: Promise<void> = Promise.resolve();
  private waiters = new Set<() => void>();
  private poller: { cancel: (e: ApiError) => void } | undefined;
  private closed = false;
  private webhookLoopDone: Promise<void> | undefined;
  private readonly abort = new AbortController();
  private wakeWebhook: (() => void) | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Database.Database,
    readonly bot: BotSession,
    private readonly opts: UpdateQueueOptions,
  ) {
    db.prepare('INSERT OR IGNORE INTO bots (bot) VALUES (?)').run(bot.uid);
    this.unsubscribe = bot.client.onUpdate((u) => {
      this.chain = this.chain.then(() => this.fromTd(u)).catch((e: unknown) => this.opts.log(`bot ${bot.uid}: update dropped: ${(e as Error).message}`));
    });
    if (this.row().webhook_url !== '') this.startWebhook();
  }

  private row(): BotRow {
    return this.db.prepare('SELECT * FROM bots WHERE bot = ?').get(this.bot.uid) as BotRow;
  }

  private allowed(): Set<string> {
    const list = JSON.parse(this.row().allowed_updates) as string[];
    return new Set(list.length > 0 ? list : DEFAULT_ALLOWED);
  }

  private async fromTd(u: TdObject): Promise<void> {
    const ctx = new MapCtx(this.bot.client, this.bot.uid);
    switch (u._) {
      case 'updateNewMessage': {
        const m = u.message as TdObject;
        // The core also tells the bot about its own messages (as TD does); the Bot API does not.
        if (m.sender_user_id === this.bot.uid) return;
        return this.push('message', () => messageToBot(ctx, m));
      }
      case 'updateMessageEdited': {
        const m = await this.bot.client.invoke({ _: 'getMessage', chat_id: u.chat_id, message_id: u.message_id });
        if (m._ === 'error' || m.sender_user_id === this.bot.uid) return;
        return this.push('edited_message', () => messageToBot(ctx, m));
      }
      case 'updateNewCallbackQuery':
      case 'updateNewInlineCallbackQuery':
        return this.push('callback_query', () => callbackQueryToBot(ctx, u));
      case 'updateNewInlineQuery':
        return this.push('inline_query', () => inlineQueryToBot(ctx, u));
      default:
        return;
    }
  }

  /** Queues one update of a kind, unless the bot's allowed_updates leave it out. */
  async push(kind: string, make: () => Promise<Record<string, unknown>>): Promise<void> {
    if (!this.allowed().has(kind)) return;
    const body = await make();
    this.db
      .transaction(() => {
        const id = this.row().next_update_id;
        this.db.prepare('INSERT INTO updates (bot, update_id, kind, date, body) VALUES (?, ?, ?, ?, ?)').run(this.bot.uid, id, kind, Math.floor(Date.now() / 1000), JSON.stringify({ [kind]: body }));
        this.db.prepare('UPDATE bots SET next_update_id = ? WHERE bot = ?').run(id + 1, this.bot.uid);
      })
      .immediate();
    this.wake();
  }

  private wake(): void {
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w();
    this.wakeWebhook?.();
  }

  /** Waits for the mapping of every TD update received so far and for the webhook loop to stop (draining). */
  async settled(): Promise<void> {
    await this.chain;
    await this.webhookLoopDone;
  }

  private pending(offset: number, limit: number): { update_id: number; body: string }[] {
    return this.db.prepare('SELECT update_id, body FROM updates WHERE bot = ? AND update_id >= ? ORDER BY update_id LIMIT ?').all(this.bot.uid, offset, limit) as { update_id: number; body: string }[];
  }

  /** getUpdates: confirms updates below `offset`, then answers the next ones, waiting up to `timeout` seconds for one. */
  async getUpdates(p: { offset?: number; limit?: number; timeout?: number; allowed_updates?: string[] }, signal?: AbortSignal): Promise<unknown[]> {
    if (this.row().webhook_url !== '') throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const limit = Math.min(100, Math.max(1, p.limit ?? 100));
    const timeout = Math.min(MAX_POLL_TIMEOUT, Math.max(0, p.timeout ?? 0));
    if (p.allowed_updates !== undefined) this.db.prepare('UPDATE bots SET allowed_updates = ? WHERE bot = ?').run(JSON.stringify(p.allowed_updates), this.bot.uid);
    let offset = p.offset ?? 0;
    if (offset < 0) {
      // A negative offset keeps only the last -offset updates, as Telegram does.
      const ids = this.db.prepare('SELECT update_id FROM updates WHERE bot = ? ORDER BY update_id DESC LIMIT ?').pluck().all(this.bot.uid, -offset) as number[];
      offset = ids.length > 0 ? ids[ids.length - 1]! : this.row().next_update_id;
    }
    if (offset > 0) this.db.prepare('DELETE FROM updates WHERE bot = ? AND update_id < ?').run(this.bot.uid, offset);
    // Another getUpdates of the same bot is answered 409, as Telegram ends the older request.
    this.poller?.cancel(new ApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'));
    const deadline = Date.now() + timeout * 1000;
    for (;;) {
      const rows = this.pending(offset, limit);
      if (rows.length > 0 || this.closed || signal?.aborted || Date.now() >= deadline) return rows.map((r) => ({ update_id: r.update_id, ...(JSON.parse(r.body) as object) }));
      await new Promise<void>((resolve, reject) => {
        const me = { cancel: (e: ApiError) => finish(e) };
        const timer = setTimeout(() => finish(), deadline - Date.now());
        // The client went away (closed its connection): stop holding the poll.
        const onAbort = () => finish();
        signal?.addEventListener('abort', onAbort, { once: true });
        const finish = (e?: ApiError) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          this.waiters.delete(onWake);
          if (this.poller === me) this.poller = undefined;
          if (e) reject(e);
          else resolve();
        };
        const onWake = () => finish();
        this.waiters.add(onWake);
        this.poller = me;
      });
    }
  }

  /** setWebhook: a local URL, a secret for the X-Telegram-Bot-Api-Secret-Token header. */
  setWebhook(p: { url: string; secret_token?: string; max_connections?: number; allowed_updates?: string[]; drop_pending_updates?: boolean }): void {
    const allowed = p.allowed_updates !== undefined ? JSON.stringify(p.allowed_updates) : this.row().allowed_updates;
    this.db
      .prepare("UPDATE bots SET webhook_url = ?, webhook_secret = ?, max_connections = ?, allowed_updates = ?, last_error_date = 0, last_error_message = '' WHERE bot = ?")
      .run(p.url, p.secret_token ?? '', p.max_connections ?? 40, allowed, this.bot.uid);
    if (p.drop_pending_updates) this.db.prepare('DELETE FROM updates WHERE bot = ?').run(this.bot.uid);
    if (p.url === '') return;
    this.startWebhook();
    this.wakeWebhook?.();
  }

  /** deleteWebhook: back to getUpdates. */
  deleteWebhook(dropPending: boolean): void {
    this.db.prepare("UPDATE bots SET webhook_url = '', webhook_secret = '' WHERE bot = ?").run(this.bot.uid);
    if (dropPending) this.db.prepare('DELETE FROM updates WHERE bot = ?').run(this.bot.uid);
    this.wakeWebhook?.();
  }

  /** getWebhookInfo. */
  webhookInfo(): WebhookInfo {
    const r = this.row();
    const count = this.db.prepare('SELECT COUNT(*) FROM updates WHERE bot = ?').pluck().get(this.bot.uid) as number;
    const info: WebhookInfo = { url: r.webhook_url, has_custom_certificate: false, pending_update_count: count };
    if (r.webhook_url !== '') {
      info.max_connections = r.max_connections;
      const allowed = JSON.parse(r.allowed_updates) as string[];
      if (allowed.length > 0) info.allowed_updates = allowed;
    }
    if (r.last_error_date) {
      info.last_error_date = r.last_error_date;
      info.last_error_message = r.last_error_message;
    }
    return info;
  }

  private startWebhook(): void {
    if (this.webhookLoopDone || this.closed) return;
    this.webhookLoopDone = this.webhookLoop()
      .catch((e: unknown) => this.opts.log(`bot ${this.bot.uid}: webhook stopped: ${(e as Error).message}`))
      .finally(() => {
        this.webhookLoopDone = undefined;
      });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wakeWebhook = done;
    });
  }

  /** Delivers queued updates one at a time, in order, retrying with a growing pause. */
  private async webhookLoop(): Promise<void> {
    let backoff = this.opts.retryMinMs;
    while (!this.closed) {
      const r = this.row();
      if (r.webhook_url === '') return;
      const next = this.pending(0, 1)[0];
      if (!next) {
        await this.sleep(60_000);
        continue;
      }
      const error = await this.deliver(r, next);
      if (this.closed) return;
      if (error === undefined) {
        this.db.prepare('DELETE FROM updates WHERE bot = ? AND update_id = ?').run(this.bot.uid, next.update_id);
        backoff = this.opts.retryMinMs;
        continue;
      }
      this.db.prepare('UPDATE bots SET last_error_date = ?, last_error_message = ? WHERE bot = ?').run(Math.floor(Date.now() / 1000), error, this.bot.uid);
      this.opts.log(`bot ${this.bot.uid}: webhook: ${error}; retrying in ${backoff} ms`);
      await this.sleep(backoff);
      backoff = Math.min(this.opts.retryMaxMs, backoff * 2);
    }
  }

  /** POSTs one update; answers undefined on success, else the error for getWebhookInfo. */
  private async deliver(r: BotRow, u: { update_id: number; body: string }): Promise<string | undefined> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (r.webhook_secret !== '') headers['x-telegram-bot-api-secret-token'] = r.webhook_secret;
    let res: Response;
    try {
      res = await fetch(r.webhook_url, {
        method: 'POST',
        headers,
        body: `{"update_id":${u.update_id},${u.body.slice(1)}`,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(this.opts.webhookTimeoutMs), this.abort.signal]),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      return cause === 'ECONNREFUSED' ? 'Connection refused' : (e as Error).name === 'TimeoutError' ? 'Read timeout expired' : `Connection failed: ${(e as Error).message}`;
    }
    let text = '';
    try {
      text = await res.text();
    } catch {
      // the answer's body is only used for a webhook reply
    }
    if (res.status < 200 || res.status > 299) return `Wrong response from the webhook: ${res.status} ${res.statusText}`;
    if (text.startsWith('{')) {
      try {
        const reply = JSON.parse(text) as Record<string, unknown>;
        if (typeof reply.method === 'string') {
          const { method, ...params } = reply;
          await this.opts.runReply(method, params).catch((e: unknown) => this.opts.log(`bot ${this.bot.uid}: webhook reply ${method}: ${(e as Error).message}`));
        }
      } catch {
        // not JSON: an ordinary acknowledgement
      }
    }
    return undefined;
  }

  /** Ends waiting long polls (they answer what they have) and the webhook loop. */
  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.abort.abort();
    this.wake();
  }
}
