/**
 * Hostile HTTP against `luatd serve`'s gateway (in process, on a memory network, 127.0.0.1 and an
 * ephemeral port only): bad tokens, huge and malformed bodies, slow clients, 1,000 connections at
 * once, webhooks aimed off the machine. Every answer must be JSON without a stack trace, and the
 * gateway must still serve a good call after each case.
 */
import net from 'node:net';
import { createBot, createMemoryNetwork, type EmbeddedNetwork } from '../../src/core/index.js';
import { HttpGateway } from '../../src/http/index.js';
import type { Verdict } from './driver.js';

interface Gw {
  gw: HttpGateway;
  port: number;
  token: string;
}

/** A case: returns its problems (empty when the gateway behaved). */
export interface HttpCase {
  name: string;
  run(g: Gw): Promise<string[]>;
  todo?: string;
}

interface RawAnswer {
  status: number;
  body: string;
  closed: boolean;
}

/** Writes raw bytes on a fresh connection and reads until the server closes or `waitMs` passes. */
function raw(port: number, chunks: (string | Buffer)[], waitMs = 3000, gapMs = 0): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let data = '';
    let closed = false;
    const finish = () => {
      clearTimeout(t);
      s.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4), closed });
    };
    const t = setTimeout(finish, waitMs);
    s.on('data', (d) => (data += d.toString('latin1')));
    s.on('error', () => undefined);
    s.on('close', () => {
      closed = true;
      finish();
    });
    s.on('connect', async () => {
      for (const c of chunks) {
        if (s.destroyed) return;
        s.write(c);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    });
  });
}

async function call(g: Gw, path: string, init: RequestInit = {}): Promise<{ status: number; text: string }> {
  const r = await fetch(`http://127.0.0.1:${g.port}${path}`, init);
  return { status: r.status, text: await r.text() };
}

