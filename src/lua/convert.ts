/**
 * Values across the Lua/JS boundary (the rules are written down in docs/values.md).
 *
 * JS → Lua (results, updates): objects become tables with `_`, arrays 1-based sequences, null nil,
 * integral numbers Lua integers (64-bit in the engine, so int53 ids are exact integers), other numbers floats,
 * strings their UTF-8 bytes, `bytes` fields (base64 on the wire) raw Lua byte strings.
 * Lua → JS (requests): the schema type of each position, when known, picks the reading of a Lua
 * string (`string` → strict UTF-8, `bytes` → base64) and of a number (`int64` → decimal string, exact
 * for any Lua integer). A Lua integer beyond 2^53 elsewhere becomes the nearest double (so that the
 * validator reports it out of range); the engine's BigInts never leave this file.
 * Everything else is converted as is and checked afterwards by the schema validator.
 */
import { lua, lauxlib, key, decodeStrict, pushOwnedBytes, type LuaState } from './fengari.js';
import type { TypeRef } from '../schema/ir.js';
import { MAX_NESTING, builtinOf, formatType } from '../schema/builtins.js';
import { quote } from '../messages.js';
import type { ApiSchema } from './schema-view.js';

/** A value that cannot cross the boundary; `path` names where (`reply_markup.rows[2]`). */
export class ConversionError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(path ? `Invalid ${quote(path)}: ${reason}` : reason);
    this.name = 'ConversionError';
  }
}

/**
 * The Lua integer at idx: a JS number within ±(2^53-1), else a bigint (the engine's 64-bit integers,
 * see the fengari patch's lint.js).
 */
export function luaInteger(L: LuaState, idx: number): number | bigint {
  return lua.lua_tointeger(L, idx) as number | bigint;
}

/** Deepest nesting accepted in a request: the validator's limit (deeper is almost surely a mistake, and recursion is bounded). */
const MAX_DEPTH = MAX_NESTING;
/** Metatable (in the registry) given to error results: readable `tostring`. */
export const ERROR_MT = 'luatd.error';

const TYPE_NAMES = ['nil', 'boolean', 'userdata', 'number', 'string', 'table', 'function', 'userdata', 'thread'];
/** The Lua type name of the value at idx (`function`, `thread`, ...). */
export function luaTypeName(L: LuaState, idx: number): string {
  return TYPE_NAMES[lua.lua_type(L, idx)] ?? 'no value';
}

function join(path: string, k: string | number): string {
  return typeof k === 'number' ? `${path}[${k}]` : path ? `${path}.${k}` : k;
}

/**
 * Convert the Lua value at `idx` to JS, guided by `hint` (the schema type expected there, if known).
 * Throws ConversionError for values with no JS form (functions, cycles, mixed tables, bad UTF-8).
 */
export function luaToJs(L: LuaState, idx: number, hint: TypeRef | undefined, schema: ApiSchema, path: string, seen: Set<unknown> = new Set(), depth = 0): unknown {
  idx = lua.lua_absindex(L, idx);
  switch (lua.lua_type(L, idx)) {
    case lua.LUA_TNIL:
    case lua.LUA_TNONE:
      return null;
    case lua.LUA_TBOOLEAN:
      return lua.lua_toboolean(L, idx);
    case lua.LUA_TNUMBER: {
      if (builtinOf(hint)?.luaNumber === 'decimal') {
        // int64 goes out as a decimal string: any Lua integer is exact; a float only when it is a safe integer
        if (lua.lua_isinteger(L, idx)) return String(luaInteger(L, idx));
        const f: number = lua.lua_tonumber(L, idx);
        if (Number.isSafeInteger(f)) return String(f);
        throw new ConversionError(path, `expected int64 (an integer or a decimal string), got ${Number.isInteger(f) ? 'a float beyond 2^53 (pass an integer or a string)' : 'non-integral number ' + f}`);
      }
      // a double; an integer beyond 2^53 rounds, and the validator refuses it for int32/int53
      const n: number = lua.lua_tonumber(L, idx);
      return n;
    }
    case lua.LUA_TSTRING: {
      const bytes: Uint8Array = lua.lua_tolstring(L, idx);
      if (builtinOf(hint)?.luaString === 'bytes') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
      const s = decodeStrict(bytes);
      if (s === undefined) throw new ConversionError(path, 'expected a UTF-8 string, got invalid UTF-8 bytes (use a bytes field for binary data)');
      return s;
    }
    case lua.LUA_TTABLE:
      return tableToJs(L, idx, hint, schema, path, seen, depth);
    default:
      throw new ConversionError(path, `cannot pass a ${luaTypeName(L, idx)} value to the API`);
  }
}

