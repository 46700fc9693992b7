/**
 * The plugins' key-value store: small state that survives restarts. One SQLite file in the
 * core's data directory (`plugins.sqlite`, apart from the core's own files), one row per
 * (plugin, key), values kept as JSON. With `--memory` it lives in memory.
 */
import type Database from 'better-sqlite3';
import { openSqlite } from '../core/store/sqlite.js';
import path from 'node:path';
import { LuatdError } from '../errors.js';
import { makePrivateDir, makePrivateFile } from '../core/store/files.js';
import { fitLockWait, inNative } from '../core/store/native.js';

/** How long a write waits for another process's lock on the store (less near a hard stop: store/native.ts). */
const KV_BUSY_MS = 5000;

/** Largest JSON text of one value. */
export const KV_MAX_VALUE = 64 * 1024;
/** Most keys one plugin may keep. */
export const KV_MAX_KEYS = 1000;

/** A value the store accepts: what JSON can hold (Lua strings, numbers, booleans, plain tables). */
export type KvValue = string | number | boolean | null | KvValue[] | { [k: string]: KvValue };

/** The store shared by every plugin of a host; `forPlugin` gives each its own view. */
export class PluginStore {
  private readonly db: Database.Database;

  /** Open `<dataDir>/plugins.sqlite`, or an in-memory store when `dataDir` is undefined. */
  constructor(dataDir: string | undefined) {
    try {
      if (dataDir !== undefined) {
        makePrivateDir(dataDir);
        makePrivateFile(path.join(dataDir, 'plugins.sqlite'));
      }
      this.db = openSqlite(dataDir === undefined ? ':memory:' : path.join(dataDir, 'plugins.sqlite'));
      this.db.pragma('journal_mode = WAL');
      this.db.exec('CREATE TABLE IF NOT EXISTS plugin_kv (plugin TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (plugin, key))');
    } catch (e) {
      throw new LuatdError('IO', `cannot open the plugin store in ${dataDir ?? 'memory'}: ${(e as Error).message}`);
    }
  }

  /** The view of one plugin: it cannot see other plugins' keys. */
  forPlugin(plugin: string): PluginKv {
    return new PluginKv(this.db, plugin);
  }

  /** Close the database. Idempotent. */
  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** One plugin's keys. */
export class PluginKv {
  constructor(
    private readonly db: Database.Database,
    /** The plugin name the keys belong to. */
    readonly plugin: string,
  ) {}

  /** The value of `key`, or undefined. */
  get(key: string): KvValue | undefined {
    checkKey(key);
    const row = inNative(() => this.db.prepare('SELECT value FROM plugin_kv WHERE plugin = ? AND key = ?').get(this.plugin, key)) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as KvValue) : undefined;
  }

  /** Store `value` under `key`; undefined/null deletes it. Throws LuatdError(INVALID_PARAM) for values JSON cannot keep. */
  set(key: string, value: unknown): void {
    checkKey(key);
    if (value !== undefined && value !== null) checkValue(value, 0);
    const text = value === undefined || value === null ? undefined : JSON.stringify(value);
    if (text !== undefined && text.length > KV_MAX_VALUE) throw new LuatdError('INVALID_PARAM', `value of '${key}' is larger than ${KV_MAX_VALUE} bytes`);
    inNative(() => {
      const waited = fitLockWait(this.db, KV_BUSY_MS);
      try {
        if (text === undefined) {
          this.db.prepare('DELETE FROM plugin_kv WHERE plugin = ? AND key = ?').run(this.plugin, key);
          return;
        }
        const count = (this.db.prepare('SELECT count(*) AS n FROM plugin_kv WHERE plugin = ? AND key <> ?').get(this.plugin, key) as { n: number }).n;
        if (count >= KV_MAX_KEYS) throw new LuatdError('INVALID_PARAM', `plugin '${this.plugin}' already keeps ${KV_MAX_KEYS} keys`);
        this.db.prepare('INSERT INTO plugin_kv (plugin, key, value) VALUES (?, ?, ?) ON CONFLICT (plugin, key) DO UPDATE SET value = excluded.value').run(this.plugin, key, text);
      } catch (e) {
        if (/^SQLITE_(BUSY|LOCKED)/.test(String((e as { code?: unknown }).code))) {
          throw new LuatdError('IO', `the plugin store stayed locked by another process for ${waited} ms; try again`);
        }
        throw e;
      }
    });
  }

  /** All keys, sorted. */
  keys(): string[] {
    return (inNative(() => this.db.prepare('SELECT key FROM plugin_kv WHERE plugin = ? ORDER BY key').all(this.plugin)) as { key: string }[]).map((r) => r.key);
  }
}

function checkKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 256) {
    throw new LuatdError('INVALID_PARAM', `key must be a non-empty string of at most 256 characters, got ${typeof key === 'string' ? JSON.stringify(key) : typeof key}`);
  }
}

function checkValue(v: unknown, depth: number): void {
  if (depth > 32) throw new LuatdError('INVALID_PARAM', 'value nested deeper than 32 levels (a cycle?)');
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(v)) throw new LuatdError('INVALID_PARAM', `${v} cannot be stored (JSON has no NaN or infinity)`);
      return;
    case 'object':
      if (v === null) return;
      if (Array.isArray(v)) {
        for (const x of v) checkValue(x, depth + 1);
        return;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) {
        throw new LuatdError('INVALID_PARAM', 'only strings, numbers, booleans and plain tables can be stored');
      }
      for (const x of Object.values(v as object)) checkValue(x, depth + 1);
      return;
    default:
      throw new LuatdError('INVALID_PARAM', `a ${typeof v} cannot be stored (only strings, numbers, booleans and plain tables)`);
  }
}
