/**
 * Loading TDLib: `tdl` (the Node binding) and `prebuilt-tdlib` (the libtdjson binary and its
 * TypeScript declarations), both optional dependencies of luatd. Loaded lazily, once per thread,
 * so that luatd without them installs and runs on the embedded core; asking for the TDLib
 * backend then fails with a message saying exactly what to install.
 *
 * Only the parts of tdl luatd uses are typed here (tdl's own types need TDLib's declarations,
 * which are optional too, so the build cannot depend on them).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { LuatdError } from '../../errors.js';

/** A TDLib object as tdl passes it. */
export type TdJson = { _: string; [k: string]: unknown };

/** The subset of a tdl client luatd drives. */
export interface TdlClient {
  invoke(request: TdJson): Promise<TdJson>;
  on(event: 'update', listener: (update: TdJson) => void): unknown;
  on(event: 'error', listener: (e: unknown) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  close(): Promise<void>;
  isClosed(): boolean;
}

/** The subset of the tdl module luatd uses. */
export interface TdlModule {
  configure(cfg: { tdjson?: string; libdir?: string; verbosityLevel?: number | 'default'; receiveTimeout?: number }): void;
  execute(request: TdJson): TdJson;
  createBareClient(): TdlClient;
  TDLibError: new (...args: never[]) => Error & { code: number };
}

/** TDLib, ready to use in this thread. */
export interface LoadedTdlib {
  tdl: TdlModule;
  /** The libtdjson loaded. */
  tdjson: string;
  /** TDLib's version as the library reports it (`getOption` of `version`), e.g. `1.8.65`. */
  version: string;
  /** tdl's generated declarations of that TDLib (`@prebuilt-tdlib/types`), when installed. */
  typesFile?: string;
}

/** What to tell a user who asked for the TDLib backend without its packages. */
export const INSTALL_HINT =
  'the tdlib backend needs the optional packages tdl and prebuilt-tdlib: run `npm install tdl prebuilt-tdlib` in the folder where luatd is installed ' +
  '(or `npm install -g tdl prebuilt-tdlib` next to a global luatd); set LUATD_TDJSON to use another libtdjson';

const requireHere = createRequire(import.meta.url);
let loaded: LoadedTdlib | undefined;
let failure: LuatdError | undefined;

function tryRequire<T>(name: string): T | undefined {
  try {
    return requireHere(name) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

/** The declarations file of `@prebuilt-tdlib/types`, or undefined when that package is absent. */
export function tdlibTypesFile(): string | undefined {
  try {
    return path.join(path.dirname(requireHere.resolve('@prebuilt-tdlib/types/package.json')), 'tdlib-types.d.ts');
  } catch {
    return undefined;
  }
}

/**
 * Load and configure TDLib (once per thread; later calls return the same). `LUATD_TDJSON`, when
 * set, names the libtdjson to load instead of prebuilt-tdlib's. Throws LuatdError(USAGE) with
 * the install hint when a package is missing, and with the loader's reason when the library
 * cannot load on this machine.
 */
export function loadTdlib(env: NodeJS.ProcessEnv = process.env): LoadedTdlib {
  if (loaded) return loaded;
  if (failure) throw failure;
  try {
    const tdl = tryRequire<TdlModule>('tdl');
    let tdjson = env.LUATD_TDJSON;
    if (!tdjson) {
      const prebuilt = tryRequire<{ getTdjson(): string }>('prebuilt-tdlib');
      if (!tdl || !prebuilt) throw new LuatdError('USAGE', INSTALL_HINT);
      try {
        tdjson = prebuilt.getTdjson();
      } catch (e) {
        throw new LuatdError('USAGE', `prebuilt-tdlib has no TDLib for this platform (${process.platform}-${process.arch}): ${(e as Error).message}; set LUATD_TDJSON to a libtdjson built for it`);
      }
    }
    if (!tdl) throw new LuatdError('USAGE', INSTALL_HINT);
    // verbosity 0: TDLib's own log lines (stderr) would mix with the script's output
    tdl.configure({ tdjson, verbosityLevel: 0 });
    let version: string;
    try {
      const v = tdl.execute({ _: 'getOption', name: 'version' });
      version = typeof v?.value === 'string' ? v.value : String(v?.value ?? '?');
    } catch (e) {
      throw new LuatdError('USAGE', `cannot load TDLib from ${tdjson}: ${(e as Error).message}`);
    }
    loaded = { tdl, tdjson, version, typesFile: tdlibTypesFile() };
    return loaded;
  } catch (e) {
    failure = e instanceof LuatdError ? e : new LuatdError('USAGE', `cannot load TDLib: ${(e as Error).message}`);
    throw failure;
  }
}

/** Why TDLib cannot be loaded here, or undefined when it can (tests skip with this note). */
export function tdlibUnavailable(): string | undefined {
  try {
    loadTdlib();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
