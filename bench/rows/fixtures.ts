/**
 * Set-up shared by the rows that need the embedded core: a logged-in account in a temporary
 * data dir (a real file, WAL, as users run it), chats to fill, and the clients the Lua-host
 * rows run against.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedCore } from '../../src/core/index.js';
import type { Client, TdObject } from '../../src/core/client.js';
import { nextTick } from './baselines.js';
import { sendTextRequest } from '../../src/core/requests.js';

/** A logged-in client on a temporary data dir; `close` removes the dir. */
export interface BenchCore {
  dir: string;
  client: Client;
  me: number;
  close(): Promise<void>;
}

function ok(r: TdObject, what: string): TdObject {
  if (r._ === 'error') throw new Error(`${what}: ${String(r.message)}`);
  return r;
}

/** Log `client` in with a test number (99966XYYYY gets the code XXXXX). */
export async function logIn(client: Client, digit: number, firstName: string): Promise<number> {
  ok(await client.invoke({ _: 'setAuthPhoneNumber', phone_number: `99966${digit}${String(digit).repeat(4)}`, allow_flash_call: false, is_current_phone_number: false }), 'setAuthPhoneNumber');
  ok(await client.invoke({ _: 'checkAuthCode', code: String(digit).repeat(5), first_name: firstName, last_name: '' }), 'checkAuthCode');
  return ok(await client.invoke({ _: 'getMe' }), 'getMe').id as number;
}

/** Open a logged-in core in a fresh temporary data dir. */
export async function openBenchCore(): Promise<BenchCore> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-bench-'));
  const client = openEmbeddedCore({ dataDir: dir, session: 'bench' });
  const me = await logIn(client, 1, 'Bench');
  return {
    dir,
    client,
    me,
    close: async () => {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A private chat between the bench account and a new account (logged in once on its own session). */
export async function chatWithNewUser(core: BenchCore, digit: number, name: string): Promise<number> {
  const other = openEmbeddedCore({ dataDir: core.dir, session: `user${digit}` });
  try {
    const id = await logIn(other, digit, name);
    return ok(await core.client.invoke({ _: 'createPrivateChat', user_id: id }), 'createPrivateChat').id as number;
  } finally {
    await other.close();
  }
}

/** The sendMessage request the rows use. */
export const textMessage = (chatId: number, text: string): TdObject => sendTextRequest(chatId, text);

/**
 * A client that answers testSquareInt on the next tick and has no invokeSync, so every call
 * from Lua must yield and resume: the subject of the "call that yields" row.
 */
export function nextTickClient(): Client {
  return {
    backend: 'bench-next-tick',
    invoke: (req) => nextTick({ _: 'testInt', value: (req.x as number) * (req.x as number) }),
    onUpdate: () => () => undefined,
    close: async () => undefined,
  };
}

/** A client for VM start-up: never called. */
export function idleClient(): Client {
  return {
    backend: 'bench-idle',
    invoke: async (req) => ({ _: 'error', code: 501, message: `${req._} is not available in the VM start-up bench` }),
    onUpdate: () => () => undefined,
    close: async () => undefined,
  };
}
