/**
 * The HTTP gateway's rows: a TD call and a Bot API send over keep-alive HTTP against a bare node
 * server doing the same (plus the same core call), and 200 bots long-polling while 1,000 messages
 * are sent to them. The gateway runs without its rate limit here (it would throttle the loop).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { compareAsync, notAvailable, type BenchRow } from '../harness.js';
import { createBot, openEmbeddedCore } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { HttpGateway, createUserToken } from '../../src/http/index.js';
import { logIn, openBenchCore, textMessage } from './fixtures.js';

/** One request over a keep-alive agent; resolves with the parsed answer. */
function request(agent: http.Agent, url: string, body?: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, method: body === undefined ? 'GET' : 'POST', headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (e) {
          reject(e as Error);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A bare node server answering every request with `answer()` as JSON (the baseline side). */
async function bareServer(answer: (body: string) => Promise<string> | string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer({ keepAlive: true }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void Promise.resolve(answer(Buffer.concat(chunks).toString('utf8'))).then((out) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
        res.end(out);
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

const httpCallRow: BenchRow = {
  name: 'http-call',
  title: 'TD getMe through /user<TOKEN>/getMe (keep-alive) vs a bare node http server answering the same JSON',
  target: 2,
  async run(ctx) {
    const core = await openBenchCore();
    await core.client.close();
    const { token } = createUserToken(core.dir, 'bench');
    const gw = await HttpGateway.start({ dataDir: core.dir, rateLimit: 0 });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const url = `${gw.address.url}/user${token}/getMe`;
      const first = await request(agent, url);
      if (!first.ok) return notAvailable(`getMe failed: ${String(first.description)}`);
      const same = JSON.stringify(first);
      const bare = await bareServer(() => same);
      try {
        const m = await compareAsync(
          async () => {
            await request(agent, url);
          },
          async () => {
            await request(agent, bare.url);
          },
          ctx.mode,
        );
        return { status: 'ok', ...m, note: 'one keep-alive connection, sequential requests' };
      } finally {
        await bare.close();
      }
    } finally {
      agent.destroy();
      await gw.close();
      await core.close();
    }
  },
};

const httpSendRow: BenchRow = {
  name: 'http-send',
  title: 'Bot API sendMessage (keep-alive) vs a bare node http server doing one invoke(sendMessage)',
  target: 1.5,
  async run(ctx) {
    const core = await openBenchCore();
    const bot = createBot(core.dir, 'Bench');
    const gw = await HttpGateway.start({ dataDir: core.dir, rateLimit: 0 });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // The user writes first, so the bot has the chat.
      const chat = await core.client.invoke({ _: 'createPrivateChat', user_id: bot.user_id });
      await core.client.invoke(textMessage(chat.id as number, '/start'));
      const url = `${gw.address.url}/bot${bot.token}/sendMessage`;
      const body = JSON.stringify({ chat_id: core.me, text: 'hello from the bench: a short text message' });
      const first = await request(agent, url, body);
      if (!first.ok) return notAvailable(`sendMessage failed: ${String(first.description)}`);
      const shape = JSON.stringify(first);
      const request0 = textMessage(chat.id as number, 'hello from the bench: a short text message');
      const bare = await bareServer(async () => {
        await core.client.invoke(request0);
        return shape;
      });
      try {
        const m = await compareAsync(
          async () => {
            await request(agent, url, body);
          },
          async () => {
            await request(agent, bare.url, body);
          },
          ctx.mode,
        );
        return { status: 'ok', ...m, note: 'file data dir (WAL); ours also maps the Message (sender, chat)' };
      } finally {
        await bare.close();
      }
    } finally {
      agent.destroy();
      await gw.close();
      await core.close();
    }
  },
};

const httpPollRow: BenchRow = {
  name: 'http-longpoll',
  title: '200 bots long-polling getUpdates while 1,000 messages are sent to them: per message, vs the sends alone',
  async run(ctx) {
    const bots = ctx.mode.quick ? 40 : 200;
    const perBot = 5;
    const core = await openBenchCore();
    const created = Array.from({ length: bots }, (_, i) => createBot(core.dir, `Poll ${i}`));
    const gw = await HttpGateway.start({ dataDir: core.dir, rateLimit: 0 });
    const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
    // A second user sends the same messages with nobody polling: the baseline.
    const other: Client = openEmbeddedCore({ dataDir: core.dir, session: 'other' });
    try {
      await logIn(other, 3, 'Other');
      const chats: number[] = [];
      const otherChats: number[] = [];
      for (const b of created) {
        chats.push((await core.client.invoke({ _: 'createPrivateChat', user_id: b.user_id })).id as number);
        otherChats.push((await other.invoke({ _: 'createPrivateChat', user_id: b.user_id })).id as number);
      }
      // Every bot's first call opens its session; then every bot holds a long poll.
      for (const b of created) await request(agent, `${gw.address.url}/bot${b.token}/getMe`);
      const seen = new Map<number, Set<string>>();
      let twice = 0;
      let delivered = 0;
      let stop = false;
      let allIn: () => void = () => {};
      const done = new Promise<void>((r) => (allIn = r));
      const total = bots * perBot;
      const loops = created.map(async (b) => {
        let offset = 0;
        const mine = new Set<string>();
        seen.set(b.user_id, mine);
        while (!stop) {
          const r = await request(agent, `${gw.address.url}/bot${b.token}/getUpdates`, JSON.stringify({ offset, timeout: 30 }));
          if (!r.ok) throw new Error(`getUpdates: ${String(r.description)}`);
          for (const u of r.result as { update_id: number; message?: { text: string; from: { id: number } } }[]) {
            offset = u.update_id + 1;
            if (u.message?.from.id !== core.me) continue;
            if (mine.has(u.message.text)) twice++;
            mine.add(u.message.text);
            if (++delivered === total) allIn();
          }
        }
      });
      await new Promise((r) => setTimeout(r, 200));
      const t0 = performance.now();
      for (let k = 0; k < perBot; k++) for (let i = 0; i < bots; i++) await core.client.invoke(textMessage(chats[i]!, `m${k}`) as TdObject);
      const limit = setTimeout(() => allIn(), 60_000);
      await done;
      clearTimeout(limit);
      const ours = ((performance.now() - t0) * 1e6) / total;
      stop = true;
      await gw.close();
      await Promise.allSettled(loops);
      if (delivered !== total || twice > 0) return notAvailable(`FAILED: ${delivered}/${total} delivered, ${twice} twice`);
      const t1 = performance.now();
      for (let k = 0; k < perBot; k++) for (let i = 0; i < bots; i++) await other.invoke(textMessage(otherChats[i]!, `m${k}`) as TdObject);
      const baseline = ((performance.now() - t1) * 1e6) / total;
      return { status: 'ok', ours, baseline, note: `${bots} long polls, ${total}/${total} delivered, none twice; ours = until the last poll answered` };
    } finally {
      agent.destroy();
      await gw.close();
      await other.close();
      await core.close();
    }
  },
};

/** The HTTP rows, in table order. */
export const httpRows: BenchRow[] = [httpCallRow, httpSendRow, httpPollRow];
