/**
 * Authorization (legacy TD API): WaitPhoneNumber → WaitCode → (WaitPassword) → Ok, bot tokens,
 * resetAuth, the two-step password, and the network sessions of an account.
 * Codes are deterministic for phone numbers 99966XYYYY (code XXXXX), as in Telegram's test DC.
 */
import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { tdError } from '../client.js';
import { badRequest, err, unexpectedCall } from '../errors.js';
import { feedClient, feedHead } from '../network/feed.js';
import { type AccountRow, type ClientRow, getAccount, sql } from '../network/model.js';
import { postMessage, privateConv } from '../network/ops.js';
import { readPackageVersionSafe } from './version.js';
import { commitAnyway, type Ctx, type HandlerEntry, read, write } from './context.js';

import { CODE_TTL_MS } from './auth-limits.js';
import { type SentCode, checkSentCode, floodCheck, recordFailure, clearFailures } from './auth-attempts.js';
import { secretHash } from '../store/store.js';
import { expireIdleAccount } from './account-delete.js';

export { CODE_TTL_MS };

/** The password recovery code sent to this client's account `accountId` (at login and when logged in). */
export function recoveryCode(c: Ctx, accountId: number): SentCode {
  return {
    key: `recovery:${accountId}`,
    expected: c.row.recovery_code,
    tries: c.row.recovery_tries,
    invalid: 'CODE_INVALID',
    dead: 'PASSWORD_RECOVERY_EXPIRED',
    saveTries: (tries, dead) =>
      sql(c.db, 'UPDATE clients SET recovery_tries = ?, recovery_code = CASE WHEN ? THEN NULL ELSE recovery_code END WHERE name = ?').run(tries, dead ? 1 : 0, c.name),
  };
}
/** Seconds the user is told to wait before resendAuthCode. */
export const RESEND_TIMEOUT = 60;
/** How a code is delivered, by code_type: in the service chat, by SMS, by a call. */
export const CODE_TYPES = ['authCodeTypeMessage', 'authCodeTypeSms', 'authCodeTypeCall'] as const;
/** Digits of a login code. */
export const CODE_LENGTH = 5;
const TEST_PHONE = /^99966(\d)\d{4}$/;

/** Digits of a phone number without '+', spaces, dashes and parentheses; undefined when not a phone number. */
export function normalizePhone(phone: string): string | undefined {
  const digits = phone.replace(/[\s\-()]/g, '').replace(/^\+/, '');
  return /^\d{5,15}$/.test(digits) ? digits : undefined;
}

/** The fixed code of a test phone number 99966XYYYY (XXXXX), else undefined. */
export function testCode(phone: string | null): string | undefined {
  const m = phone === null ? null : TEST_PHONE.exec(phone);
  return m ? m[1].repeat(CODE_LENGTH) : undefined;
}

/** User id of the service account that sends login codes, as Telegram's own service notifications do. */
export const SERVICE_USER_ID = 777000;

function serviceAccount(db: Database.Database, nowSec: number): number {
  if (!getAccount(db, SERVICE_USER_ID)) {
    sql(db, "INSERT INTO accounts (id, phone, first_name, last_name, created) VALUES (?, NULL, 'Telegram', '', ?)").run(SERVICE_USER_ID, nowSec);
  }
  return SERVICE_USER_ID;
}

/**
 * A login code for `phone`: XXXXX for test numbers, else random and reported to codeSink. When
 * delivered "by message" (code type 0), it is also posted by the service account into the
 * account's chat with it, where the account's other logged-in sessions read it.
 */
function newCode(c: Ctx, phone: string, codeType: number): string {
  let code = testCode(phone);
  if (code === undefined) {
    code = String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, '0');
    c.codeSink(phone, code);
  }
  const a = codeType === 0 ? accountByPhone(c.db, phone) : undefined;
  if (a) {
    const conv = privateConv(c.db, serviceAccount(c.db, c.now()), a.id, c.now());
    const text = `Login code: ${code}. Do not give this code to anyone, even if they say they are from Telegram!`;
    postMessage(c.db, conv, SERVICE_USER_ID, { _: 'messageText', text, entities: [] }, c.now());
  }
  return code;
}

// scrypt with a modest cost: the data file is local, and login must stay fast in tests.
const SCRYPT_N = 4096;

