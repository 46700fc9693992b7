/**
 * Permissions of a script the user trusts, Deno-style: the sandbox is the default, and each flag
 * opens one door (`--allow-read[=PATHS]`, `--allow-write[=PATHS]`, `--allow-env[=NAMES]`,
 * `--allow-debug`, `--allow-js`, `-A/--allow-all`).
 *
 * Paths are compared after resolving symlinks and `..` on both sides (the grant and the file), so a
 * link inside a granted folder that points outside it, or `granted/../secret`, is refused.
 * Plugins never get permissions: only scripts (run, repl, the library) do.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { LuatdError } from '../errors.js';

/** What a script may do beyond the sandbox. `true` grants everything of a kind; a list grants only those paths or names. */
export interface Permissions {
  /** Read files (io, dofile/loadfile/require outside the module roots): everything, or these paths and what is under them. */
  read?: boolean | string[];
  /** Write, create, remove and rename files: everything, or these paths and what is under them. */
  write?: boolean | string[];
  /** os.getenv: every variable, or these names. */
  env?: boolean | string[];
  /** The whole `debug` library (sethook, getinfo, getlocal, upvalues...). */
  debug?: boolean;
  /** `require("js")`: fengari-interop's bridge to JavaScript (full Node access). */
  js?: boolean;
  /** Everything above (`-A`). */
  all?: boolean;
}

/** The CLI flag that grants each kind, as refusals name it. */
export const PERMISSION_FLAGS = {
  read: '--allow-read',
  write: '--allow-write',
  env: '--allow-env',
  debug: '--allow-debug',
  js: '--allow-js',
} as const;

/** Permissions resolved once: grants as real paths, so checks are plain prefix tests. */
export class Grants {
  private readonly readAll: boolean;
  private readonly writeAll: boolean;
  private readonly envAll: boolean;
  private readonly readPaths: string[];
  private readonly writePaths: string[];
  private readonly envNames: Set<string>;
  /** The whole debug library. */
  readonly debug: boolean;
  /** require("js"). */
  readonly js: boolean;

  constructor(p: Permissions = {}) {
    const all = p.all === true;
    this.readAll = all || p.read === true;
    this.writeAll = all || p.write === true;
    this.envAll = all || p.env === true;
    this.readPaths = Array.isArray(p.read) ? p.read.map(realPath) : [];
    this.writePaths = Array.isArray(p.write) ? p.write.map(realPath) : [];
    this.envNames = new Set(Array.isArray(p.env) ? p.env : []);
    this.debug = all || p.debug === true;
    this.js = all || p.js === true;
  }

  /** True when the script has no permission at all (the plain sandbox). */
  get none(): boolean {
    return !this.anyRead && !this.anyWrite && !this.anyEnv && !this.debug && !this.js;
  }

  /** Some reading is granted (io exists, dofile/loadfile/require may look outside the module roots). */
  get anyRead(): boolean {
    return this.readAll || this.readPaths.length > 0;
  }

  /** Some writing is granted. */
  get anyWrite(): boolean {
    return this.writeAll || this.writePaths.length > 0;
  }

  /** Some environment variable may be read. */
  get anyEnv(): boolean {
    return this.envAll || this.envNames.size > 0;
  }

  /** May the file at this real path be read? */
  canRead(real: string): boolean {
    return this.readAll || under(real, this.readPaths);
  }

  /** May the file at this real path be written, created or removed? */
  canWrite(real: string): boolean {
    return this.writeAll || under(real, this.writePaths);
  }

  /** May this environment variable be read? */
  canEnv(name: string): boolean {
    return this.envAll || this.envNames.has(name);
  }
}

function under(real: string, roots: string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
}

/**
 * The real absolute path of `p` (relative to the current folder): symlinks and `..` resolved.
 * For a path that does not exist yet (a file about to be written), its nearest existing parent
 * is resolved and the rest appended, so a new file is judged by the folder it lands in.
 */
export function realPath(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    if (parent === abs) return abs;
    return path.join(realPath(parent), path.basename(abs));
  }
}

/** The refusal every door uses: `io.open: reading '/etc/hosts' needs --allow-read`. */
export function refusal(what: string, action: string, subject: string, flag: string): string {
  return `${what}: ${action} '${subject}' needs ${flag}`;
}

/**
 * Parse the value of a `--allow-read=PATHS`-style flag: none (everything) or a comma-separated
 * list. Commander gives `true` for a bare flag.
 */
export function parseGrant(flag: string, v: string | boolean | undefined): boolean | string[] | undefined {
  if (v === undefined || v === false) return undefined;
  if (v === true) return true;
  const items = v.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length === 0) throw new LuatdError('USAGE', `${flag}= expects a comma-separated list (or nothing, for all), got '${v}'`);
  return items;
}

/** Check a library option: a Permissions object with known keys of the right types. */
export function checkPermissions(p: unknown): Permissions | undefined {
  if (p === undefined) return undefined;
  if (typeof p !== 'object' || p === null) throw new LuatdError('USAGE', `permissions must be an object like {read: true, env: ['HOME']}, got ${typeof p}`);
  const known = new Set(['read', 'write', 'env', 'debug', 'js', 'all']);
  for (const [k, v] of Object.entries(p)) {
    if (!known.has(k)) throw new LuatdError('USAGE', `permissions: unknown key '${k}' (known: ${[...known].join(', ')})`);
    const listOk = (k === 'read' || k === 'write' || k === 'env') && Array.isArray(v) && v.every((x) => typeof x === 'string');
    if (v !== undefined && typeof v !== 'boolean' && !listOk) {
      throw new LuatdError('USAGE', `permissions.${k} must be ${k === 'read' || k === 'write' || k === 'env' ? 'a boolean or a list of strings' : 'a boolean'}`);
    }
  }
  return p as Permissions;
}

/** Deepest object nesting walked when looking for local file paths (deeper requests fail validation anyway). */
const MAX_FILE_SEARCH_DEPTH = 64;

/**
 * The host paths a request asks the backend to read: every `inputFileLocal` in it, at any depth
 * (a photo's file, its thumbnail, a sticker's file...). The backend then reads that file with the
 * host's rights, so naming it is reading it.
 */
export function localFilePaths(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > MAX_FILE_SEARCH_DEPTH || typeof value !== 'object' || value === null) return out;
  if (Array.isArray(value)) {
    for (const v of value) localFilePaths(v, out, depth + 1);
    return out;
  }
  const o = value as Record<string, unknown>;
  if (o._ === 'inputFileLocal' && typeof o.path === 'string') out.push(o.path);
  for (const k of Object.keys(o)) if (k !== '_') localFilePaths(o[k], out, depth + 1);
  return out;
}

/**
 * Why a request may not go to the backend: it names a host file (inputFileLocal) that the caller
 * may not read. Scripts need the same grant as io.open (`--allow-read`, checked on the real path);
 * plugins (no grants) never name host files. Without this, `uploadFile` of `/etc/passwd` followed
 * by a send to another account would read any file the host can.
 */
export function localFileRefusal(method: string, request: unknown, grants: Grants | undefined): string | undefined {
  for (const p of localFilePaths(request)) {
    if (!grants) return `${method}: reading '${p}': plugins cannot name files of the host (inputFileLocal); use a file id`;
    if (!grants.canRead(realPath(p))) return refusal(method, 'reading', p, PERMISSION_FLAGS.read);
  }
  return undefined;
}
