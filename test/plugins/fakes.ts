// Test doubles shared by the plugin tests: a recording client that stands in for the core so
// updates can be pushed at will, an updateNewMessage builder, and a polling wait.
import assert from 'node:assert/strict';
import type { Client, TdObject, UpdateListener } from '../../src/core/client.js';

/** Records requests, answers getMe with user 777 (anything else with ok), and lets the test push updates. */
export class FakeCore implements Client {
  readonly backend = 'fake';
  calls: TdObject[] = [];
  private listeners = new Set<UpdateListener>();
  async invoke(r: TdObject): Promise<TdObject> {
    this.calls.push(r);
    return r._ === 'getMe' ? { _: 'user', id: 777 } : { _: 'ok' };
  }
  onUpdate(l: UpdateListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  push(u: TdObject): void {
    for (const l of [...this.listeners]) l(u);
  }
  async close(): Promise<void> {}
}

/** An updateNewMessage with a text message `id` in chat `chatId`. */
export const newMessage = (id: number, text: string, chatId = 42): TdObject => ({
  _: 'updateNewMessage',
  message: { _: 'message', id, chat_id: chatId, content: { _: 'messageText', text, entities: [] } },
  disable_notification: false,
  contains_mention: false,
});

/** Wait until `cond()` holds, polling; fails the test after `ms` (a hang guard). */
export async function until(cond: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}