/** A salted scrypt hash of a password, `scrypt$N$salt$hash` (never the password itself). */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N: SCRYPT_N });
  return `scrypt$${SCRYPT_N}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** True when `password` matches a hash made by hashPassword. */
export function checkPassword(password: string, stored: string): boolean {
  const [kind, n, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const got = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n) });
  return timingSafeEqual(expected, got);
}

/** An e-mail address as a pattern that does not give it away (a***@example.org). */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** The account with that phone number (normalized), or undefined. */
export function accountByPhone(db: Database.Database, phone: string): AccountRow | undefined {
  return sql(db, 'SELECT * FROM accounts WHERE phone = ?').get(phone) as AccountRow | undefined;
}

/** The AuthState object of a client row, as getAuthState answers it. */
export function authStateOf(db: Database.Database, row: ClientRow): T.AuthState {
  switch (row.state) {
    case 'wait_code': {
      const next = row.code_type + 1 < CODE_TYPES.length ? CODE_TYPES[row.code_type + 1] : undefined;
      return {
        _: 'authStateWaitCode',
        is_registered: row.phone !== null && accountByPhone(db, row.phone) !== undefined,
        code_type: { _: CODE_TYPES[row.code_type], length: CODE_LENGTH } as T.AuthCodeType,
        next_code_type: next ? ({ _: next, length: CODE_LENGTH } as T.AuthCodeType) : null,
        timeout: next ? RESEND_TIMEOUT : 0,
      };
    }
    case 'wait_password': {
      const a = row.account_id === null ? undefined : getAccount(db, row.account_id);
      return {
        _: 'authStateWaitPassword',
        password_hint: a?.pw_hint ?? '',
        has_recovery_email: (a?.recovery_email ?? '') !== '',
        recovery_email_pattern: row.recovery_code !== null && a ? maskEmail(a.recovery_email) : '',
      };
    }
    case 'ok':
      return { _: 'authStateOk' };
    default:
      return { _: 'authStateWaitPhoneNumber' };
  }
}

function reread(c: Ctx): ClientRow {
  c.row = sql(c.db, 'SELECT * FROM clients WHERE name = ?').get(c.name) as ClientRow;
  return c.row;
}

/** Sets the client's state and queues the matching updateAuthState; answers the new state. */
function transition(c: Ctx, fields: Partial<ClientRow>): T.AuthState {
  const keys = Object.keys(fields);
  if (keys.length > 0) {
    const sets = keys.map((k) => `${k} = @${k}`).join(', ');
    sql(c.db, `UPDATE clients SET ${sets} WHERE name = @name`).run({ ...fields, name: c.name });
  }
  const state = authStateOf(c.db, reread(c));
  feedClient(c.db, c.name, { _: 'updateAuthState', auth_state: state });
  return state;
}

const LOGGED_OUT: Partial<ClientRow> = {
  state: 'wait_phone',
  phone: null,
  code: null,
  code_type: 0,
  code_sent: 0,
  code_first: 0,
  code_tries: 0,
  recovery_tries: 0,
  account_id: null,
  auth_id: null,
  recovery_code: null,
  login_seq: 0,
};

/** A random positive int64 as a decimal string (session ids). */
function randomInt64(): string {
  return (randomBytes(8).readBigUInt64BE() & 0x7fffffffffffffffn).toString();
}

function login(c: Ctx, account: number): T.AuthState {
  const id = randomInt64();
  const now = c.now();
  sql(c.db, 'INSERT INTO authorizations (id, account_id, client, log_in_date, last_active_date) VALUES (?, ?, ?, ?, ?)').run(id, account, c.name, now, now);
  sql(c.db, 'UPDATE accounts SET active = ? WHERE id = ?').run(now, account);
  // Updates for the account written before this login are not this session's history.
  const head = feedHead(c.db);
  const state = transition(c, { ...LOGGED_OUT, state: 'ok', account_id: account, auth_id: id, login_seq: head });
  feedClient(c.db, c.name, { _: 'updateOption', name: 'my_id', value: { _: 'optionValueInteger', value: account } });
  return state;
}

/** Ends a network session: its client (if still on it) loses its local data and gets WaitPhoneNumber. */
export function terminateAuthorization(db: Database.Database, authId: string): void {
  const auth = sql(db, 'SELECT client FROM authorizations WHERE id = ?').get(authId) as { client: string } | undefined;
  if (!auth) return;
  sql(db, 'DELETE FROM authorizations WHERE id = ?').run(authId);
  const victim = sql(db, 'SELECT name FROM clients WHERE name = ? AND auth_id = ?').pluck().get(auth.client, authId) as string | undefined;
  if (victim === undefined) return;
  clearLocal(db, victim);
  feedClient(db, victim, { _: 'updateAuthState', auth_state: { _: 'authStateWaitPhoneNumber' } });
}

function clearLocal(db: Database.Database, client: string): void {
  sql(db, 'DELETE FROM client_options WHERE client = ?').run(client);
  const sets = Object.keys(LOGGED_OUT).map((k) => `${k} = @${k}`).join(', ');
  sql(db, `UPDATE clients SET ${sets} WHERE name = @name`).run({ ...LOGGED_OUT, name: client });
}

/**
 * Next free account id: accounts start at 100000 so they never look like small counters (built-in
 * accounts with a fixed id, such as the support user, are below it or are the service account).
 */
function nextAccountId(db: Database.Database): number {
  const id = (sql(db, 'SELECT COALESCE(MAX(id), 99999) + 1 FROM accounts WHERE id >= 100000 AND id <> ?').pluck().get(SERVICE_USER_ID) as number) ?? 100000;
  return id === SERVICE_USER_ID ? id + 1 : id;
}

/** Creates an account and answers its id (inside the caller's transaction). */
export function createAccount(db: Database.Database, f: { phone: string | null; first_name: string; last_name: string; username?: string | null; is_bot?: boolean; bot_token?: (id: number) => string }, nowSec: number): number {
  const id = nextAccountId(db);
  sql(
    db,
    'INSERT INTO accounts (id, phone, first_name, last_name, username, is_bot, bot_token, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, f.phone, f.first_name, f.last_name, f.username ?? null, f.is_bot ? 1 : 0, f.bot_token ? secretHash(f.bot_token(id)) : null, nowSec);
  return id;
}

/** A bot token `<user_id>:<35 random characters>`. */
export function makeBotToken(id: number): string {
  return `${id}:${randomBytes(27).toString('base64url')}`;
}

/** Username rule of the network: 5–32 characters, letters, digits and underscores, starting with a letter. */
export const USERNAME_RE = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;

/** The passwordState of an account, as getPasswordState answers it. */
export function passwordState(a: AccountRow): T.passwordState {
  return {
    _: 'passwordState',
    has_password: a.pw_hash !== null,
    password_hint: a.pw_hint,
    has_recovery_email: a.recovery_email !== '',
    unconfirmed_recovery_email_pattern: '',
  };
}

/** What an e-mail address must look like. */
export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Authorization and session methods. */
export const authHandlers: HandlerEntry[] = [
  read('getAuthState', (c) => authStateOf(c.db, c.row)),

  write('setAuthPhoneNumber', (c, p) => {
    if (c.row.state !== 'wait_phone' && c.row.state !== 'wait_code') return unexpectedCall('setAuthPhoneNumber');
    const phone = normalizePhone(p.phone_number);
    if (phone === undefined) return err('PHONE_NUMBER_INVALID');
    expireIdleAccount(c, phone);
    const a = accountByPhone(c.db, phone);
    const hasSessions = a !== undefined && sql(c.db, 'SELECT 1 FROM authorizations WHERE account_id = ?').pluck().get(a.id) !== undefined;
    const codeType = hasSessions ? 0 : 1;
    return transition(c, { state: 'wait_code', phone, code: newCode(c, phone, codeType), code_type: codeType, code_first: codeType, code_sent: c.nowMs(), code_tries: 0 });
  }),

  write('resendAuthCode', (c) => {
    if (c.row.state !== 'wait_code' || c.row.phone === null) return unexpectedCall('resendAuthCode');
    if (c.row.code_type + 1 >= CODE_TYPES.length) return err('SEND_CODE_UNAVAILABLE');
    return transition(c, { code_type: c.row.code_type + 1, code: newCode(c, c.row.phone, c.row.code_type + 1), code_sent: c.nowMs(), code_tries: 0 });
  }),

  write('checkAuthCode', (c, p) => {
    const row = c.row;
    if (row.state !== 'wait_code' || row.phone === null) return unexpectedCall('checkAuthCode');
    const code = p.code.trim();
    if (code === '') return err('PHONE_CODE_EMPTY');
    const wrong = checkSentCode(c, {
      key: `code:${row.phone}`,
      expected: row.code,
      tries: row.code_tries,
      expired: c.nowMs() - row.code_sent > CODE_TTL_MS,
      invalid: 'PHONE_CODE_INVALID',
      dead: 'PHONE_CODE_EXPIRED',
      saveTries: (tries, dead) => sql(c.db, 'UPDATE clients SET code_tries = ?, code = CASE WHEN ? THEN NULL ELSE code END WHERE name = ?').run(tries, dead ? 1 : 0, c.name),
    }, code);
    if (wrong) return wrong;
    let a = accountByPhone(c.db, row.phone);
    if (!a) {
      const first = p.first_name.trim();
      const last = p.last_name.trim();
      if (first === '' || first.length > 64) return err('FIRST_NAME_INVALID');
      if (last.length > 64) return err('LASTNAME_INVALID');
      a = getAccount(c.db, createAccount(c.db, { phone: row.phone, first_name: first, last_name: last }, c.now()))!;
      // Everyone who had the number in their contacts learns that it joined, as in Telegram.
      const owners = sql(c.db, 'SELECT owner FROM contacts WHERE phone = ? AND owner <> ?').pluck().all(row.phone, a.id) as number[];
      for (const owner of owners) postMessage(c.db, privateConv(c.db, owner, a.id, c.now()), a.id, { _: 'messageContactRegistered' }, c.now());
    }
    if (a.pw_hash !== null) return transition(c, { state: 'wait_password', account_id: a.id, code: null });
    return login(c, a.id);
  }),

  write('checkAuthPassword', (c, p) => {
    const a = c.row.state === 'wait_password' && c.row.account_id !== null ? getAccount(c.db, c.row.account_id) : undefined;
    if (!a) return unexpectedCall('checkAuthPassword');
    if (a.pw_hash === null) return login(c, a.id);
    const key = `password:${a.id}`;
    const wait = floodCheck(c, key);
    if (wait) return wait;
    if (!checkPassword(p.password, a.pw_hash)) {
      recordFailure(c, key);
      return commitAnyway(err('PASSWORD_HASH_INVALID'));
    }
    clearFailures(c, key);
    return login(c, a.id);
  }),

  write('requestAuthPasswordRecovery', (c) => {
    const a = c.row.state === 'wait_password' && c.row.account_id !== null ? getAccount(c.db, c.row.account_id) : undefined;
    if (!a) return unexpectedCall('requestAuthPasswordRecovery');
    if (a.recovery_email === '') return err('PASSWORD_RECOVERY_NA');
    let code = testCode(a.phone);
    if (code === undefined) {
      code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      c.codeSink(a.recovery_email, code);
    }
    return transition(c, { recovery_code: code, recovery_tries: 0 });
  }),

  write('recoverAuthPassword', (c, p) => {
    const a = c.row.state === 'wait_password' && c.row.account_id !== null ? getAccount(c.db, c.row.account_id) : undefined;
    if (!a || c.row.recovery_code === null) return unexpectedCall('recoverAuthPassword');
    const wrong = checkSentCode(c, recoveryCode(c, a.id), p.recovery_code.trim());
    if (wrong) return wrong;
    // Recovery removes the password, as Telegram does: the user sets a new one when logged in.
    sql(c.db, "UPDATE accounts SET pw_hash = NULL, pw_hint = '' WHERE id = ?").run(a.id);
    return login(c, a.id);
  }),

  write('resetAuth', (c, p) => {
    if (p.force) {
      // Local data goes; the network is not told, so the session stays in the account's list.
      clearLocal(c.db, c.name);
      reread(c);
      feedClient(c.db, c.name, { _: 'updateAuthState', auth_state: { _: 'authStateWaitPhoneNumber' } });
      return commitAnyway(err('UNAUTHORIZED'));
    }
    if (c.row.auth_id !== null) sql(c.db, 'DELETE FROM authorizations WHERE id = ?').run(c.row.auth_id);
    feedClient(c.db, c.name, { _: 'updateAuthState', auth_state: { _: 'authStateLoggingOut' } });
    clearLocal(c.db, c.name);
    reread(c);
    feedClient(c.db, c.name, { _: 'updateAuthState', auth_state: { _: 'authStateWaitPhoneNumber' } });
    return { _: 'authStateLoggingOut' };
  }),

  write('checkAuthBotToken', (c, p) => {
    if (c.row.state !== 'wait_phone' && c.row.state !== 'wait_code') return unexpectedCall('checkAuthBotToken');
    // the data file keeps only a hash of each token (see createAccount)
    const id = sql(c.db, 'SELECT id FROM accounts WHERE bot_token = ? AND is_bot = 1').pluck().get(secretHash(p.token.trim())) as number | undefined;
    if (id === undefined) return err('ACCESS_TOKEN_INVALID');
    return login(c, id);
  }),

  read('getPasswordState', (c) => passwordState(getAccount(c.db, c.me)!)),

  write('setPassword', (c, p) => {
    const a = getAccount(c.db, c.me)!;
    if (a.pw_hash !== null) {
      const key = `password:${a.id}`;
      const wait = floodCheck(c, key);
      if (wait) return wait;
      if (!checkPassword(p.old_password, a.pw_hash)) {
        recordFailure(c, key);
        return commitAnyway(err('PASSWORD_HASH_INVALID'));
      }
    }
    const email = p.new_recovery_email.trim();
    if (p.set_recovery_email && email !== '' && !EMAIL_RE.test(email)) return err('EMAIL_INVALID');
    const hash = p.new_password === '' ? null : hashPassword(p.new_password);
    sql(c.db, 'UPDATE accounts SET pw_hash = ?, pw_hint = ? WHERE id = ?').run(hash, hash === null ? '' : p.new_hint, a.id);
    if (p.set_recovery_email) sql(c.db, 'UPDATE accounts SET recovery_email = ? WHERE id = ?').run(email, a.id);
    return passwordState(getAccount(c.db, a.id)!);
  }),

  read('getActiveSessions', (c) => {
    const rows = sql(c.db, 'SELECT * FROM authorizations WHERE account_id = ? ORDER BY log_in_date DESC, id').all(c.me) as {
      id: string;
      client: string;
      log_in_date: number;
      last_active_date: number;
    }[];
    const version = readPackageVersionSafe();
    const sessions = rows.map((r) => ({
      _: 'session' as const,
      id: r.id,
      is_current: r.id === c.row.auth_id,
      app_id: 0,
      app_name: `luatd ${r.client}`,
      app_version: version,
      is_official_app: false,
      device_model: 'embedded',
      platform: 'node',
      system_version: process.version,
      log_in_date: r.log_in_date,
      last_active_date: r.last_active_date,
      ip: '127.0.0.1',
      country: '',
      region: '',
    }));
    sessions.sort((x, y) => Number(y.is_current) - Number(x.is_current));
    return { _: 'sessions', sessions };
  }),

  write('terminateSession', (c, p) => {
    const owner = sql(c.db, 'SELECT account_id FROM authorizations WHERE id = ?').pluck().get(p.session_id) as number | undefined;
    if (owner !== c.me) return badRequest('Session not found');
    if (p.session_id === c.row.auth_id) return badRequest("Can't terminate the current session; use resetAuth");
    terminateAuthorization(c.db, p.session_id);
    return { _: 'ok' };
  }),

  write('terminateAllOtherSessions', (c) => {
    const ids = sql(c.db, 'SELECT id FROM authorizations WHERE account_id = ? AND id <> ?').pluck().all(c.me, c.row.auth_id ?? '') as string[];
    for (const id of ids) terminateAuthorization(c.db, id);
    return { _: 'ok' };
  }),
];

/** Marks the session as active now (called inside write transactions of authorized methods). */
export function touchSession(c: Ctx): void {
  const now = c.now();
  // At most once a minute: a write of its own on every call would double the cost of small writes.
  if (c.row.auth_id === null || now - (lastTouch.get(c.row.auth_id) ?? 0) < TOUCH_EVERY) return;
  lastTouch.set(c.row.auth_id, now);
  sql(c.db, 'UPDATE authorizations SET last_active_date = ? WHERE id = ?').run(now, c.row.auth_id);
  // the account's own record outlives its sessions: the self-destruct delay counts from it
  sql(c.db, 'UPDATE accounts SET active = ? WHERE id = ?').run(now, c.me);
}

const TOUCH_EVERY = 60;
const lastTouch = new Map<string, number>();

/** The 401 answered when an authorized method is called without a logged-in session. */
export const unauthorized = (): TdError => tdError(401, 'Unauthorized');

