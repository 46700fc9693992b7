/**
 * The file store's rows: sending a photo already uploaded against sending a text message
 * (target ≤2×), and downloading a 100 MiB file into an account's cache against a bare node
 * stream copy of the same file, checking that the process's memory stays under 100 MiB above
 * where it started (the row fails when it does not).
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEmbeddedCore } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { compareAsync, median, notAvailable, type BenchRow } from '../harness.js';
import { chatWithNewUser, logIn, openBenchCore, textMessage } from './fixtures.js';

const MiB = 1 << 20;

function ok(r: TdObject, what: string): TdObject {
  if (r._ === 'error') throw new Error(`${what}: ${String(r.message)}`);
  return r;
}

/** Waits until `client` reports file `id` fully in its local cache (getFile every 5 ms). */
async function downloaded(client: Client, id: number): Promise<void> {
  for (;;) {
    const f = ok(await client.invoke({ _: 'getFile', file_id: id }), 'getFile');
    if (!f.is_being_downloaded && f.local_size === f.size && f.path !== '') return;
    if (!f.is_being_downloaded) throw new Error(`download of file ${id} stopped at ${String(f.local_size)} bytes`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const photoRow: BenchRow = {
  name: 'send-photo',
  title: 'sendMessage of a photo already uploaded (inputFileId) vs of a text message',
  target: 2,
  async run(ctx) {
    const core = await openBenchCore();
    try {
      const chatId = await chatWithNewUser(core, 2, 'Peer');
      const src = path.join(core.dir, 'photo.jpg');
      writeFileSync(src, randomBytes(200_000));
      const first = ok(
        await core.client.invoke({ _: 'sendMessage', chat_id: chatId, input_message_content: { _: 'inputMessagePhoto', photo: { _: 'inputFileLocal', path: src }, width: 800, height: 600, caption: '' } }),
        'sendMessage (photo)',
      );
      const fileId = ((((first.content as TdObject).photo as TdObject).sizes as TdObject[])[0].photo as TdObject).id as number;
      const photo: TdObject = {
        _: 'sendMessage',
        chat_id: chatId,
        input_message_content: { _: 'inputMessagePhoto', photo: { _: 'inputFileId', id: fileId }, width: 800, height: 600, caption: 'a short caption' },
      };
      const text = textMessage(chatId, 'a short caption');
      const m = await compareAsync(
        async () => {
          ok(await core.client.invoke(photo), 'sendMessage (photo)');
        },
        async () => {
          ok(await core.client.invoke(text), 'sendMessage (text)');
        },
        ctx.mode,
      );
      return { status: 'ok', ...m, note: 'file data dir (WAL); the photo is a 200 kB file uploaded once' };
    } finally {
      await core.close();
    }
  },
};

const downloadRow: BenchRow = {
  name: 'download-100mib',
  title: 'downloadFile of a 100 MiB file to updateFile complete vs a bare node stream copy of it; memory under +100 MiB',
  async run(ctx) {
    const core = await openBenchCore();
    const other = openEmbeddedCore({ dataDir: core.dir, session: 'reader' });
    try {
      await logIn(other, 3, 'Reader');
      const chatId = await chatWithNewUser(core, 3, 'Reader');
      const src = path.join(core.dir, 'big.bin');
      // written in chunks so the bench itself holds no 100 MiB buffer
      const out = createWriteStream(src);
      const chunk = randomBytes(MiB);
      for (let i = 0; i < 100; i++) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      await new Promise<void>((r) => out.end(r));
      const sent = ok(
        await core.client.invoke({ _: 'sendMessage', chat_id: chatId, input_message_content: { _: 'inputMessageDocument', document: { _: 'inputFileLocal', path: src }, caption: '' } }),
        'sendMessage (document)',
      );
      const fileId = (((sent.content as TdObject).document as TdObject).document as TdObject).id as number;
      const scratch = mkdtempSync(path.join(core.dir, 'copy-'));
      const runs = ctx.mode.quick ? 2 : 3;
      const ours: number[] = [];
      const bare: number[] = [];
      global.gc?.();
      const start = process.memoryUsage().rss;
      let peak = start;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      try {
        for (let i = 0; i < runs; i++) {
          let t0 = process.hrtime.bigint();
          ok(await other.invoke({ _: 'downloadFile', file_id: fileId, priority: 1 }), 'downloadFile');
          await downloaded(other, fileId);
          ours.push(Number(process.hrtime.bigint() - t0));
          ok(await other.invoke({ _: 'deleteFile', file_id: fileId }), 'deleteFile');
          t0 = process.hrtime.bigint();
          await pipeline(createReadStream(src), createWriteStream(path.join(scratch, 'copy.bin')));
          bare.push(Number(process.hrtime.bigint() - t0));
          rmSync(path.join(scratch, 'copy.bin'));
        }
      } finally {
        clearInterval(sampler);
      }
      const grew = (peak - start) / MiB;
      if (grew >= 100) return notAvailable(`FAILED: memory grew by ${grew.toFixed(0)} MiB during the downloads (limit 100 MiB)`);
      return { status: 'ok', ours: median(ours), baseline: median(bare), note: `${runs} runs each; peak RSS +${grew.toFixed(1)} MiB over the start (limit 100); updateFile every ~1.6 MiB` };
    } finally {
      await other.close();
      await core.close();
    }
  },
};

/** The file store's rows. */
export const fileRows: BenchRow[] = [photoRow, downloadRow];
