/**
 * Opening the embedded core for the Lua host (the CLI's `run`, the library's `createHost`, the
 * script worker). The core module is imported lazily: a host given its own Client never loads
 * SQLite, and a bare VM starts without paying for it.
 */
import type { Client } from '../core/client.js';

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
}

/** Open an embedded core client. Throws LuatdError (USAGE, IO, DATA_CORRUPT) when its data is unusable. */
export async function openCore(opts: CoreOptions): Promise<Client> {
  const { openEmbeddedCore } = await import('../core/index.js');
  return openEmbeddedCore({
    ...(opts.memory ? { memory: true } : { dataDir: opts.dataDir }),
    session: opts.session,
    codeSink: opts.codeSink,
    // the host validates and normalises every request against the schema before invoking
    trustRequests: true,
  });
}
