/**
 * User tokens for `/user<TOKEN>/<method>`: `luatd token create --session NAME` makes
 * `u<id>:<secret>`, shows it once and keeps only a SHA-256 of it; `luatd token revoke` ends it.
 * Checking looks the id up and compares hashes in constant time, so neither a wrong secret nor
 * an unknown id tells an attacker anything more than "Unauthorized".
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LuatdError } from '../errors.js';
import { openHttpStore } from './store.js';

const SESSION_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const TOKEN_RE = /^(u[0-9a-f]{8}):([A-Za-z0-9_-]{32,64})$/;

/** A token as `luatd token list` shows it (never the secret). */
export interface TokenInfo {
  id: string;
  session: string;
  created: number;
  revoked: boolean;
}

function hashOf(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Creates a token for a session of a data dir; answers the token itself (shown once). */
export function createUserToken(dataDir: string, session: string): { token: string; id: string } {
  if (!SESSION_NAME.test(session)) throw new LuatdError('USAGE', `invalid session name '${session}': use 1-64 letters, digits, '_', '-' or '.'`);
  const own = openHttpStore(dataDir);
  try {
    for (;;) {
      const id = `u${randomBytes(4).toString('hex')}`;
      const token = `${id}:${randomBytes(32).toString('base64url')}`;
      const r = own
        .prepare('INSERT OR IGNORE INTO tokens (id, session, hash, created) VALUES (?, ?, ?, ?)')
        .run(id, session, hashOf(token).toString('hex'), Math.floor(Date.now() / 1000));
      if (r.changes === 1) return { token, id };
    }
  } finally {
    own.close();
  }
}

/** Every token of a data dir, newest last. */
export function listUserTokens(dataDir: string): TokenInfo[] {
  const db = openHttpStore(dataDir);
  try {
    return (db.prepare('SELECT id, session, created, revoked FROM tokens ORDER BY created, id').all() as { id: string; session: string; created: number; revoked: number }[]).map(
      (r) => ({ ...r, revoked: r.revoked !== 0 }),
    );
  } finally {
    db.close();
  }
}

/**
 * Revokes a token by its id (the part before ':'; a whole token is accepted too) or every token
 * of a session. Answers how many were revoked.
 */
export function revokeUserTokens(dataDir: string, what: { id?: string; session?: string }): number {
  const db = openHttpStore(dataDir);
  try {
    if (what.id !== undefined) return db.prepare('UPDATE tokens SET revoked = 1 WHERE id = ? AND revoked = 0').run(what.id.split(':')[0]).changes;
    if (what.session !== undefined) return db.prepare('UPDATE tokens SET revoked = 1 WHERE session = ? AND revoked = 0').run(what.session).changes;
    throw new LuatdError('USAGE', 'token revoke: give a token id or --session NAME');
  } finally {
    db.close();
  }
}

/** What checkUserToken needs of a SQLite connection (structural, so that our public types never name better-sqlite3's). */
interface TokenDb {
  prepare(sql: string): { get(...params: unknown[]): unknown };
}

/** The session a user token opens, or undefined when the token is unknown, revoked or wrong. */
export function checkUserToken(db: TokenDb, token: string): string | undefined {
  const m = TOKEN_RE.exec(token);
  // Hash even a malformed token, so a bad shape costs the same as a bad secret.
  const given = hashOf(token);
  if (!m) return undefined;
  const row = db.prepare('SELECT session, hash, revoked FROM tokens WHERE id = ?').get(m[1]) as { session: string; hash: string; revoked: number } | undefined;
  const stored = row ? Buffer.from(row.hash, 'hex') : Buffer.alloc(32);
  const same = stored.length === given.length && timingSafeEqual(stored, given);
  return row && same && row.revoked === 0 ? row.session : undefined;
}
