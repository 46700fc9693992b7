/**
 * Network statistics, counted locally per session (tables `net_stats` and `net_state`,
 * migration 7): the embedded network moves no bytes of its own, so the counts are what the
 * application reports with addNetworkStatistics (file transfers, calls), summed by kind, file
 * type and network type. "Only current" counts what this run of the client added. setNetworkType
 * keeps the kind of network the client is on; with none, the client waits for a network
 * (updateConnectionState), as TD does.
 */
import { type TdError, isTdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest, required } from '../errors.js';
import { feedClient } from '../network/feed.js';
import { sql } from '../network/model.js';
import { type Ctx, type HandlerEntry, read, write } from './context.js';

interface StatRow {
  kind: 'file' | 'call';
  file_type: string;
  network_type: string;
  sent: number;
  received: number;
  duration: number;
}

/** What this run of each client added (a client object lives for one run). */
const thisRun = new WeakMap<Ctx, Map<string, StatRow>>();

function runStats(c: Ctx): Map<string, StatRow> {
  let m = thisRun.get(c);
  if (!m) {
    m = new Map();
    thisRun.set(c, m);
  }
  return m;
}

function since(c: Ctx): number {
  const s = sql(c.db, 'SELECT since FROM net_state WHERE client = ?').pluck().get(c.name) as number | undefined;
  return s ?? Math.floor(c.openedMs / 1000);
}

function ensureState(c: Ctx): void {
  sql(c.db, "INSERT OR IGNORE INTO net_state (client, network_type, since) VALUES (?, 'networkTypeOther', ?)").run(c.name, c.now());
}

function entryOf(r: StatRow): T.NetworkStatisticsEntry {
  const network_type = { _: r.network_type } as T.NetworkType;
  if (r.kind === 'call') return { _: 'networkStatisticsEntryCall', network_type, sent_bytes: r.sent, received_bytes: r.received, duration: r.duration };
  return { _: 'networkStatisticsEntryFile', file_type: { _: r.file_type } as T.FileType, network_type, sent_bytes: r.sent, received_bytes: r.received };
}

function toRow(e: T.NetworkStatisticsEntry): StatRow | TdError {
  if (e.network_type === null) return required('entry.network_type');
  if (e.sent_bytes < 0 || e.received_bytes < 0) return badRequest('Byte counts of a network statistics entry must be non-negative');
  if (e._ === 'networkStatisticsEntryCall') {
    if (!(e.duration >= 0)) return badRequest('Parameter entry.duration must be non-negative');
    return { kind: 'call', file_type: '', network_type: e.network_type._, sent: e.sent_bytes, received: e.received_bytes, duration: e.duration };
  }
  if (e.file_type === null) return required('entry.file_type');
  return { kind: 'file', file_type: e.file_type._, network_type: e.network_type._, sent: e.sent_bytes, received: e.received_bytes, duration: 0 };
}

const rowKey = (r: StatRow): string => `${r.kind}/${r.file_type}/${r.network_type}`;
const byKey = (a: StatRow, b: StatRow): number => (rowKey(a) < rowKey(b) ? -1 : rowKey(a) > rowKey(b) ? 1 : 0);

/** Network statistics methods. */
export const networkStatsHandlers: HandlerEntry[] = [
  write('setNetworkType', (c, p) => {
    if (p.type === null) return required('type');
    const was = sql(c.db, 'SELECT network_type FROM net_state WHERE client = ?').pluck().get(c.name) as string | undefined;
    ensureState(c);
    sql(c.db, 'UPDATE net_state SET network_type = ? WHERE client = ?').run(p.type._, c.name);
    const offline = (t: string | undefined): boolean => t === 'networkTypeNone';
    if (offline(was) !== offline(p.type._)) {
      feedClient(c.db, c.name, { _: 'updateConnectionState', state: { _: offline(p.type._) ? 'connectionStateWaitingForNetwork' : 'connectionStateReady' } });
    }
    return { _: 'ok' };
  }),

  write('addNetworkStatistics', (c, p) => {
    if (p.entry === null) return required('entry');
    const r = toRow(p.entry);
    if (isTdError(r)) return r;
    ensureState(c);
    sql(
      c.db,
      `INSERT INTO net_stats (client, kind, file_type, network_type, sent, received, duration) VALUES (@client, @kind, @file_type, @network_type, @sent, @received, @duration)
       ON CONFLICT (client, kind, file_type, network_type) DO UPDATE SET sent = sent + excluded.sent, received = received + excluded.received, duration = duration + excluded.duration`,
    ).run({ client: c.name, ...r });
    const run = runStats(c);
    const had = run.get(rowKey(r));
    run.set(rowKey(r), had ? { ...had, sent: had.sent + r.sent, received: had.received + r.received, duration: had.duration + r.duration } : r);
    return { _: 'ok' };
  }),

  read('getNetworkStatistics', (c, p) => {
    if (p.only_current) {
      const rows = [...runStats(c).values()].sort(byKey);
      return { _: 'networkStatistics', since_date: Math.floor(c.openedMs / 1000), entries: rows.map(entryOf) };
    }
    const rows = (sql(c.db, 'SELECT kind, file_type, network_type, sent, received, duration FROM net_stats WHERE client = ?').all(c.name) as StatRow[]).sort(byKey);
    return { _: 'networkStatistics', since_date: since(c), entries: rows.map(entryOf) };
  }),

  write('resetNetworkStatistics', (c) => {
    sql(c.db, 'DELETE FROM net_stats WHERE client = ?').run(c.name);
    ensureState(c);
    sql(c.db, 'UPDATE net_state SET since = ? WHERE client = ?').run(c.now(), c.name);
    runStats(c).clear();
    return { _: 'ok' };
  }),
];
