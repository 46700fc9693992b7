/**
 * tdcli's spelling of the API, in one shim: `tdcli_function(request, callback, extra)` and the
 * updates handed to `tdcli_update_callback(data)`.
 *
 * tdcli (telegram-cli on the 2017 TDLib) wrote `ID = "SendMessage"` for `_ = "sendMessage"`, a
 * trailing `_` on every field (`chat_id_`), booleans as 0/1 (or "true"/"false"), vectors as
 * 0-based tables (`{[0] = id}`), 64-bit numbers as Lua numbers, and the names of the 2017-03 API
 * (tdcli-names.ts). Requests are read straight off the Lua stack (our usual conversion refuses
 * those tables on purpose), translated with the schema's types as the guide, validated as any
 * call is, and answered in tdcli's spelling: 0-based vectors, `ID`, trailing `_`, errors as
 * `{ID = "Error", code_ = ..., message_ = ...}` handed to the callback, never raised.
 */
import { lua, lauxlib, key, decodeStrict, pushOwnedBytes, type LuaState } from './fengari.js';
import { pushJs, luaTypeName, luaInteger } from './convert.js';
import { MAX_NESTING } from '../schema/builtins.js';
import type { ApiSchema } from './schema-view.js';
import type { Scheduler } from './scheduler.js';
import type { TypeRef } from '../schema/ir.js';
import type { TdObject } from '../schema/object.js';
import type { Client } from '../core/client.js';
import { validateRequest } from '../schema/validate.js';
import { type Grants, localFileRefusal } from './permissions.js';
import { describeJsError } from './report.js';
import { LEGACY_CONSTRUCTORS, LEGACY_FUNCTIONS, TDCLI_OUTPUT_ALIASES, TDCLI_OUTPUT_NAMES, type LegacyEntry } from './tdcli-names.js';

/** A Lua table as read: named fields and integer keys apart (tdcli's vectors start at 0). */
class RawTable {
  readonly named = new Map<string, unknown>();
  readonly indexed = new Map<number, unknown>();
}

/** A request that cannot be translated: becomes an error object for the callback. */
class TdcliError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DEPTH = MAX_NESTING;
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** Read the Lua value at idx as is (strings stay bytes until their schema type says how to read them). */
function readRaw(L: LuaState, idx: number, path: string, seen: Set<unknown>, depth: number): unknown {
  idx = lua.lua_absindex(L, idx);
  switch (lua.lua_type(L, idx)) {
    case lua.LUA_TNIL:
    case lua.LUA_TNONE:
      return null;
    case lua.LUA_TBOOLEAN:
      return lua.lua_toboolean(L, idx);
    case lua.LUA_TNUMBER:
      // integers exactly (a bigint beyond 2^53, as the engine keeps them), so int64 ids keep every digit
      return lua.lua_isinteger(L, idx) ? luaInteger(L, idx) : (lua.lua_tonumber(L, idx) as number);
    case lua.LUA_TSTRING:
      return Uint8Array.from(lua.lua_tolstring(L, idx) as Uint8Array);
    case lua.LUA_TTABLE: {
      const ptr = lua.lua_topointer(L, idx);
      if (seen.has(ptr)) throw new TdcliError(400, `Invalid '${path}': cyclic table`);
      if (depth >= MAX_DEPTH || !lua.lua_checkstack(L, 4)) throw new TdcliError(400, `Invalid '${path}': tables nested too deeply`);
      seen.add(ptr);
      const t = new RawTable();
      lua.lua_pushnil(L);
      while (lua.lua_next(L, idx) !== 0) {
        const kt = lua.lua_type(L, -2);
        if (kt === lua.LUA_TSTRING) {
          const k = decodeStrict(lua.lua_tolstring(L, -2));
          if (k !== undefined) t.named.set(k, readRaw(L, -1, path ? `${path}.${k}` : k, seen, depth + 1));
        } else if (kt === lua.LUA_TNUMBER && lua.lua_isinteger(L, -2)) {
          const i = Number(lua.lua_tointeger(L, -2));
          t.indexed.set(i, readRaw(L, -1, `${path}[${i}]`, seen, depth + 1));
        }
        lua.lua_pop(L, 1);
      }
      seen.delete(ptr);
      return t;
    }
    default:
      throw new TdcliError(400, `Invalid '${path}': cannot pass a ${luaTypeName(L, idx)} value to the API`);
  }
}

