/**
 * Calls between two accounts of the network: the signalling state machine, no media.
 *
 *   createCall (caller)  → ringing:  both get updateCall(callStatePending{is_created, is_received})
 *   acceptCall (callee)  → accepted: both get callStateExchangingKeys, then callStateReady with the
 *                          layer both support, one local reflector, and the same key and emojis
 *   discardCall (either) → discarded: the one hanging up gets callStateHangingUp, then both get
 *                          callStateDiscarded with the reason (declined by the callee while
 *                          ringing, missed when the caller gives up, hung up or disconnected
 *                          after an answer); a messageCall is posted in their private chat
 *   rateCall / debugCall → after a call that was answered, once per party
 *
 * Calls are rows of `calls` (migration 11), so the two parties may be different processes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, err, required } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { getAccount, sql } from '../network/model.js';
import { isBlocked, postMessage, privateConv } from '../network/ops.js';
import { privacyAllows } from '../network/privacy.js';
import { type Ctx, type HandlerEntry, write } from './context.js';

/** Layers of the call protocol this network speaks (as Telegram's clients did in 2017). */
export const CALL_MIN_LAYER = 65;
export const CALL_MAX_LAYER = 65;

/** A row of `calls`. */
interface CallRow {
  id: number;
  caller: number;
  callee: number;
  state: 'ringing' | 'accepted' | 'discarded';
  protocol: string;
  answer_protocol: string | null;
  key: Buffer | null;
  reason: string;
  duration: number;
  created: number;
  accepted: number;
  ended: number;
  caller_rating: number;
  callee_rating: number;
  caller_debug: number;
  callee_debug: number;
}

const CALL_NOT_FOUND = (): TdError => badRequest('CALL_NOT_FOUND');
const CALL_ALREADY_ENDED = (): TdError => badRequest('CALL_ALREADY_DECLINED');

/** Emoji shown to both parties to compare the key (four of them, picked by the key's hash). */
const EMOJIS = ['😀', '🐱', '🚀', '🍎', '🎲', '🌵', '🎸', '🐙', '⚽', '🌙', '🔑', '🍕', '🦊', '🎈', '🐢', '⭐'];

function callRow(c: Ctx, id: number): CallRow | undefined {
  const row = sql(c.db, 'SELECT * FROM calls WHERE id = ?').get(id) as CallRow | undefined;
  return row && (row.caller === c.me || row.callee === c.me) ? row : undefined;
}

/** A protocol a party offers, checked; or the error. */
function checkProtocol(p: T.callProtocol | null): T.callProtocol | TdError {
  if (!p) return required('protocol');
  if (!p.udp_p2p && !p.udp_reflector) return badRequest('CALL_PROTOCOL_FLAGS_INVALID');
  if (p.min_layer > p.max_layer || p.max_layer < CALL_MIN_LAYER || p.min_layer > CALL_MAX_LAYER) return badRequest('CALL_PROTOCOL_LAYER_INVALID');
  return { _: 'callProtocol', udp_p2p: p.udp_p2p, udp_reflector: p.udp_reflector, min_layer: p.min_layer, max_layer: p.max_layer };
}

function reasonObject(reason: string): T.CallDiscardReason {
  switch (reason) {
    case 'missed':
      return { _: 'callDiscardReasonMissed' };
    case 'declined':
      return { _: 'callDiscardReasonDeclined' };
    case 'disconnected':
      return { _: 'callDiscardReasonDisconnected' };
    case 'hung_up':
      return { _: 'callDiscardReasonHungUp' };
    default:
      return { _: 'callDiscardReasonEmpty' };
  }
}

