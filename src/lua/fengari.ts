/**
 * The one place that imports fengari: typed-enough handles and small helpers over its C-like API.
 *
 * Lua strings are byte strings (Uint8Array in fengari); JS strings cross as their UTF-8 bytes.
 * Lua integers are 64-bit (the engine patch): within ±(2^53-1) they are JS numbers, beyond that
 * bigints; convert.ts keeps bigints from reaching the rest of the host (see docs/values.md).
 */
import fengari from 'fengari';
// two internals, for pushing a freshly encoded string without fengari copying it again; imported
// after fengari itself (its modules require each other in a cycle that only works from its entry),
// statically so that the bundled worker (src/build/bundle.mjs) holds the same copies
import lstring from 'fengari/src/lstring.js';
import lobject from 'fengari/src/lobject.js';
import Module, { createRequire } from 'node:module';
import { LuatdError } from '../errors.js';
import { clipMessage } from '../messages.js';

/**
 * The patch level of the engine this build expects: `fengari.luatd_engine`, set by
 * patches/fengari+0.1.5.patch. Bump both together whenever the patch changes.
 */
export const ENGINE_PATCH = 'luatd-2';

/**
 * Refuse to run on an unpatched (or differently patched) fengari: without the patch the limits do
 * not hold (a loop after an error caught in a coroutine is never stopped). Throws LuatdError ENGINE
 * with a message that says how to reinstall. `mod` is for tests; the default is the loaded engine.
 */
export function assertPatchedEngine(mod: { luatd_engine?: unknown } = fengari as { luatd_engine?: unknown }): void {
  const found = mod.luatd_engine;
  if (found === ENGINE_PATCH) return;
  const what = typeof found === 'string' ? `patch level '${found}', expected '${ENGINE_PATCH}'` : 'no luatd patch (plain fengari)';
  throw new LuatdError(
    'ENGINE',
    `the Lua engine luatd loaded is not the patched copy it ships with (${what}); limits would not hold, so luatd refuses to run. ` +
      'Reinstall luatd from its package (npm install -g luatd, or npm install luatd), which carries the patched engine; ' +
      'in a checkout of the sources run npm install (its prepare step applies patches/).',
    { found: typeof found === 'string' ? found : null, expected: ENGINE_PATCH },
  );
}

/** fengari's `lua` namespace (lua.h). */
export const lua = fengari.lua;
/** fengari's `lauxlib` namespace (lauxlib.h). */
export const lauxlib = fengari.lauxlib;
/** fengari's `lualib` namespace (lualib.h). */
export const lualib = fengari.lualib;

/** fengari-interop's module (the `js` library of --allow-js). */
export interface Interop {
  luaopen_js: (L: LuaState) => number;
}

/**
 * fengari-interop, loaded on first use (a CommonJS file that requires 'fengari' itself). It must
 * drive this very copy of the engine: in the bundled worker fengari lives inside the bundle, so it
 * is entered into require's cache under its usual name before interop asks for it.
 */
export function requireInterop(): Interop {
  const requireCjs = createRequire(import.meta.url);
  const id = requireCjs.resolve('fengari');
  if (!requireCjs.cache[id]) {
    const m = new Module(id);
    m.filename = id;
    m.loaded = true;
    m.exports = fengari;
    requireCjs.cache[id] = m;
  }
  return requireCjs('fengari-interop') as Interop;
}

/** An opaque fengari lua_State. */
export type LuaState = any;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');
const keyCache = new Map<string, Uint8Array>();

/** UTF-8 bytes of a JS string. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** UTF-8 bytes of a short, frequently used string (field names), cached. */
export function key(s: string): Uint8Array {
  let b = keyCache.get(s);
  if (b === undefined) {
    b = encoder.encode(s);
    if (keyCache.size < 50_000) keyCache.set(s, b);
  }
  return b;
}

/** Decode UTF-8, replacing invalid sequences (for messages and output). */
export function decodeLenient(b: Uint8Array): string {
  return lenientDecoder.decode(b);
}

/** Decode UTF-8 strictly; undefined when the bytes are not valid UTF-8. */
export function decodeStrict(b: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(b);
  } catch {
    return undefined;
  }
}

/** Push bytes the caller just allocated and will not touch again (fengari keeps them, no copy). */
export function pushOwnedBytes(L: LuaState, b: Uint8Array): void {
  lobject.pushsvalue2s(L, lstring.luaS_bless(L, b));
}

/** Push a JS string as its UTF-8 bytes. */
export function pushString(L: LuaState, s: string): void {
  lua.lua_pushstring(L, s.length < 64 ? key(s) : encoder.encode(s));
}

/** The string at `idx` (after Lua's number→string coercion), decoded leniently; undefined when not a string/number. */
export function toJsString(L: LuaState, idx: number): string | undefined {
  const b = lua.lua_tolstring(L, idx);
  return b === null || b === undefined ? undefined : decodeLenient(b);
}

/** `luaL_tolstring` (honours __tostring/__name) as a JS string; leaves the stack unchanged. */
export function toDisplayString(L: LuaState, idx: number): string {
  const abs = lua.lua_absindex(L, idx);
  lauxlib.luaL_tolstring(L, abs);
  const s = decodeLenient(lua.lua_tolstring(L, -1));
  lua.lua_pop(L, 1);
  return s;
}

/** Raise a Lua error with the caller's position (`chunk:line: `) prefixed, like luaL_error. Never returns. */
export function raise(L: LuaState, message: string, level = 1): never {
  lauxlib.luaL_where(L, level);
  pushString(L, clipMessage(message));
  lua.lua_concat(L, 2);
  lua.lua_error(L);
  throw new Error('unreachable');
}
