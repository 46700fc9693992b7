/** Helpers for the HTTP gateway tests: a gateway on a memory network, calls, a local webhook. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type EmbeddedNetwork, createBot, createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';
import type { Client } from '../../src/core/client.js';
import { HttpGateway, type GatewayOptions } from '../../src/http/index.js';
import { login } from '../core/helpers.js';

/** A Bot API or PWRTelegram answer. */
export interface Reply {
  status: number;
  ok: boolean;
  result?: any;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

/** A gateway on a fresh memory network, with one bot and one logged-in user. */
export class World {
  static async start(opts: GatewayOptions = {}): Promise<World> {
    const network = createMemoryNetwork();
    const gw = await HttpGateway.start({ network, rateLimit: 0, ...opts });
    const bot = createBot(network, 'Echo');
    const user = openEmbeddedCore({ network, session: 'uma' });
    const userId = login(user, '9996613333', 'Uma');
    return new World(network, gw, bot, user, userId);
  }

  private constructor(
    readonly network: EmbeddedNetwork,
    readonly gw: HttpGateway,
    readonly bot: { user_id: number; username: string; token: string },
    readonly user: Client,
    readonly userId: number,
  ) {}

  get url(): string {
    return this.gw.address.url;
  }

  /** POSTs JSON to /bot<token>/<method>. */
  bot_(method: string, params: Record<string, unknown> = {}, token = this.bot.token): Promise<Reply> {
    return post(`${this.url}/bot${token}/${method}`, params);
  }

  async close(): Promise<void> {
    await this.gw.close();
    await this.user.close();
    this.network.close();
  }
}

/** POSTs a JSON body (or a raw body with its content type) and parses the JSON answer. */
export async function post(url: string, body: Record<string, unknown> | { raw: string | Buffer; type: string }): Promise<Reply> {
  const isRaw = 'raw' in body && 'type' in body;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': isRaw ? String(body.type) : 'application/json' },
    body: isRaw ? (body.raw as string) : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, ...(JSON.parse(text) as Omit<Reply, 'status'>) };
}

/** A local webhook receiver that records what it gets and answers with `status()`. */
export class Hook {
  readonly got: { headers: http.IncomingHttpHeaders; body: any }[] = [];
  status = (): number => 200;
  private readonly server: http.Server;
  private waiting: (() => void)[] = [];

  private constructor() {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const code = this.status();
        if (code === 200) this.got.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(code).end();
        for (const w of this.waiting.splice(0)) w();
      });
    });
  }

  static async start(): Promise<Hook> {
    const h = new Hook();
    await new Promise<void>((r) => h.server.listen(0, '127.0.0.1', r));
    return h;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Waits until `n` updates were accepted (bounded). */
  async waitFor(n: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.got.length < n) {
      if (Date.now() > deadline) throw new Error(`webhook got ${this.got.length} updates, expected ${n}`);
      await new Promise<void>((r) => {
        this.waiting.push(r);
        setTimeout(r, 100);
      });
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}