/** The answer must be a JSON error of that status, without a stack trace. */
function jsonError(what: string, r: { status: number; text: string }, status: number | number[]): string[] {
  const ok = Array.isArray(status) ? status : [status];
  const p: string[] = [];
  if (!ok.includes(r.status)) p.push(`${what}: status ${r.status}, expected ${ok.join(' or ')} (${r.text.slice(0, 200)})`);
  try {
    const j = JSON.parse(r.text) as { ok?: boolean; error_code?: number };
    if (j.ok !== false || j.error_code !== r.status) p.push(`${what}: not a Bot API error body: ${r.text.slice(0, 200)}`);
  } catch {
    p.push(`${what}: not JSON: ${r.text.slice(0, 200)}`);
  }
  if (/\n\s+at |\.js:\d+|\.ts:\d+/.test(r.text)) p.push(`${what}: a stack trace in the answer`);
  return p;
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The cases. */
export const httpCases: HttpCase[] = [
  {
    name: 'bad tokens: malformed, forged, overlong, encoded tricks: 401 or 404 and nothing more',
    async run(g) {
      const uid = g.token.split(':')[0];
      const tokens = ['', 'x', `${uid}:`, `${uid}:${'A'.repeat(35)}`, `${uid}:${g.token.split(':')[1]}x`, "1' OR '1'='1", '%00', '..%2F..%2Fetc%2Fpasswd', 'é:ü', 'A'.repeat(5000), `${uid}%3A${g.token.split(':')[1]}x`];
      const p: string[] = [];
      for (const t of tokens) {
        for (const kind of ['bot', 'user', 'file/bot']) {
          const r = await call(g, `/${kind}${t}/getMe`);
          p.push(...jsonError(`/${kind}${t.slice(0, 20)}…`, r, [401, 404]));
          if (r.text.includes(g.token.split(':')[1]!)) p.push('an answer echoed the secret');
        }
      }
      return p;
    },
  },
  {
    name: 'a declared 100 MiB body is refused (413) before it is sent',
    async run(g) {
      const r = await raw(g.port, [`POST /bot${g.token}/sendMessage HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${100 * 1024 * 1024}\r\n\r\n{"a":`]);
      return r.status === 413 ? [] : [`status ${r.status}, expected 413`];
    },
  },
  {
    name: 'a chunked body growing past the limit is cut off with 413',
    async run(g) {
      const chunk = 'x'.repeat(64 * 1024);
      const parts = [`POST /bot${g.token}/sendMessage HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`];
      for (let i = 0; i < 40; i++) parts.push(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      const r = await raw(g.port, parts, 5000);
      return r.status === 413 ? [] : [`status ${r.status}, expected 413`];
    },
  },
  {
    name: 'malformed bodies: broken JSON, a JSON array, deep nesting, a bad multipart, an unknown media type: 400/415',
    async run(g) {
      const url = `/bot${g.token}/sendMessage`;
      const deep = '['.repeat(200_000) + ']'.repeat(200_000);
      const p = [
        ...jsonError('broken JSON', await call(g, url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"chat_id":' }), 400),
        ...jsonError('JSON array', await call(g, url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' }), 400),
        ...jsonError('deep JSON', await call(g, `/bot${g.token}/madeline`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"method":"testCallVectorInt","params":{"x":${deep}}}` }), 400),
        ...jsonError('bad multipart', await call(g, url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: '--yyy\r\ngarbage' }), 400),
        ...jsonError('unknown type', await call(g, url, { method: 'POST', headers: { 'content-type': 'application/x-evil' }, body: 'a' }), 415),
        ...jsonError('__proto__ parameter', await call(g, url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"__proto__":{"polluted":1},"chat_id":1,"text":"x"}' }), 400),
        ...jsonError('wrong type', await call(g, url, json({ chat_id: { a: 1 }, text: 'x' })), 400),
      ];
      if (({} as Record<string, unknown>).polluted !== undefined) p.push('Object.prototype was polluted');
      return p;
    },
  },
  {
    name: 'a malformed request line and oversized headers get 400/431 and a closed connection',
    async run(g) {
      const p: string[] = [];
      const a = await raw(g.port, ['GARBAGE\r\n\r\n']);
      if (a.status !== 400 || !a.closed) p.push(`garbage request line: status ${a.status}, closed ${a.closed}`);
      const b = await raw(g.port, [`GET /bot${g.token}/getMe HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(64 * 1024)}\r\n\r\n`]);
      if (b.status !== 431 && b.status !== 400) p.push(`64 KiB header: status ${b.status}`);
      return p;
    },
  },
  {
    name: 'a slow client sending headers a byte at a time is dropped at the header timeout',
    async run(g) {
      const line = `GET /bot${g.token}/getMe HTTP/1.1\r\nhost: x\r\nx-slow: ${'s'.repeat(200)}`;
      const r = await raw(g.port, line.split(''), 8000, 20);
      return r.closed && r.status !== 200 ? [] : [`status ${r.status}, closed ${r.closed}: the slow client was served or kept`];
    },
  },
  {
    name: '1,000 concurrent connections each calling getMe are all answered (200 or 429), none dropped',
    async run(g) {
      const req = `GET /bot${g.token}/getMe HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`;
      const answers = await Promise.all(Array.from({ length: 1000 }, () => raw(g.port, [req], 30_000)));
      const bad = answers.filter((a) => a.status !== 200 && a.status !== 429);
      return bad.length ? [`${bad.length} of 1000 connections got no 200/429 (e.g. status ${bad[0]!.status})`] : [];
    },
  },
  {
    name: 'webhooks aimed off this machine are refused (private, link-local, public, tricks)',
    async run(g) {
      const p: string[] = [];
      for (const url of ['http://10.0.0.1/h', 'http://169.254.169.254/latest', 'https://example.com/h', 'http://127.0.0.1.nip.io/h', 'http://[::ffff:10.0.0.1]/h', 'file:///etc/passwd', 'http://user@192.168.1.1/h', 'gopher://127.0.0.1/']) {
        p.push(...jsonError(url, await call(g, `/bot${g.token}/setWebhook`, json({ url })), 400));
      }
      const info = JSON.parse((await call(g, `/bot${g.token}/getWebhookInfo`)).text) as { result: { url: string } };
      if (info.result.url !== '') p.push(`a webhook was set: ${info.result.url}`);
      return p;
    },
  },
];

let shared: { network: EmbeddedNetwork; g: Gw } | undefined;

async function gateway(): Promise<Gw> {
  if (!shared) {
    const network = createMemoryNetwork();
    const gw = await HttpGateway.start({ network, headersTimeoutMs: 1000, requestTimeoutMs: 5000, bodyLimit: 1024 * 1024, rateLimit: 200 });
    const bot = createBot(network, 'Hostile');
    shared = { network, g: { gw, port: gw.address.port, token: bot.token } };
  }
  return shared.g;
}

/** Runs one case, then checks the gateway still serves getMe. */
export async function runHttpCase(c: HttpCase): Promise<Verdict> {
  const g = await gateway();
  let problems: string[];
  try {
    problems = await c.run(g);
  } catch (e) {
    problems = [`the case threw: ${(e as Error).message}`];
  }
  await new Promise((r) => setTimeout(r, 1100)); // let the rate limit refill
  const after = await call(g, `/bot${g.token}/getMe`).catch((e: Error) => ({ status: 0, text: e.message }));
  if (after.status !== 200) problems.push(`the gateway stopped serving: getMe answered ${after.status} ${after.text.slice(0, 200)}`);
  return { problems, got: problems.length ? problems[0]! : 'ok' };
}

/** Closes the shared gateway. */
export async function closeHttpCases(): Promise<void> {
  if (!shared) return;
  await shared.g.gw.close();
  shared.network.close();
  shared = undefined;
}
