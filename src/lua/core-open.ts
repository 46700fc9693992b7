/**
 * Opening the backend for the Lua host (the CLI's `run`, the library's `createHost`, the
 * script worker, the REPL): the embedded core by default, or a real TDLib (`backend: 'tdlib'`).
 * Backend modules are imported lazily: a host given its own Client never loads SQLite or TDLib,
 * and a bare VM starts without paying for either.
 */
import type { Client } from '../core/client.js';
import type { SchemaIR } from '../schema/ir.js';
import { loadSchema, ourSchema } from '../schema/parser.js';

/** Which backend serves the API. */
export type BackendName = 'embedded' | 'tdlib';

/** Options of the TDLib backend (see src/core/tdlib/index.ts). */
export interface TdlibBackendOptions {
  /** api_id (default $LUATD_API_ID). */
  apiId?: number | string;
  /** api_hash (default $LUATD_API_HASH). */
  apiHash?: string;
  /** Telegram's test environment. */
  testDc?: boolean;
  /** Translate the legacy login calls (default `legacy`). */
  compat?: 'legacy' | 'none';
}

/** Where the core keeps its data and which session to use. */
export interface CoreOptions {
  /** Data directory (several sessions and processes may share one). */
  dataDir?: string;
  /** Keep everything in memory (a fresh core, nothing written). */
  memory?: boolean;
  /** Session name inside the data directory (default: the core's default session). */
  session?: string;
  /** Receives login codes sent to non-test phone numbers. */
  codeSink?: (phone: string, code: string) => void;
  /** Default `embedded`. */
  backend?: BackendName;
  /** With `backend: 'tdlib'`. */
  tdlib?: TdlibBackendOptions;
  /** Told when the embedded core skips a damaged update row (EmbeddedCoreOptions.onWarning). */
  onWarning?: (message: string) => void;
}

/** Open the chosen backend's client. Throws LuatdError (USAGE, IO, DATA_CORRUPT) when it is unusable. */
export async function openCore(opts: CoreOptions, schemaFile?: string | SchemaIR): Promise<Client> {
  if (opts.backend === 'tdlib') {
    const { openTdlib } = await import('../core/tdlib/index.js');
    return openTdlib({ dataDir: opts.dataDir, memory: opts.memory, session: opts.session, schema: typeof schemaFile === 'string' ? schemaFile : undefined, ...opts.tdlib });
  }
  const { openEmbeddedCore } = await import('../core/index.js');
  return openEmbeddedCore({
    ...(opts.memory ? { memory: true } : { dataDir: opts.dataDir }),
    session: opts.session,
    codeSink: opts.codeSink,
    onWarning: opts.onWarning,
    // the host validates and normalises every request against the schema before invoking
    trustRequests: true,
    // another schema's functions are served only where they have our shapes (src/core/served.ts)
    schema: typeof schemaFile === 'string' ? loadSchema(schemaFile) : schemaFile,
  });
}

/**
 * The schema the host offers for these options: `schema` (a .tl or TDLib's .d.ts, or an IR)
 * when given, else the backend's own (ours for the embedded core; the loaded TDLib's, plus the
 * legacy login calls unless `--compat none`, for TDLib).
 */
export async function backendSchema(opts: Pick<CoreOptions, 'backend' | 'tdlib'>, schema?: string | SchemaIR): Promise<SchemaIR> {
  if (typeof schema === 'object') return schema;
  if (opts.backend === 'tdlib') {
    const { tdlibSchema } = await import('../core/tdlib/index.js');
    return tdlibSchema({ schema, compat: opts.tdlib?.compat });
  }
  return schema === undefined ? ourSchema() : loadSchema(schema);
}