/** The state of a call as `viewer` sees it. */
function stateOf(row: CallRow, viewer: number): T.CallState {
  switch (row.state) {
    case 'ringing':
      return { _: 'callStatePending', is_created: true, is_received: true };
    case 'accepted': {
      const a = JSON.parse(row.protocol) as T.callProtocol;
      const b = JSON.parse(row.answer_protocol ?? row.protocol) as T.callProtocol;
      const key = row.key ?? Buffer.alloc(0);
      const digest = createHash('sha256').update(key).digest();
      return {
        _: 'callStateReady',
        protocol: {
          _: 'callProtocol',
          udp_p2p: a.udp_p2p && b.udp_p2p,
          udp_reflector: a.udp_reflector && b.udp_reflector,
          min_layer: Math.max(a.min_layer, b.min_layer, CALL_MIN_LAYER),
          max_layer: Math.min(a.max_layer, b.max_layer, CALL_MAX_LAYER),
        },
        connections: [{ _: 'callConnection', id: String(row.id), ip: '127.0.0.1', ipv6: '::1', port: 0, peer_tag: digest.subarray(0, 16).toString('base64') }],
        config: '{}',
        encryption_key: key.toString('base64'),
        emojis: [0, 1, 2, 3].map((i) => EMOJIS[digest[i]! % EMOJIS.length]!),
      };
    }
    case 'discarded': {
      const talked = row.accepted > 0;
      const rated = viewer === row.caller ? row.caller_rating > 0 : row.callee_rating > 0;
      const debugged = (viewer === row.caller ? row.caller_debug : row.callee_debug) > 0;
      return { _: 'callStateDiscarded', reason: reasonObject(row.reason), need_rating: talked && !rated, need_debug: talked && !debugged };
    }
  }
}

function callObject(row: CallRow, viewer: number, state: T.CallState = stateOf(row, viewer)): T.call {
  const outgoing = viewer === row.caller;
  return { _: 'call', id: row.id, user_id: outgoing ? row.callee : row.caller, is_outgoing: outgoing, state };
}

/** updateCall to both parties, with the state each sees (or `state` for both). */
function announce(c: Ctx, row: CallRow, state?: (viewer: number) => T.CallState): void {
  for (const u of [row.caller, row.callee]) {
    feedAccount(c.db, u, { _: 'updateCall', call: callObject(row, u, state ? state(u) : undefined) });
  }
}

/** True when `user` is in a call that has not ended. */
function busy(c: Ctx, user: number): boolean {
  return sql(c.db, "SELECT 1 FROM calls WHERE state <> 'discarded' AND (caller = ? OR callee = ?) LIMIT 1").pluck().get(user, user) !== undefined;
}

