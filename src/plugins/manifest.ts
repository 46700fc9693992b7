/**
 * Plugin manifests: what a plugin is called and what it may do. Read from `plugin.json`
 * in the plugin's folder, or from the table `init.lua` returns (checked the same way).
 */
import { LuatdError } from '../errors.js';

/** A checked manifest. */
export interface PluginManifest {
  /** Unique name: letters, digits, `_` and `-`, starting with a letter. */
  name: string;
  version: string;
  description: string;
  /** API functions the plugin may call; `*` allows all of them. */
  permissions: string[];
  /**
   * Update types (`updateNewMessage` ...) delivered to the plugin; `*` means all. Nothing else
   * reaches it: its `/commands` get only the messages that start with one of them.
   */
  updates: string[];
  /** JS/TS plugins: the module to import, relative to the plugin folder (`index.mjs`). */
  main?: string;
}

const NAME_RE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** True when `s` is an acceptable plugin name. */
export function isPluginName(s: string): boolean {
  return NAME_RE.test(s);
}

function strings(v: unknown, field: string, where: string): string[] {
  if (v === undefined || v === null) return [];
  // a Lua table converted to JS may arrive as an object with keys "1", "2", ...
  const arr = Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v as object) : undefined;
  if (!arr || arr.some((x) => typeof x !== 'string')) {
    throw new LuatdError('PLUGIN', `${where}: '${field}' must be a list of strings`);
  }
  return arr as string[];
}

/**
 * Check a raw manifest (parsed JSON or a converted Lua table). `fallbackName` (the folder
 * name) is used when the manifest has no name. Throws LuatdError(PLUGIN) naming the field.
 */
export function checkManifest(raw: unknown, fallbackName: string, where: string): PluginManifest {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new LuatdError('PLUGIN', `${where}: the manifest must be an object`);
  }
  const m = raw as Record<string, unknown>;
  const name = m.name === undefined ? fallbackName : m.name;
  if (typeof name !== 'string' || !isPluginName(name)) {
    throw new LuatdError('PLUGIN', `${where}: 'name' must match ${NAME_RE.source}, got ${JSON.stringify(name)}`);
  }
  for (const f of ['version', 'description', 'main'] as const) {
    if (m[f] !== undefined && typeof m[f] !== 'string') {
      throw new LuatdError('PLUGIN', `${where}: '${f}' must be a string`);
    }
  }
  return {
    name,
    version: (m.version as string | undefined) ?? '0.0.0',
    description: (m.description as string | undefined) ?? '',
    permissions: strings(m.permissions, 'permissions', where),
    updates: strings(m.updates, 'updates', where),
    ...(m.main === undefined ? {} : { main: m.main as string }),
  };
}

/** True when the manifest lets the plugin call `method`. */
export function allows(m: PluginManifest, method: string): boolean {
  return m.permissions.includes('*') || m.permissions.includes(method);
}

/** True when the plugin asked for updates of type `type`. */
export function wantsUpdate(m: PluginManifest, type: string): boolean {
  return m.updates.includes('*') || m.updates.includes(type);
}
