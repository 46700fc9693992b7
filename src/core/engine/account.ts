/**
 * The account (legacy TD API): the recovery e-mail and password recovery while logged in,
 * temporary passwords, moving to another phone number with a code, deleting the account and its
 * self-destruct delay, imported contacts, the support user, wallpapers, the terms of service and
 * invite text, and the functions that would need the web (link previews: none offline).
 *
 * Password checks share the brute-force limits of the login (auth-limits.ts, auth-attempts.ts):
 * failures of the same key (`password:<id>`, `recovery:<id>`, `code:<phone>`) count wherever
 * they happen.
 */
import { randomInt } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { TdError } from '../client.js';
import { tdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err, unexpectedCall } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type AccountRow, getAccount, sql } from '../network/model.js';
import { watchersOf } from '../network/ops.js';
import { renderUser } from '../network/render.js';
import { CODE_TTL_MS } from './auth-limits.js';
import { checkSentCode, clearFailures, floodCheck, recordFailure } from './auth-attempts.js';
import {
  CODE_LENGTH,
  CODE_TYPES,
  EMAIL_RE,
  RESEND_TIMEOUT,
  accountByPhone,
  checkPassword,
  maskEmail,
  normalizePhone,
  passwordState,
  recoveryCode,
  testCode,
} from './auth.js';
import { deleteAccountData } from './account-delete.js';
import { commitAnyway, type Ctx, type HandlerEntry, read, write } from './context.js';

/** Shortest and longest life of a temporary password, in seconds (Telegram's bounds). */
export const TEMP_PASSWORD_MIN_SEC = 60;
export const TEMP_PASSWORD_MAX_SEC = 24 * 60 * 60;

/** Self-destruct delays changeAccountTtl accepts, in days (Telegram's: a month to a year). */
export const ACCOUNT_TTL_MIN_DAYS = 30;
export const ACCOUNT_TTL_MAX_DAYS = 366;

/** User id of the built-in support account (Telegram's support has a fixed id too). */
export const SUPPORT_USER_ID = 42777;

/** What getTermsOfService answers: the rules of this network, which is local. */
export const TERMS_OF_SERVICE =
  'luatd embedded network: every account, message and file lives in the data directory on this machine. ' +
  'Nothing is sent to Telegram or anywhere else; whoever can read the data directory can read it all. ' +
  'Delete the data directory to delete everything.';

/** What getInviteText answers. */
export const INVITE_TEXT = 'Join me on our luatd network: ask me for a login and we can chat and run bots together.';

/**
 * The built-in chat backgrounds: solid colours (no image files, so `sizes` is empty), as
 * Telegram's plain-colour wallpapers are. Ids are stable.
 */
export const WALLPAPERS: readonly T.wallpaper[] = [
  [1, 0xffffff],
  [2, 0xd9e4ee],
  [3, 0xb8d7b0],
  [4, 0xf2e2b1],
  [5, 0xe6c7d4],
  [6, 0xc4c2e8],
  [7, 0x8fa8bf],
  [8, 0x2b3642],
].map(([id, color]) => ({ _: 'wallpaper', id, sizes: [], color }));

const PHONE_OCCUPIED = (): TdError => badRequest('PHONE_NUMBER_OCCUPIED');
const NOT_FOR_BOTS = (): TdError => badRequest('The method is not available for bots');

function me(c: Ctx): AccountRow {
  return getAccount(c.db, c.me)!;
}

/**
 * Checks the account's password with the login's brute-force limits; answers the error to return
 * (a wrong password is committed, so the failure counts) or undefined when it matches.
 */
function checkAccountPassword(c: Ctx, a: AccountRow, password: string): TdError | undefined {
  if (a.pw_hash === null) return undefined;
  const key = `password:${a.id}`;
  const wait = floodCheck(c, key);
  if (wait) return wait;
  if (!checkPassword(password, a.pw_hash)) {
    recordFailure(c, key);
    return commitAnyway(err('PASSWORD_HASH_INVALID'));
  }
  clearFailures(c, key);
  return undefined;
}

