/**
 * Network statistics counted locally per session: entries added by the application summed by
 * kind, file type and network type; "only current" is this run of the client; reset starts over;
 * setNetworkType to none makes the client wait for a network (updateConnectionState).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedCore } from '../../src/core/index.js';
import type { TdObject } from '../../src/core/client.js';
import { call, ok, Updates } from './helpers.js';

const file = (type: string, net: string, sent: number, received: number): TdObject => ({
  _: 'addNetworkStatistics',
  entry: { _: 'networkStatisticsEntryFile', file_type: { _: type }, network_type: { _: net }, sent_bytes: sent, received_bytes: received },
});
const callEntry = (sent: number, received: number, duration: number): TdObject => ({
  _: 'addNetworkStatistics',
  entry: { _: 'networkStatisticsEntryCall', network_type: { _: 'networkTypeWiFi' }, sent_bytes: sent, received_bytes: received, duration },
});

test('network statistics: summed per kind and network, kept across restarts, "only current" is this run, reset starts over (before login too)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luatd-netstats-'));
  let now = 1_700_000_000_000;
  try {
    let c = openEmbeddedCore({ dataDir: dir, session: 's', clock: () => now });
    assert.deepEqual(ok(c, { _: 'getNetworkStatistics', only_current: false }).entries, []);
    ok(c, file('fileTypePhoto', 'networkTypeWiFi', 100, 1000));
    ok(c, file('fileTypePhoto', 'networkTypeWiFi', 50, 500));
    ok(c, file('fileTypePhoto', 'networkTypeMobile', 1, 2));
    ok(c, callEntry(10, 20, 1.5));
    assert.equal(call(c, file('fileTypePhoto', 'networkTypeWiFi', -1, 0)).code, 400);
    const all = ok(c, { _: 'getNetworkStatistics', only_current: false });
    assert.deepEqual(all.entries, [
      { _: 'networkStatisticsEntryCall', network_type: { _: 'networkTypeWiFi' }, sent_bytes: 10, received_bytes: 20, duration: 1.5 },
      { _: 'networkStatisticsEntryFile', file_type: { _: 'fileTypePhoto' }, network_type: { _: 'networkTypeMobile' }, sent_bytes: 1, received_bytes: 2 },
      { _: 'networkStatisticsEntryFile', file_type: { _: 'fileTypePhoto' }, network_type: { _: 'networkTypeWiFi' }, sent_bytes: 150, received_bytes: 1500 },
    ]);
    assert.equal(all.since_date, Math.floor(now / 1000));
    await c.close();
    now += 60_000;
    c = openEmbeddedCore({ dataDir: dir, session: 's', clock: () => now });
    assert.equal((ok(c, { _: 'getNetworkStatistics', only_current: false }).entries as TdObject[]).length, 3, 'kept across a restart');
    assert.deepEqual(ok(c, { _: 'getNetworkStatistics', only_current: true }), { _: 'networkStatistics', since_date: Math.floor(now / 1000), entries: [] }, 'a new run starts empty');
    ok(c, file('fileTypeVideo', 'networkTypeOther', 7, 8));
    assert.equal((ok(c, { _: 'getNetworkStatistics', only_current: true }).entries as TdObject[]).length, 1);
    const other = openEmbeddedCore({ dataDir: dir, session: 'other' });
    assert.deepEqual(ok(other, { _: 'getNetworkStatistics', only_current: false }).entries, [], 'another session counts its own');
    await other.close();
    now += 60_000;
    ok(c, { _: 'resetNetworkStatistics' });
    assert.deepEqual(ok(c, { _: 'getNetworkStatistics', only_current: false }), { _: 'networkStatistics', since_date: Math.floor(now / 1000), entries: [] });
    assert.deepEqual(ok(c, { _: 'getNetworkStatistics', only_current: true }).entries, []);
    await c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('setNetworkType: none makes the client wait for a network, any other type makes it ready again', async () => {
  const c = openEmbeddedCore({ memory: true });
  const u = new Updates(c);
  ok(c, { _: 'setNetworkType', type: { _: 'networkTypeWiFi' } });
  ok(c, { _: 'setNetworkType', type: { _: 'networkTypeNone' } });
  await u.waitFor((x) => x._ === 'updateConnectionState', 3000, 'updateConnectionState');
  ok(c, { _: 'setNetworkType', type: { _: 'networkTypeNone' } });
  ok(c, { _: 'setNetworkType', type: { _: 'networkTypeMobile' } });
  await u.waitFor((x) => x._ === 'updateConnectionState' && (x.state as TdObject)._ === 'connectionStateReady', 3000, 'ready again');
  const states = u.list.filter((x) => x._ === 'updateConnectionState').map((x) => (x.state as TdObject)._);
  assert.deepEqual(states, ['connectionStateWaitingForNetwork', 'connectionStateReady'], 'only changes are told');
  assert.equal(call(c, { _: 'setNetworkType', type: null }).code, 400);
  await c.close();
});
