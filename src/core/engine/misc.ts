/** Options (getOption/setOption) and the test* methods. */
import { tdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { err } from '../errors.js';
import { feedClient } from '../network/feed.js';
import { sql } from '../network/model.js';
import { authStateOf } from './auth.js';
import { type HandlerEntry, read, write } from './context.js';
import { MAX_PINNED } from './drafts.js';
import { readPackageVersionSafe } from './version.js';

/** Options the engine answers itself; setOption refuses them. */
export const READ_ONLY_OPTIONS: ReadonlySet<string> = new Set(['my_id', 'version', 'pinned_chat_count_max']);
const OPTION_NAME = /^[A-Za-z0-9_]{1,64}$/;
/** Longest string value of one option, in characters (what a session keeps is small state, not files). */
export const MAX_OPTION_VALUE = 64 * 1024;
/** Most options one session may keep. */
export const MAX_OPTIONS = 1000;

/** Option and test methods. */
export const miscHandlers: HandlerEntry[] = [
  read('getOption', (c, p): T.OptionValue => {
    if (p.name === 'my_id') {
      return c.row.state === 'ok' && c.row.account_id !== null ? { _: 'optionValueInteger', value: c.row.account_id } : { _: 'optionValueEmpty' };
    }
    if (p.name === 'version') return { _: 'optionValueString', value: readPackageVersionSafe() };
    if (p.name === 'pinned_chat_count_max') return { _: 'optionValueInteger', value: MAX_PINNED };
    const v = sql(c.db, 'SELECT value FROM client_options WHERE client = ? AND name = ?').pluck().get(c.name, p.name) as string | undefined;
    return v === undefined ? { _: 'optionValueEmpty' } : (JSON.parse(v) as T.OptionValue);
  }),

  write('setOption', (c, p) => {
    if (READ_ONLY_OPTIONS.has(p.name)) return err('OPTION_READ_ONLY');
    if (!OPTION_NAME.test(p.name)) return err('OPTION_NAME_INVALID');
    const value = p.value ?? { _: 'optionValueEmpty' };
    if (value._ === 'optionValueString' && value.value.length > MAX_OPTION_VALUE) {
      return tdError(400, `OPTION_VALUE_TOO_LONG: the value of option '${p.name}' has ${value.value.length} characters, at most ${MAX_OPTION_VALUE} are kept`);
    }
    if (value._ !== 'optionValueEmpty') {
      const known = sql(c.db, 'SELECT 1 FROM client_options WHERE client = ? AND name = ?').pluck().get(c.name, p.name) !== undefined;
      const count = known ? 0 : (sql(c.db, 'SELECT COUNT(*) FROM client_options WHERE client = ?').pluck().get(c.name) as number);
      if (count >= MAX_OPTIONS) return tdError(400, `OPTIONS_TOO_MANY: a session keeps at most ${MAX_OPTIONS} options; set one to optionValueEmpty to remove it`);
    }
    if (value._ === 'optionValueEmpty') sql(c.db, 'DELETE FROM client_options WHERE client = ? AND name = ?').run(c.name, p.name);
    else sql(c.db, 'INSERT OR REPLACE INTO client_options (client, name, value) VALUES (?, ?, ?)').run(c.name, p.name, JSON.stringify(value));
    feedClient(c.db, c.name, { _: 'updateOption', name: p.name, value });
    return { _: 'ok' };
  }),

  read('testCallEmpty', () => ({ _: 'ok' })),
  read('testCallString', (_c, p) => ({ _: 'testString', value: p.x })),
  read('testCallBytes', (_c, p) => ({ _: 'testBytes', value: p.x })),
  read('testCallVectorInt', (_c, p) => ({ _: 'testVectorInt', value: p.x })),
  read('testCallVectorIntObject', (_c, p) => ({ _: 'testVectorIntObject', value: p.x })),
  read('testCallVectorString', (_c, p) => ({ _: 'testVectorString', value: p.x })),
  read('testCallVectorStringObject', (_c, p) => ({ _: 'testVectorStringObject', value: p.x })),
  // The square wraps around like a 32-bit integer, as TDLib's int32 arithmetic does.
  read('testSquareInt', (_c, p) => ({ _: 'testInt', value: Math.imul(p.x, p.x) })),
  read('testNetwork', (c) => {
    c.db.prepare('SELECT 1').get();
    return { _: 'ok' };
  }),
  read('testUseUpdate', (c) => ({ _: 'updateAuthState', auth_state: authStateOf(c.db, c.row) })),
  read('testUseError', () => tdError(400, 'TEST_ERROR')),
];