/** A code for `phone`: the fixed one of a test number, else random and sent to the code sink. */
function codeFor(c: Ctx, phone: string, destination: string, digits = CODE_LENGTH): string {
  const fixed = testCode(phone);
  if (fixed !== undefined) return fixed;
  const code = String(randomInt(0, 10 ** digits)).padStart(digits, '0');
  c.codeSink(destination, code);
  return code;
}

interface PhoneChangeRow {
  client: string;
  account: number;
  phone: string;
  code: string | null;
  code_type: number;
  sent_ms: number;
  tries: number;
}

function phoneChange(c: Ctx): PhoneChangeRow | undefined {
  const r = sql(c.db, 'SELECT * FROM phone_changes WHERE client = ?').get(c.name) as PhoneChangeRow | undefined;
  return r && r.account === c.me ? r : undefined;
}

/** authStateWaitCode for a phone number change in progress (never a registration). */
function changeState(r: PhoneChangeRow): T.authStateWaitCode {
  const next = r.code_type + 1 < CODE_TYPES.length ? CODE_TYPES[r.code_type + 1] : undefined;
  return {
    _: 'authStateWaitCode',
    is_registered: true,
    code_type: { _: CODE_TYPES[r.code_type], length: CODE_LENGTH } as T.AuthCodeType,
    next_code_type: next ? ({ _: next, length: CODE_LENGTH } as T.AuthCodeType) : null,
    timeout: next ? RESEND_TIMEOUT : 0,
  };
}

/** The built-in support account, created on first use. It has no phone number: nobody logs in as it. */
export function supportAccount(db: Database.Database, nowSec: number): AccountRow {
  if (!getAccount(db, SUPPORT_USER_ID)) {
    sql(db, "INSERT INTO accounts (id, phone, first_name, last_name, about, created) VALUES (?, NULL, 'Support', '', ?, ?)").run(
      SUPPORT_USER_ID,
      'The support account of this luatd network. Messages sent to it are kept; nobody answers them.',
      nowSec,
    );
  }
  return getAccount(db, SUPPORT_USER_ID)!;
}

/** Sends updateUser about account `id` to `viewers`, each as they see it. */
function tellUser(db: Database.Database, viewers: Iterable<number>, id: number, nowSec: number): void {
  const a = getAccount(db, id)!;
  for (const v of viewers) feedAccount(db, v, { _: 'updateUser', user: renderUser(db, v, a, nowSec) });
}

const NOT_FOUND = (): TdError => tdError(404, 'Not Found');

