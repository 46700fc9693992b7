/**
 * A small test double of the Client interface (src/core/client.ts) for the Lua host's tests:
 * answers the schema's test methods by echoing, a few auth/user/message methods, records every
 * request, and answers synchronously or on a later tick as asked. `testNetwork` never returns
 * (a backend stuck in synchronous work), for the supervisor's hard-stop test.
 */
import type { Client, TdObject, UpdateListener } from '../../src/core/client.js';
import { LuatdError } from '../../src/errors.js';

/** Options of FakeClient. */
export interface FakeOptions {
  /** Never answer through invokeSync: every call waits (exercises the yield path). */
  async?: boolean;
}

/** A Client double: deterministic answers, recorded requests, emitted updates. */
export class FakeClient implements Client {
  readonly backend = 'fake';
  readonly requests: TdObject[] = [];
  private readonly listeners = new Set<UpdateListener>();
  private nextMessageId = 1;
  closed = false;

  constructor(private readonly opts: FakeOptions = {}) {}

  private answer(req: TdObject): TdObject {
    this.requests.push(req);
    switch (req._) {
      case 'getAuthState':
        return { _: 'authStateWaitPhoneNumber' };
      case 'resetAuth':
        return req.force ? { _: 'error', code: 401, message: 'Unauthorized' } : { _: 'authStateLoggingOut' };
      case 'getMe':
        return { _: 'user', id: 1001234567890, first_name: 'Zoë 😀', last_name: '', username: 'zoe' };
      case 'testCallEmpty':
        return { _: 'ok' };
      case 'testCallString':
        return { _: 'testString', value: req.x };
      case 'testCallBytes':
        return { _: 'testBytes', value: req.x };
      case 'testCallVectorInt':
        return { _: 'testVectorInt', value: req.x };
      case 'testCallVectorString':
        return { _: 'testVectorString', value: req.x };
      case 'testCallVectorIntObject':
        return { _: 'testVectorIntObject', value: req.x };
      case 'testSquareInt':
        return { _: 'testInt', value: (req.x as number) * (req.x as number) };
      case 'testNetwork':
        // a backend stuck in synchronous work (no Lua runs, so no hook can fire): only the
        // supervisor of an isolated run can end this
        for (;;) {
          /* spin */
        }
      case 'testUseError':
        return { _: 'error', code: 400, message: 'Bad Request' };
      case 'sendMessage': {
        const msg = {
          _: 'message',
          id: this.nextMessageId++,
          chat_id: req.chat_id,
          sender_user_id: 1001234567890,
          reply_to_message_id: req.reply_to_message_id,
          date: 1700000000,
          content: { _: 'messageText', text: { _: 'formattedText', text: (req.input_message_content as { text?: unknown })?.text ?? '', entities: [] } },
        };
        this.emit({ _: 'updateNewMessage', message: msg, disable_notification: false, contains_mention: false });
        return msg;
      }
      default:
        return { _: 'error', code: 400, message: `method ${req._} is not implemented by the fake backend` };
    }
  }

  invokeSync(req: TdObject): TdObject | undefined {
    if (this.closed) throw new LuatdError('CLIENT_CLOSED', 'client is closed');
    if (this.opts.async) return undefined;
    return this.answer(req);
  }

  invoke(req: TdObject): Promise<TdObject> {
    if (this.closed) return Promise.reject(new LuatdError('CLIENT_CLOSED', 'client is closed'));
    return new Promise((resolve) => setTimeout(() => resolve(this.answer(req)), 1));
  }

  /** Deliver an update to every listener (as the core does). */
  emit(update: TdObject): void {
    for (const l of this.listeners) l(update);
  }

  onUpdate(listener: UpdateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** For runIsolated's clientModule: every worker gets its own fake. */
export function openClient(): Client {
  return new FakeClient({ async: process.env.LUATD_FAKE_ASYNC === '1' });
}
