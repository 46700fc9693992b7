/**
 * Opening the embedded core for the Lua host (the CLI's `run`, the library's `createHost`, the
 * script worker). The core module is imported lazily: a host given its own Client never loads
 * SQLite, and a VM starts without paying for it.
 */
import { LuatdError } from '../errors.js';
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

type OpenCore = (opts: Record<string, unknown>) => Client | Promise<Client>;

// the modules that may export openEmbeddedCore, first match wins (the core's entry point)
const CANDIDATES = ['../core/index.js', '../core/embedded.js', '../core/engine/index.js', '../core/engine/engine.js'];

let opener: OpenCore | undefined;

async function findOpener(): Promise<OpenCore> {
  if (opener) return opener;
  const reasons: string[] = [];
  for (const c of CANDIDATES) {
    try {
      const m = (await import(c)) as { openEmbeddedCore?: OpenCore };
      if (typeof m.openEmbeddedCore === 'function') {
        opener = m.openEmbeddedCore;
        return opener;
      }
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'ERR_MODULE_NOT_FOUND') reasons.push(`${c}: ${(e as Error).message}`);
    }
  }
  throw new LuatdError('USAGE', `the embedded core is not available (no openEmbeddedCore in src/core)${reasons.length ? ': ' + reasons.join('; ') : ''}`);
}

/** Open an embedded core client. Throws LuatdError when the core is unavailable or its data is unusable. */
export async function openCore(opts: CoreOptions): Promise<Client> {
  const open = await findOpener();
  const args: Record<string, unknown> = {};
  if (opts.memory) args.memory = true;
  else if (opts.dataDir) args.dataDir = opts.dataDir;
  if (opts.session) args.session = opts.session;
  if (opts.codeSink) args.codeSink = opts.codeSink;
  return await open(args);
}