function tableToJs(L: LuaState, idx: number, hint: TypeRef | undefined, schema: ApiSchema, path: string, seen: Set<unknown>, depth: number): unknown {
  const ptr = lua.lua_topointer(L, idx);
  if (seen.has(ptr)) throw new ConversionError(path, 'cyclic table (a table that contains itself)');
  if (depth >= MAX_DEPTH) throw new ConversionError(path, `tables nested deeper than ${MAX_DEPTH} levels`);
  // each level keeps a key and a value on the stack: make room (Lua only guarantees 20 slots)
  if (!lua.lua_checkstack(L, 4)) throw new ConversionError(path, 'tables nested too deeply');
  seen.add(ptr);
  try {
    const wantsVector = hint?.kind === 'vector';
    const of = wantsVector ? hint.of : undefined;
    // `_` names the constructor; its params give the hints for the fields
    let ctorName: string | undefined;
    let rawCtor: unknown;
    if (!wantsVector) {
      if (lua.lua_getfield(L, idx, key('_')) === lua.LUA_TSTRING) ctorName = decodeStrict(lua.lua_tolstring(L, -1));
      else if (lua.lua_type(L, -1) !== lua.LUA_TNIL) rawCtor = luaToJs(L, -1, undefined, schema, join(path, '_'), seen, depth + 1);
      lua.lua_pop(L, 1);
      if (ctorName === undefined && rawCtor === undefined && hint) ctorName = schema.soleConstructor(hint);
    }
    const fieldTypes = ctorName !== undefined ? schema.fieldTypes(ctorName) : undefined;
    // one pass: sequence part (keys 1..n) into `arr`, named keys into `obj`; mixing is refused
    let arr: unknown[] | undefined;
    let obj: Record<string, unknown> | undefined;
    let count = 0;
    let maxIndex = 0;
    let firstName: string | undefined;
    let badKey: string | undefined;
    lua.lua_pushnil(L);
    while (lua.lua_next(L, idx) !== 0) {
      const kt = lua.lua_type(L, -2);
      if (kt === lua.LUA_TSTRING) {
        const k = decodeStrict(lua.lua_tolstring(L, -2));
        if (k === undefined) badKey ??= 'a key that is not valid UTF-8';
        else if (k !== '_') {
          firstName ??= k;
          if (count === 0 && badKey === undefined) (obj ??= {})[k] = luaToJs(L, -1, fieldTypes?.get(k), schema, join(path, k), seen, depth + 1);
        }
      } else if (kt === lua.LUA_TNUMBER && lua.lua_isinteger(L, -2) && typeof luaInteger(L, -2) === 'number' && luaInteger(L, -2) >= 1) {
        const i = luaInteger(L, -2) as number;
        if (count === 0 && !wantsVector && hint !== undefined && hint.kind !== 'typevar') {
          throw new ConversionError(path, `expected ${describeType(hint)}, got a sequence table`);
        }
        count++;
        if (i > maxIndex) maxIndex = i;
        if (firstName === undefined && badKey === undefined) (arr ??= [])[i - 1] = luaToJs(L, -1, of, schema, join(path, i), seen, depth + 1);
      } else {
        badKey ??= `a key of type ${luaTypeName(L, -2)}${kt === lua.LUA_TNUMBER ? ' (' + (lua.lua_isinteger(L, -2) ? String(luaInteger(L, -2)) : lua.lua_tonumber(L, -2)) + ')' : ''}`;
      }
      lua.lua_pop(L, 1);
    }
    if (badKey) throw new ConversionError(path, `table has ${badKey}; use a sequence or string keys`);
    if (count > 0 && firstName !== undefined) {
      throw new ConversionError(path, `table is both a sequence (${count} items) and a map (key ${quote(firstName)}); use one or the other`);
    }
    if (count > 0 && maxIndex !== count) throw new ConversionError(path, `table has holes (${count} values, largest index ${maxIndex}); a vector needs indices 1..n`);
    if (count > 0) return arr;
    if (wantsVector) {
      if (firstName !== undefined) throw new ConversionError(path, `expected ${describeType(hint)} (a sequence table), got a table with key ${quote(firstName)}`);
      return [];
    }
    const out: Record<string, unknown> = {};
    if (ctorName !== undefined) out._ = ctorName;
    else if (rawCtor !== undefined) out._ = rawCtor;
    return obj ? Object.assign(out, obj) : out;
  } finally {
    seen.delete(ptr);
  }
}