/** Call methods. */
export const callHandlers: HandlerEntry[] = [
  write('createCall', (c, p) => {
    const protocol = checkProtocol(p.protocol);
    if ('code' in protocol) return protocol;
    const callee = getAccount(c.db, p.user_id);
    if (!callee) return err('USER_NOT_FOUND');
    if (callee.id === c.me) return badRequest("Can't call self");
    if (callee.is_bot) return badRequest('USER_IS_BOT');
    // a blocked caller, or one the callee's privacy rules for calls leave out
    if (isBlocked(c.db, callee.id, c.me) || !privacyAllows(c.db, callee.id, c.me, 'privacyKeyCall')) return badRequest('USER_PRIVACY_RESTRICTED');
    if (busy(c, c.me)) return badRequest('CALL_ALREADY_ACTIVE');
    const calleeBusy = busy(c, callee.id);
    const now = c.now();
    const id = Number(
      sql(c.db, "INSERT INTO calls (caller, callee, state, protocol, created) VALUES (?, ?, 'ringing', ?, ?)").run(c.me, callee.id, JSON.stringify(protocol), now).lastInsertRowid,
    );
    if (calleeBusy) {
      // a callee already on the phone is busy: the call ends at once, as the server ends it
      sql(c.db, "UPDATE calls SET state = 'discarded', reason = 'declined', ended = ? WHERE id = ?").run(now, id);
      feedAccount(c.db, c.me, { _: 'updateCall', call: callObject(sql(c.db, 'SELECT * FROM calls WHERE id = ?').get(id) as CallRow, c.me) });
      return { _: 'callId', id };
    }
    const row = sql(c.db, 'SELECT * FROM calls WHERE id = ?').get(id) as CallRow;
    announce(c, row);
    return { _: 'callId', id };
  }),

  write('acceptCall', (c, p) => {
    const protocol = checkProtocol(p.protocol);
    if ('code' in protocol) return protocol;
    const row = callRow(c, p.call_id);
    if (!row) return CALL_NOT_FOUND();
    if (row.callee !== c.me) return badRequest("Can't accept an outgoing call");
    if (row.state === 'discarded') return CALL_ALREADY_ENDED();
    if (row.state === 'accepted') return badRequest('CALL_ALREADY_ACCEPTED');
    const caller = JSON.parse(row.protocol) as T.callProtocol;
    if (Math.max(caller.min_layer, protocol.min_layer) > Math.min(caller.max_layer, protocol.max_layer)) return badRequest('CALL_PROTOCOL_LAYER_INVALID');
    sql(c.db, "UPDATE calls SET state = 'accepted', answer_protocol = ?, key = ?, accepted = ? WHERE id = ?").run(JSON.stringify(protocol), randomBytes(256), c.now(), row.id);
    const accepted = sql(c.db, 'SELECT * FROM calls WHERE id = ?').get(row.id) as CallRow;
    announce(c, accepted, () => ({ _: 'callStateExchangingKeys' }));
    announce(c, accepted);
    return { _: 'ok' };
  }),

  write('discardCall', (c, p) => {
    const row = callRow(c, p.call_id);
    if (!row) return CALL_NOT_FOUND();
    if (row.state === 'discarded') return CALL_ALREADY_ENDED();
    if (p.duration < 0) return badRequest('Duration must be non-negative');
    let reason: string;
    let duration = 0;
    if (row.state === 'ringing') reason = c.me === row.callee ? 'declined' : 'missed';
    else {
      reason = p.is_disconnected ? 'disconnected' : 'hung_up';
      // the length the one hanging up reports, as Telegram's servers take it
      duration = p.duration;
    }
    const now = c.now();
    sql(c.db, "UPDATE calls SET state = 'discarded', reason = ?, duration = ?, ended = ? WHERE id = ?").run(reason, duration, now, row.id);
    const ended = sql(c.db, 'SELECT * FROM calls WHERE id = ?').get(row.id) as CallRow;
    feedAccount(c.db, c.me, { _: 'updateCall', call: callObject(ended, c.me, { _: 'callStateHangingUp' }) });
    announce(c, ended);
    // the call stays in the history of their private chat, sent by the caller
    const conv = privateConv(c.db, row.caller, row.callee, now);
    postMessage(c.db, conv, row.caller, { _: 'messageCall', discard_reason: reasonObject(reason), duration }, now);
    return { _: 'ok' };
  }),

  write('rateCall', (c, p) => {
    const row = callRow(c, p.call_id);
    if (!row) return CALL_NOT_FOUND();
    if (row.state !== 'discarded' || row.accepted === 0) return badRequest('Call can be rated only after it ended, when it was answered');
    if (!Number.isInteger(p.rating) || p.rating < 1 || p.rating > 5) return badRequest('Rating must be between 1 and 5');
    const column = c.me === row.caller ? 'caller' : 'callee';
    if (row[`${column}_rating`] > 0) return badRequest('Call is already rated');
    sql(c.db, `UPDATE calls SET ${column}_rating = ?, ${column}_comment = ? WHERE id = ?`).run(p.rating, p.rating < 5 ? (p.comment ?? '') : '', row.id);
    feedAccount(c.db, c.me, { _: 'updateCall', call: callObject(sql(c.db, 'SELECT * FROM calls WHERE id = ?').get(row.id) as CallRow, c.me) });
    return { _: 'ok' };
  }),

  write('debugCall', (c, p) => {
    const row = callRow(c, p.call_id);
    if (!row) return CALL_NOT_FOUND();
    if (row.state !== 'discarded' || row.accepted === 0) return badRequest('Call debug information can be sent only after an answered call ended');
    try {
      JSON.parse(p.debug);
    } catch {
      return badRequest('Debug information must be JSON');
    }
    const column = c.me === row.caller ? 'caller' : 'callee';
    sql(c.db, `UPDATE calls SET ${column}_debug = ?, ${column}_debug_data = ? WHERE id = ?`).run(c.now(), p.debug, row.id);
    feedAccount(c.db, c.me, { _: 'updateCall', call: callObject(sql(c.db, 'SELECT * FROM calls WHERE id = ?').get(row.id) as CallRow, c.me) });
    return { _: 'ok' };
  }),
];
