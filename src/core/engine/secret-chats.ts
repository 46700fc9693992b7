/**
 * Secret chats between two accounts of the network.
 *
 * - createNewSecretChat: a conversation of kind 'secret' (its id is the secret chat's id; the
 *   chat id is SECRET_CHAT_ID_BASE + id), state 0 (pending). Both accounts get updateSecretChat,
 *   then updateChat.
 * - The peer accepts by opening it, createSecretChat(secret_chat_id), as a TDLib client does on
 *   its own when the request arrives: state 1 (ready), updateSecretChat to both. Messages can be
 *   sent only while it is ready (before and after, the chat answers "no write access").
 * - closeSecretChat (either side, also to decline a pending one): state 2 (closed) for both.
 * - sendChatSetTtlMessage: the self-destruct delay of messages sent from now on, announced with a
 *   messageChatSetTtl; each later message carries it in `ttl`.
 *
 * The state is a row of `secret_chats` (migration 11), so the two sides may be different processes.
 */
import { randomBytes } from 'node:crypto';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type ConvRow, getAccount, sql } from '../network/model.js';
import { announceChat, dialogOf, ensureDialog, getConv, isBlocked, postMessage } from '../network/ops.js';
import { renderChat, renderMessage } from '../network/render.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';
import { isErr, resolveChat } from './chats.js';

/** Secret chat states, as the legacy API numbers them. */
export const SECRET_PENDING = 0;
export const SECRET_READY = 1;
export const SECRET_CLOSED = 2;

/** The layer our secret chats speak (video notes need 66). */
const SECRET_LAYER = 66;

/** Longest self-destruct delay accepted, seconds (a week). */
const MAX_TTL = 7 * 24 * 3600;

interface SecretRow {
  conv: number;
  state: number;
  ttl: number;
  key_hash: Buffer;
  layer: number;
}

const NOT_FOUND = (): TdError => badRequest('Secret chat not found');

/** The secret chat `id` if `c.me` is one of its two sides. */
function secretOf(c: Ctx, id: number): { conv: ConvRow; s: SecretRow } | undefined {
  const conv = getConv(c.db, id);
  if (!conv || conv.kind !== 'secret' || (conv.user_a !== c.me && conv.user_b !== c.me)) return undefined;
  const s = sql(c.db, 'SELECT * FROM secret_chats WHERE conv = ?').get(id) as SecretRow | undefined;
  return s ? { conv, s } : undefined;
}

function secretObject(conv: ConvRow, s: SecretRow, viewer: number): T.secretChat {
  const outbound = conv.user_a === viewer;
  return {
    _: 'secretChat',
    id: conv.id,
    user_id: outbound ? conv.user_b! : conv.user_a!,
    state: s.state,
    is_outbound: outbound,
    ttl: s.ttl,
    key_hash: s.state === SECRET_READY || s.state === SECRET_CLOSED ? s.key_hash.toString('base64') : '',
    layer: s.layer,
  };
}

/** Writes a new state (and TTL), opens or shuts writing for both sides, and tells both. */
function setState(c: Ctx, conv: ConvRow, state: number, ttl?: number): void {
  sql(c.db, 'UPDATE secret_chats SET state = ?, ttl = COALESCE(?, ttl) WHERE conv = ?').run(state, ttl ?? null, conv.id);
  const status = state === SECRET_READY ? 'member' : 'left';
  sql(c.db, 'UPDATE dialogs SET status = ? WHERE conv = ?').run(status, conv.id);
  announce(c, conv);
}

function announce(c: Ctx, conv: ConvRow): void {
  const s = sql(c.db, 'SELECT * FROM secret_chats WHERE conv = ?').get(conv.id) as SecretRow;
  for (const u of [conv.user_a!, conv.user_b!]) feedAccount(c.db, u, { _: 'updateSecretChat', secret_chat: secretObject(conv, s, u) });
}

/** Secret chat methods. */
export const secretChatHandlers: HandlerEntry[] = [
  read('getSecretChat', (c, p) => {
    const f = secretOf(c, p.secret_chat_id);
    return f ? secretObject(f.conv, f.s, c.me) : NOT_FOUND();
  }),

  write('createNewSecretChat', (c, p) => {
    const peer = getAccount(c.db, p.user_id);
    if (!peer) return err('USER_NOT_FOUND');
    if (peer.id === c.me) return badRequest("Can't create a secret chat with self");
    if (peer.is_bot) return badRequest("Can't create a secret chat with a bot");
    if (isBlocked(c.db, peer.id, c.me)) return badRequest('USER_PRIVACY_RESTRICTED');
    const now = c.now();
    const id = Number(sql(c.db, "INSERT INTO convs (kind, user_a, user_b, created) VALUES ('secret', ?, ?, ?)").run(c.me, peer.id, now).lastInsertRowid);
    const conv = getConv(c.db, id)!;
    sql(c.db, 'INSERT INTO secret_chats (conv, state, ttl, key_hash, layer) VALUES (?, ?, 0, ?, ?)').run(id, SECRET_PENDING, randomBytes(36), SECRET_LAYER);
    // pending: no one writes yet ('left' until the peer accepts)
    ensureDialog(c.db, c.me, conv, now, { status: 'left', order: true });
    ensureDialog(c.db, peer.id, conv, now, { status: 'left', order: true });
    // the secret chat is known before the chat that names it
    announce(c, conv);
    announceChat(c.db, c.me, conv, now);
    announceChat(c.db, peer.id, conv, now);
    return renderChat(c.db, dialogOf(c.db, c.me, id)!, conv);
  }),

  write('createSecretChat', (c, p) => {
    const f = secretOf(c, p.secret_chat_id);
    if (!f) return NOT_FOUND();
    // the peer's client accepts the request when it opens the chat
    if (f.s.state === SECRET_PENDING && f.conv.user_b === c.me) {
      setState(c, f.conv, SECRET_READY);
      for (const u of [f.conv.user_a!, f.conv.user_b!]) announceChat(c.db, u, f.conv, c.now());
    }
    return renderChat(c.db, dialogOf(c.db, c.me, f.conv.id)!, f.conv);
  }),

  write('closeSecretChat', (c, p) => {
    const f = secretOf(c, p.secret_chat_id);
    if (!f) return NOT_FOUND();
    if (f.s.state !== SECRET_CLOSED) setState(c, f.conv, SECRET_CLOSED);
    return { _: 'ok' };
  }),

  write('sendChatSetTtlMessage', (c, p) => {
    const r = resolveChat(c, p.chat_id);
    if (isErr(r)) return r;
    if (r.conv.kind !== 'secret') return badRequest("Can't set chat ttl in non-secret chat");
    const f = secretOf(c, r.conv.id);
    if (!f) return NOT_FOUND();
    if (f.s.state !== SECRET_READY) return err('CHAT_WRITE_FORBIDDEN');
    if (p.ttl < 0 || p.ttl > MAX_TTL) return badRequest(`TTL must be between 0 and ${MAX_TTL} seconds`);
    setState(c, r.conv, SECRET_READY, p.ttl);
    const row = postMessage(c.db, r.conv, c.me, { _: 'messageChatSetTtl', ttl: p.ttl }, c.now());
    return renderMessage(c.me, row, r.d.chat_id);
  }),
];