/** A short human name of a schema type, for messages (the one printer, src/schema/builtins.ts). */
export function describeType(t: TypeRef): string {
  return formatType(t);
}

/**
 * Interned field names, per Lua state: a Lua table (in the registry) holding each name once.
 * Why: fengari hashes a string key by building a JS string of its bytes in hex, anew for every
 * lua_setfield; pushing the one interned string (whose hash is cached on it) makes building a
 * 1,000-message result several times faster and far lighter on the GC.
 */
interface KeyCache {
  ref: number;
  index: Map<string, number>;
}
const keyCaches = new WeakMap<object, KeyCache>();
/** Most names kept per state (field and constructor names of a schema are a few thousand). */
const MAX_INTERNED = 20_000;

function keyCacheOf(L: LuaState): KeyCache {
  const g = L.l_G as object;
  let kc = keyCaches.get(g);
  if (!kc) {
    lua.lua_createtable(L, 0, 0);
    kc = { ref: lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX), index: new Map() };
    keyCaches.set(g, kc);
  }
  return kc;
}

/** Push the interned Lua string for `k` (the key table is at stack index kt). */
function pushInterned(L: LuaState, kc: KeyCache, kt: number, k: string): void {
  const i = kc.index.get(k);
  if (i !== undefined) {
    lua.lua_rawgeti(L, kt, i);
    return;
  }
  lua.lua_pushstring(L, key(k));
  if (kc.index.size < MAX_INTERNED) {
    const n = kc.index.size + 1;
    lua.lua_pushvalue(L, -1);
    lua.lua_rawseti(L, kt, n);
    kc.index.set(k, n);
  }
}

/**
 * Push a JS value (a result or an update) onto the Lua stack. `bytes` fields (known from each
 * object's constructor) are base64-decoded to raw Lua strings; error objects get ERROR_MT.
 */
export function pushJs(L: LuaState, v: unknown, schema: ApiSchema): void {
  if (typeof v !== 'object' || v === null) {
    pushScalar(L, v);
    return;
  }
  const kc = keyCacheOf(L);
  lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, kc.ref);
  const kt = lua.lua_gettop(L);
  pushValue(L, v, schema, kc, kt);
  lua.lua_remove(L, kt);
}

function pushScalar(L: LuaState, v: unknown): void {
  switch (typeof v) {
    case 'string':
      if (v.length < 32) lua.lua_pushstring(L, key(v));
      else pushOwnedBytes(L, encodeText(v));
      return;
    case 'number':
      // integral numbers (int32, int53 ids) are Lua integers and print exactly; others are floats
      if (Number.isSafeInteger(v)) lua.lua_pushinteger(L, v);
      else lua.lua_pushnumber(L, v);
      return;
    case 'boolean':
      lua.lua_pushboolean(L, v);
      return;
    case 'bigint':
      lua.lua_pushstring(L, key(v.toString()));
      return;
    default:
      lua.lua_pushnil(L);
  }
}

function pushValue(L: LuaState, v: unknown, schema: ApiSchema, kc: KeyCache, kt: number): void {
  if (typeof v !== 'object' || v === null) {
    pushScalar(L, v);
    return;
  }
  lauxlib.luaL_checkstack(L, 4, null);
  if (Array.isArray(v)) {
    lua.lua_createtable(L, v.length, 0);
    for (let i = 0; i < v.length; i++) {
      pushValue(L, v[i], schema, kc, kt);
      lua.lua_rawseti(L, -2, i + 1);
    }
    return;
  }
  const o = v as Record<string, unknown>;
  const ctor = typeof o._ === 'string' ? o._ : undefined;
  const bytesFields = ctor !== undefined ? schema.bytesFields(ctor) : undefined;
  lua.lua_createtable(L, 0, 0);
  for (const k in o) {
    const fv = o[k];
    if (fv === undefined || fv === null) continue;
    pushInterned(L, kc, kt, k);
    if (k === '_' && typeof fv === 'string') pushInterned(L, kc, kt, fv);
    else if (bytesFields !== undefined && typeof fv === 'string' && bytesFields.has(k)) pushOwnedBytes(L, Buffer.from(fv, 'base64'));
    else pushValue(L, fv, schema, kc, kt);
    lua.lua_rawset(L, -3);
  }
  if (ctor === 'error') {
    lauxlib.luaL_getmetatable(L, key(ERROR_MT));
    lua.lua_setmetatable(L, -2);
  }
}

const enc = new TextEncoder();
function encodeText(s: string): Uint8Array {
  return enc.encode(s);
}
