/**
 * The TDLib backend: a real TDLib (through tdl, binary from prebuilt-tdlib, both optional
 * dependencies) behind the same Client interface as the embedded engine, with TDLib's own
 * schema. See docs/tdlib.md.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LuatdError } from '../../errors.js';
import { loadSchema } from '../../schema/parser.js';
import type { SchemaIR } from '../../schema/ir.js';
import type { Client } from '../client.js';
import { TdlibClient } from './client.js';
import { LegacyCompatClient, withLegacySchema } from './compat.js';
import { loadTdlib, tdlibTypesFile } from './load.js';

export { INSTALL_HINT, loadTdlib, tdlibUnavailable, tdlibTypesFile } from './load.js';
export { LEGACY_FUNCTIONS, legacyState, withLegacySchema } from './compat.js';

/** `--compat`: translate the legacy login calls (default) or not. */
export type CompatMode = 'legacy' | 'none';

/** Options of openTdlib (the CLI's --backend tdlib flags). */
export interface TdlibOptions {
  /** luatd data directory: TDLib's database goes in `tdlib/<session>` inside it. */
  dataDir?: string;
  /** A throwaway database in a temporary folder, removed at close. */
  memory?: boolean;
  /** Session name (one TDLib database each). Default `default`. */
  session?: string;
  /** api_id from my.telegram.org; default $LUATD_API_ID. */
  apiId?: number | string;
  /** api_hash; default $LUATD_API_HASH. */
  apiHash?: string;
  /** Telegram's test environment (its own databases: `tdlib-test/<session>`). */
  testDc?: boolean;
  /** Default `legacy`. */
  compat?: CompatMode;
  /** A td_api.tl (or tdlib-types.d.ts) to use instead of the declarations of the TDLib installed. */
  schema?: string;
  /** Errors thrown by update listeners. */
  onListenerError?: (e: unknown) => void;
  /** Environment for the LUATD_* defaults (tests). */
  env?: NodeJS.ProcessEnv;
}

const SESSION_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$/;
const withLegacy = new WeakMap<SchemaIR, SchemaIR>();

/**
 * The schema of the TDLib installed (its tdl declarations), or of `schema` when given, plus the
 * legacy declarations unless compat is `none`. Throws LuatdError(USAGE) when there is neither.
 */
export function tdlibSchema(opts: { schema?: string; compat?: CompatMode } = {}): SchemaIR {
  const file = opts.schema ?? tdlibTypesFile();
  if (!file) throw new LuatdError('USAGE', "the tdlib backend's schema comes from @prebuilt-tdlib/types (installed with prebuilt-tdlib), or give a td_api.tl with --schema");
  const base = loadSchema(file);
  if (opts.compat === 'none') return base;
  let ir = withLegacy.get(base);
  if (!ir) {
    ir = withLegacySchema(base);
    withLegacy.set(base, ir);
  }
  return ir;
}

/** api_id as TDLib wants it: a positive integer. */
function parseApiId(v: number | string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new LuatdError('USAGE', `api_id must be a positive integer (from my.telegram.org), got '${String(v)}'`);
  return n;
}

/**
 * Open the TDLib backend. Throws LuatdError(USAGE) when TDLib is not installed (saying what to
 * install), or the options are unusable.
 */
export function openTdlib(opts: TdlibOptions): Client {
  const env = opts.env ?? process.env;
  const compat = opts.compat ?? 'legacy';
  if (compat !== 'legacy' && compat !== 'none') throw new LuatdError('USAGE', `--compat must be legacy or none, got '${String(compat)}'`);
  const session = opts.session ?? 'default';
  if (!SESSION_NAME.test(session)) throw new LuatdError('USAGE', `invalid session name '${session}': use 1-64 letters, digits, '_', '-' or '.', not starting with '.'`);
  const apiId = parseApiId(opts.apiId ?? env.LUATD_API_ID);
  const apiHash = opts.apiHash ?? env.LUATD_API_HASH ?? undefined;
  if ((apiId === undefined) !== (apiHash === undefined || apiHash === '')) {
    throw new LuatdError('USAGE', 'give both api_id and api_hash (--api-id/--api-hash or LUATD_API_ID/LUATD_API_HASH), or neither');
  }
  const lib = loadTdlib(env);
  const ir = tdlibSchema({ schema: opts.schema, compat: 'none' });
  const synchronous = new Set(ir.functions.filter((f) => f.synchronous).map((f) => f.name));
  let dir: string;
  let temp: string | undefined;
  if (opts.memory) {
    temp = mkdtempSync(path.join(os.tmpdir(), 'luatd-tdlib-'));
    dir = temp;
  } else {
    if (!opts.dataDir) throw new LuatdError('USAGE', 'the tdlib backend needs a data directory (or memory: true)');
    dir = path.join(opts.dataDir, opts.testDc ? 'tdlib-test' : 'tdlib', session);
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (e) {
      throw new LuatdError('IO', `cannot create TDLib's database folder ${dir}: ${(e as Error).message}`);
    }
  }
  const client = new TdlibClient(
    lib,
    {
      databaseDirectory: path.join(dir, 'db'),
      filesDirectory: path.join(dir, 'files'),
      apiId,
      apiHash: apiId === undefined ? undefined : apiHash,
      useTestDc: opts.testDc ?? false,
      applicationVersion: 'luatd',
    },
    synchronous,
    opts.onListenerError,
  );
  const closing: Client = temp
    ? {
        backend: client.backend,
        invoke: (r) => client.invoke(r),
        invokeSync: (r) => client.invokeSync(r),
        onUpdate: (l) => client.onUpdate(l),
        close: async () => {
          await client.close();
          rmSync(temp, { recursive: true, force: true });
        },
      }
    : client;
  return compat === 'legacy' ? new LegacyCompatClient(closing) : closing;
}
