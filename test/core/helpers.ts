/** Helpers for the core tests: logging in, collecting updates, waiting for one. */
import assert from 'node:assert/strict';
import type { Client, TdObject } from '../../src/core/client.js';
import { sendTextRequest } from '../../src/core/requests.js';
import { createMemoryNetwork, openEmbeddedCore } from '../../src/core/index.js';

/** Calls a method and fails the test when it answers an error. */
export function ok(c: Client, request: TdObject): TdObject {
  const r = c.invokeSync!(request);
  assert.ok(r !== undefined, `${request._} did not answer synchronously`);
  assert.notEqual(r._, 'error', `${request._} failed: ${JSON.stringify(r)}`);
  return r;
}

/** Calls a method and answers whatever it answers (error or result). */
export function call(c: Client, request: TdObject): TdObject {
  const r = c.invokeSync!(request);
  assert.ok(r !== undefined);
  return r;
}

/** Logs a client in with a test phone number (99966XYYYY, code XXXXX); registers when new. Answers the user id. */
export function login(c: Client, phone: string, firstName = 'Test', lastName = ''): number {
  ok(c, { _: 'setAuthPhoneNumber', phone_number: phone, allow_flash_call: false, is_current_phone_number: false });
  const code = phone.replace(/^\+/, '')[5].repeat(5);
  const st = ok(c, { _: 'checkAuthCode', code, first_name: firstName, last_name: lastName });
  assert.equal(st._, 'authStateOk');
  return ok(c, { _: 'getMe' }).id as number;
}

/** Records every update of a client. */
export class Updates {
  readonly list: TdObject[] = [];
  constructor(c: Client) {
    c.onUpdate((u) => this.list.push(u));
  }
  /** Waits until an update matching `pred` arrives (checking those already received first); the timeout is a hang guard. */
  async waitFor(pred: (u: TdObject) => boolean, timeoutMs = 60_000, what = 'update'): Promise<TdObject> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.list.find(pred);
      if (found) return found;
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; got: ${this.list.map((u) => u._).join(', ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  /** Names of the updates received, with the auth state for updateAuthState. */
  names(): string[] {
    return this.list.map((u) => (u._ === 'updateAuthState' ? `updateAuthState:${(u.auth_state as TdObject)._}` : u._));
  }
  clear(): void {
    this.list.length = 0;
  }
}

/** Waits for pending deliveries (the in-process notify runs on setImmediate). */
export function settle(ms = 20): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A text message request. */
export const text = sendTextRequest;

/** Three logged-in accounts (Ann, Ben, Dee) on one in-memory network, and how to close them all. */
export function trio() {
  const net = createMemoryNetwork();
  const [a, b, d] = ['a', 'b', 'd'].map((s) => openEmbeddedCore({ network: net, session: s }));
  const aid = login(a, '9996610001', 'Ann');
  const bid = login(b, '9996620002', 'Ben');
  const did = login(d, '9996630003', 'Dee');
  return {
    net,
    a,
    b,
    d,
    aid,
    bid,
    did,
    done: async () => {
      for (const c of [a, b, d]) await c.close();
      net.close();
    },
  };
}