/** Account methods. */
export const accountHandlers: HandlerEntry[] = [
  write('getRecoveryEmail', (c, p) => {
    const a = me(c);
    const bad = checkAccountPassword(c, a, p.password);
    if (bad) return bad;
    return { _: 'recoveryEmail', recovery_email: a.recovery_email };
  }),

  write('setRecoveryEmail', (c, p) => {
    const a = me(c);
    // Telegram keeps a recovery address only for a password to recover
    if (a.pw_hash === null) return err('PASSWORD_EMPTY');
    const bad = checkAccountPassword(c, a, p.password);
    if (bad) return bad;
    const email = p.new_recovery_email.trim();
    if (email !== '' && !EMAIL_RE.test(email)) return err('EMAIL_INVALID');
    sql(c.db, 'UPDATE accounts SET recovery_email = ? WHERE id = ?').run(email, a.id);
    return passwordState(me(c));
  }),

  write('requestPasswordRecovery', (c) => {
    const a = me(c);
    if (a.pw_hash === null) return err('PASSWORD_EMPTY');
    if (a.recovery_email === '') return err('PASSWORD_RECOVERY_NA');
    const code = codeFor(c, a.phone ?? '', a.recovery_email, 6);
    sql(c.db, 'UPDATE clients SET recovery_code = ?, recovery_tries = 0 WHERE name = ?').run(code, c.name);
    return { _: 'passwordRecoveryInfo', recovery_email_pattern: maskEmail(a.recovery_email) };
  }),

  write('recoverPassword', (c, p) => {
    const a = me(c);
    const expected = c.row.recovery_code;
    if (expected === null || a.pw_hash === null) return err('PASSWORD_RECOVERY_EXPIRED');
    const wrong = checkSentCode(c, recoveryCode(c, a.id), p.recovery_code.trim());
    if (wrong) return wrong;
    // as at login: recovery removes the password (and the temporary ones made from it)
    sql(c.db, "UPDATE accounts SET pw_hash = NULL, pw_hint = '' WHERE id = ?").run(a.id);
    sql(c.db, 'UPDATE clients SET recovery_code = NULL, recovery_tries = 0 WHERE name = ?').run(c.name);
    sql(c.db, 'DELETE FROM temp_passwords WHERE account = ?').run(a.id);
    return passwordState(me(c));
  }),

  write('createTemporaryPassword', (c, p) => {
    const a = me(c);
    if (a.pw_hash === null) return err('PASSWORD_EMPTY');
    if (p.valid_for < TEMP_PASSWORD_MIN_SEC || p.valid_for > TEMP_PASSWORD_MAX_SEC) {
      return badRequest(`Parameter valid_for must be from ${TEMP_PASSWORD_MIN_SEC} to ${TEMP_PASSWORD_MAX_SEC} seconds`);
    }
    const bad = checkAccountPassword(c, a, p.password);
    if (bad) return bad;
    sql(c.db, 'INSERT OR REPLACE INTO temp_passwords (auth, account, until_ms) VALUES (?, ?, ?)').run(c.row.auth_id, a.id, c.nowMs() + p.valid_for * 1000);
    return { _: 'temporaryPasswordState', has_password: true, valid_for: p.valid_for };
  }),

  read('getTemporaryPasswordState', (c) => {
    const until = sql(c.db, 'SELECT until_ms FROM temp_passwords WHERE auth = ? AND account = ?').pluck().get(c.row.auth_id, c.me) as number | undefined;
    const left = until === undefined ? 0 : Math.ceil((until - c.nowMs()) / 1000);
    return { _: 'temporaryPasswordState', has_password: left > 0, valid_for: Math.max(0, left) };
  }),

  write('changePhoneNumber', (c, p) => {
    if (me(c).is_bot) return NOT_FOR_BOTS();
    const phone = normalizePhone(p.phone_number);
    if (phone === undefined) return err('PHONE_NUMBER_INVALID');
    if (accountByPhone(c.db, phone)) return PHONE_OCCUPIED();
    // the new number has no sessions yet: the first code goes by SMS
    const r: PhoneChangeRow = { client: c.name, account: c.me, phone, code: codeFor(c, phone, phone), code_type: 1, sent_ms: c.nowMs(), tries: 0 };
    sql(c.db, 'INSERT OR REPLACE INTO phone_changes (client, account, phone, code, code_type, sent_ms, tries) VALUES (@client, @account, @phone, @code, @code_type, @sent_ms, @tries)').run(r);
    return changeState(r);
  }),

  write('resendChangePhoneNumberCode', (c) => {
    const r = phoneChange(c);
    if (!r) return unexpectedCall('resendChangePhoneNumberCode');
    if (r.code_type + 1 >= CODE_TYPES.length) return err('SEND_CODE_UNAVAILABLE');
    const next: PhoneChangeRow = { ...r, code_type: r.code_type + 1, code: codeFor(c, r.phone, r.phone), sent_ms: c.nowMs(), tries: 0 };
    sql(c.db, 'UPDATE phone_changes SET code = @code, code_type = @code_type, sent_ms = @sent_ms, tries = 0 WHERE client = @client').run(next);
    return changeState(next);
  }),

  write('checkChangePhoneNumberCode', (c, p) => {
    const r = phoneChange(c);
    if (!r) return unexpectedCall('checkChangePhoneNumberCode');
    const code = p.code.trim();
    if (code === '') return err('PHONE_CODE_EMPTY');
    const wrong = checkSentCode(c, {
      key: `code:${r.phone}`,
      expected: r.code,
      tries: r.tries,
      expired: c.nowMs() - r.sent_ms > CODE_TTL_MS,
      invalid: 'PHONE_CODE_INVALID',
      dead: 'PHONE_CODE_EXPIRED',
      saveTries: (tries, dead) => sql(c.db, 'UPDATE phone_changes SET tries = ?, code = CASE WHEN ? THEN NULL ELSE code END WHERE client = ?').run(tries, dead ? 1 : 0, c.name),
    }, code);
    if (wrong) return wrong;
    // someone may have registered the number meanwhile
    if (accountByPhone(c.db, r.phone)) return PHONE_OCCUPIED();
    // those who knew the old number lose it, those who have the new one in their contacts gain it
    const before = watchersOf(c.db, c.me);
    sql(c.db, 'UPDATE accounts SET phone = ? WHERE id = ?').run(r.phone, c.me);
    sql(c.db, 'DELETE FROM phone_changes WHERE client = ?').run(c.name);
    tellUser(c.db, new Set([...before, ...watchersOf(c.db, c.me)]), c.me, c.now());
    return { _: 'authStateOk' };
  }),

  write('changeAccountTtl', (c, p) => {
    const days = p.ttl?.days;
    if (days === undefined || days < ACCOUNT_TTL_MIN_DAYS || days > ACCOUNT_TTL_MAX_DAYS) return badRequest('TTL_DAYS_INVALID');
    sql(c.db, 'UPDATE accounts SET ttl_days = ? WHERE id = ?').run(days, c.me);
    return { _: 'ok' };
  }),

  read('getAccountTtl', (c) => ({ _: 'accountTtl', days: me(c).ttl_days })),

  write('deleteAccount', (c) => {
    if (me(c).is_bot) return NOT_FOR_BOTS();
    deleteAccountData(c.db, c.me, c.now());
    return { _: 'ok' };
  }),

  read('getImportedContactCount', (c) => ({ _: 'count', count: sql(c.db, 'SELECT COUNT(*) FROM contacts WHERE owner = ?').pluck().get(c.me) as number })),

  write('deleteImportedContacts', (c) => {
    const linked = sql(c.db, 'SELECT a.id FROM contacts ct JOIN accounts a ON a.phone = ct.phone WHERE ct.owner = ?').pluck().all(c.me) as number[];
    sql(c.db, 'DELETE FROM contacts WHERE owner = ?').run(c.me);
    // both sides see the link change: my view of them, and their view of me
    for (const id of linked) {
      tellUser(c.db, [c.me], id, c.now());
      tellUser(c.db, [id], c.me, c.now());
    }
    return { _: 'ok' };
  }),

  write('getSupportUser', (c) => renderUser(c.db, c.me, supportAccount(c.db, c.now()), c.now())),

  read('getWallpapers', () => ({ _: 'wallpapers', wallpapers: WALLPAPERS.map((w) => ({ ...w, sizes: [] })) })),

  read('getTermsOfService', () => ({ _: 'text', text: TERMS_OF_SERVICE })),

  read('getInviteText', () => ({ _: 'text', text: INVITE_TEXT })),

  read('testGetDifference', (c) => {
    c.refresh();
    return { _: 'ok' };
  }),

  // No network: a page is never fetched, so there is never a preview, as TD answers for a page
  // Telegram could not fetch (an empty result, which TD turns into 404 Not Found).
  read('getWebPagePreview', () => NOT_FOUND()),
  read('getWebPageInstantView', (_c, p) => (p.url.trim() === '' ? badRequest('URL must be non-empty') : NOT_FOUND())),
];