/** A value made by a mapping's `build` (plain JS) as if read from Lua. */
function asRaw(v: unknown): unknown {
  if (typeof v === 'string') return Buffer.from(v, 'utf8');
  if (typeof v !== 'object' || v === null || v instanceof RawTable || v instanceof Uint8Array) return v;
  const t = new RawTable();
  if (Array.isArray(v)) v.forEach((x, i) => t.indexed.set(i, asRaw(x)));
  else for (const [k, x] of Object.entries(v)) t.named.set(k, asRaw(x));
  return t;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** tdcli field name → ours: `chat_id_` → `chat_id` (a name without the `_` is taken as is). */
const fieldName = (k: string) => (k.length > 1 && k.endsWith('_') ? k.slice(0, -1) : k);
const text = (v: unknown) => (v instanceof Uint8Array ? decodeStrict(v) : typeof v === 'string' ? v : undefined);

/** The translation of tdcli requests for one schema. */
export class TdcliTranslator {
  constructor(private readonly schema: ApiSchema) {}

  /** The ID of the last request read, as tdcli spelled it (a 501 answer for a 2017-03 name names it too). */
  asked = '';

  /** Our request for tdcli's request table at idx; throws TdcliError (code and message for the callback). */
  request(L: LuaState, idx: number): TdObject {
    const raw = readRaw(L, idx, '', new Set(), 0);
    if (!(raw instanceof RawTable)) throw new TdcliError(400, `tdcli_function: expected a request table {ID = "Name", ...}, got ${luaTypeName(L, idx)}`);
    const id = text(raw.named.get('ID')) ?? text(raw.named.get('_'));
    if (id === undefined || id === '') throw new TdcliError(400, "tdcli_function: Required: 'ID' (the request's name, e.g. ID = \"GetMe\")");
    this.asked = id;
    const name = this.resolve(id, 'function');
    const out = this.object(raw, name.to, name.entry, '') as TdObject;
    return out;
  }

  /** Our name for a tdcli ID: ours as spelled, or the 2017-03 name mapped; unknown ones throw. */
  private resolve(id: string, kind: 'function' | 'constructor'): { to: string; entry?: LegacyEntry } {
    const lower = lowerFirst(id);
    const table = kind === 'function' ? LEGACY_FUNCTIONS : LEGACY_CONSTRUCTORS;
    // "TestCallEmpty" and "Test.callEmpty" both name test.callEmpty
    const dotted = lower.startsWith('test') && !lower.includes('.') ? `test.${lowerFirst(lower.slice(4))}` : lower;
    const entry = table[lower] ?? table[dotted];
    if (entry?.none) throw new TdcliError(501, `${upperFirst(id)} (2017-03 API) has no equivalent in luatd: ${entry.none}`);
    if (entry?.to) return { to: entry.to, entry };
    const ours = kind === 'function' ? this.schema.method(lower) : this.schema.constructorOf(lower);
    if (ours) return { to: lower };
    const hint = kind === 'function' ? this.schema.index.suggestFunction(lower) : this.schema.index.suggestConstructor(lower);
    throw new TdcliError(400, `tdcli_function: unknown ${kind === 'function' ? 'request' : 'constructor'} ID '${id}' (neither the 2017-03 API nor ours has it)${hint ? `; did you mean '${upperFirst(hint)}'?` : ''}`);
  }

  /** An object of constructor/function `to` from tdcli's fields. */
  private object(raw: RawTable, to: string, entry: LegacyEntry | undefined, path: string): Record<string, unknown> {
    let fields: Record<string, unknown> = {};
    for (const [k, v] of raw.named) {
      if (k === 'ID' || k === '_') continue;
      const f = fieldName(k);
      fields[entry?.rename?.[f] ?? f] = v;
    }
    if (entry?.build) fields = entry.build(fields);
    if (entry?.defaults) for (const [k, v] of Object.entries(entry.defaults)) if (fields[k] === undefined || fields[k] === null) fields[k] = v;
    const types = this.schema.fieldTypes(to);
    const out: Record<string, unknown> = { _: to };
    // fields ours does not have (2017-03 ones that were dropped) are left out, as TDLib ignored unknown ones
    for (const [f, t] of types ?? []) {
      const v = fields[f];
      if (v === undefined || v === null) continue;
      out[f] = this.value(v, t, path ? `${path}.${f}_` : `${f}_`);
    }
    return out;
  }

  /** tdcli's value v where the schema expects t. */
  private value(v: unknown, t: TypeRef, path: string): unknown {
    v = asRaw(v);
    if (t.kind === 'vector') {
      if (!(v instanceof RawTable)) throw new TdcliError(400, `Invalid '${path}': expected a vector (a table {[0] = ...} or {...}), got ${typeof v}`);
      const keys = [...v.indexed.keys()].sort((a, b) => a - b);
      const base = keys.length && keys[0] === 0 ? 0 : 1;
      keys.forEach((k, i) => {
        if (k !== i + base) throw new TdcliError(400, `Invalid '${path}': a vector needs indices ${base}..n without holes`);
      });
      return keys.map((k) => this.value(v.indexed.get(k), t.of, `${path}[${k}]`));
    }
    if (t.kind === 'type' || t.kind === 'constructor') {
      if (!(v instanceof RawTable)) throw new TdcliError(400, `Invalid '${path}': expected an object {ID = "..."} of type ${t.name}, got ${typeof v}`);
      const id = text(v.named.get('ID')) ?? text(v.named.get('_'));
      if (id === undefined) {
        const sole = this.schema.soleConstructor(t);
        if (sole) return this.object(v, sole, undefined, path);
        if (v.named.size === 0 && v.indexed.size === 0) return null;
        throw new TdcliError(400, `Invalid '${path}': Required: 'ID' (one of the constructors of ${t.name})`);
      }
      const name = this.resolve(id, 'constructor');
      return this.object(v, name.to, name.entry, path);
    }
    if (t.kind !== 'builtin') return v;
    // only int64 fields can hold an integer beyond 2^53; elsewhere it is an ordinary (out-of-range) number
    if (typeof v === 'bigint') return /^int(64|128|256)$/.test(t.builtin) ? v.toString() : this.value(Number(v), t, path);
    const bad = (what: string) => new TdcliError(400, `Invalid '${path}': expected ${what}, got ${v instanceof Uint8Array ? `"${text(v) ?? 'bytes'}"` : v instanceof RawTable ? 'a table' : String(v)}`);
    switch (t.builtin) {
      case 'Bool':
      case 'true': {
        // tdcli wrote booleans as 0/1; some bots as "true"/"false"
        if (typeof v === 'boolean') return v;
        if (typeof v === 'number') return v !== 0;
        const s = text(v);
        if (s === 'true' || s === '1') return true;
        if (s === 'false' || s === '0') return false;
        throw bad('a boolean (true/false, 1/0)');
      }
      case 'int32':
      case 'int53':
      case 'double':
      case 'number':
      case 'flags': {
        if (typeof v === 'number') return v;
        const s = text(v)?.trim();
        // tdcli.lua helpers pass ids cut from strings (`chat_id:gsub('-100', '')`)
        if (s !== undefined && s !== '' && Number.isFinite(Number(s))) return Number(s);
        if (typeof v === 'boolean') return v ? 1 : 0;
        throw bad('a number');
      }
      case 'int64':
      case 'int128':
      case 'int256': {
        if (typeof v === 'number') {
          if (!Number.isFinite(v)) throw bad('an integer');
          // a Lua float such as 2^63 (9223372036854775807 read as a float) is clamped to the int64 range
          let b = BigInt(Math.trunc(v));
          if (b > INT64_MAX) b = INT64_MAX;
          if (b < INT64_MIN) b = INT64_MIN;
          return b.toString();
        }
        const s = text(v)?.trim();
        if (s !== undefined && /^-?\d+$/.test(s)) return s;
        throw bad('an integer (a number or a decimal string)');
      }
      case 'string': {
        if (typeof v === 'number') return String(v);
        const s = text(v);
        if (s === undefined) throw bad('a UTF-8 string');
        return s;
      }
      case 'bytes':
        if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
        if (typeof v === 'number') return Buffer.from(String(v)).toString('base64');
        throw bad('a string of bytes');
      default:
        return v;
    }
  }

  /** Push our value (a result or an update) in tdcli's spelling. */
  push(L: LuaState, v: unknown): void {
    if (typeof v !== 'object' || v === null) {
      pushJs(L, v, this.schema);
      return;
    }
    lauxlib.luaL_checkstack(L, 4, null);
    if (Array.isArray(v)) {
      // tdcli code reads vectors from 0: messages_[0]
      lua.lua_createtable(L, 0, v.length);
      v.forEach((x, i) => {
        this.push(L, x);
        lua.lua_rawseti(L, -2, i);
      });
      return;
    }
    const o = v as Record<string, unknown>;
    const ctor = typeof o._ === 'string' ? o._ : undefined;
    if (ctor === 'textEntity' && typeof o.type === 'object' && o.type !== null) {
      // 2017-03 had one constructor per kind of entity: MessageEntityBold {offset_, length_}
      const type = o.type as Record<string, unknown>;
      const kind = String(type._).replace(/^textEntityType/, '');
      this.push(L, { ...type, ...o, _: `messageEntity${kind}`, type: undefined });
      return;
    }
    const bytes = ctor ? this.schema.bytesFields(ctor) : undefined;
    const aliases = ctor ? TDCLI_OUTPUT_ALIASES[ctor] : undefined;
    lua.lua_createtable(L, 0, 0);
    if (ctor) {
      lua.lua_pushstring(L, key(upperFirst(TDCLI_OUTPUT_NAMES.get(ctor) ?? ctor)));
      lua.lua_setfield(L, -2, key('ID'));
    }
    for (const k in o) {
      const fv = o[k];
      if (k === '_' || fv === undefined || fv === null) continue;
      if (bytes?.has(k) && typeof fv === 'string') pushOwnedBytes(L, Buffer.from(fv, 'base64'));
      else this.push(L, fv);
      if (aliases?.[k]) {
        lua.lua_pushvalue(L, -1);
        lua.lua_setfield(L, -3, key(aliases[k] + '_'));
      }
      lua.lua_setfield(L, -2, key(k + '_'));
    }
  }
}

/** What tdcli_function needs from the runtime. */
export interface TdcliHost {
  schema: ApiSchema;
  scheduler: Scheduler;
  client: Client;
  /** The script's permissions (undefined for a plugin): a request naming a host file needs --allow-read. */
  grants?: Grants;
}

/** An error object in our spelling (pushed in tdcli's: {ID = "Error", code_, message_}). */
const errorObject = (code: number, message: string): TdObject => ({ _: 'error', code, message });

/**
 * The host's half of tdcli_function: `tdcli_call(request)` translates, calls and answers the result
 * in tdcli's spelling (lua/luatd/legacy.lua calls the callback with it). Results that tdcli gave
 * as objects and ours as identifiers (chats, users) get the objects too (`chats_`, `users_`).
 */
export function tdcliCall(host: TdcliHost, translator: TdcliTranslator): (L: LuaState) => number {
  const { client, scheduler } = host;
  const push = (co: LuaState, v: unknown): number => {
    translator.push(co, v);
    return 1;
  };
  return (L1: LuaState) => {
    let req: TdObject;
    try {
      req = translator.request(L1, 1);
      const v = validateRequest(host.schema.index, req);
      if (!v.ok) throw new TdcliError(400, `${upperFirst(req._)}: ${v.error.message}`);
      req = v.value;
      const refused = localFileRefusal(upperFirst(req._), req, host.grants);
      if (refused !== undefined) throw new TdcliError(403, refused);
    } catch (e) {
      if (!(e instanceof TdcliError)) throw e;
      return push(L1, errorObject(e.code, e.message));
    }
    const asked = translator.asked;
    const answer = client.invoke(req).then(
      (r) => (r._ === 'error' && r.code === 501 && lowerFirst(asked) !== req._ ? { ...r, message: `${String(r.message)} (asked for as ${upperFirst(asked)}, 2017-03 API)` } : withObjects(client, r)),
      (e: unknown) => errorObject(500, describeJsError(e)),
    );
    return scheduler.wait(L1, { promise: answer, push }, 'tdcli_function');
  };
}

/** Most objects fetched for one list answer (a bot asking for 1,000 chats gets the first 200 as objects). */
const MAX_FETCH = 200;

async function withObjects(client: Client, r: TdObject): Promise<TdObject> {
  const fetch = async (ids: unknown, method: string, param: string) => {
    const list = Array.isArray(ids) ? ids.slice(0, MAX_FETCH) : [];
    const out: TdObject[] = [];
    for (const id of list) {
      const o = await client.invoke({ _: method, [param]: id });
      if (o._ !== 'error') out.push(o);
    }
    return out;
  };
  if (r._ === 'chats') return { ...r, chats: await fetch(r.chat_ids, 'getChat', 'chat_id') };
  if (r._ === 'users') return { ...r, users: await fetch(r.user_ids, 'getUser', 'user_id') };
  return r;
}
