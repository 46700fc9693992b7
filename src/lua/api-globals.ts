/**
 * The globals a script sees besides the standard library: every API function (created lazily
 * from the schema), `td`, `invoke`, `check`, `print`, `sleep`, `on` / `off` / `stop`, host
 * functions registered from JS, and the metatable that makes error results print as
 * `error 401: Unauthorized`. API calls go through one path: convert, validate, call the client
 * (synchronously when it can answer at once), else wait for the answer in the scheduler.
 */
import { lua, lauxlib, pushString, decodeLenient, toDisplayString, raise, key, type LuaState } from './fengari.js';
import { luaToJs, pushJs, ConversionError, ERROR_MT, luaTypeName } from './convert.js';
import type { ApiSchema } from './schema-view.js';
import type { Scheduler } from './scheduler.js';
import type { UpdateDispatch } from './dispatch.js';
import { describeJsError } from './report.js';
import { printString } from './sandbox.js';
import { LuatdError } from '../errors.js';
import { quote, unknownMessage } from '../messages.js';
import type { Client } from '../core/client.js';
import type { TdObject } from '../schema/object.js';
import { validateRequest } from '../schema/validate.js';
import { type Grants, localFileRefusal } from './permissions.js';

/** A JS function made available to scripts as a global. Arguments arrive converted to JS; a returned promise makes the Lua caller wait. */
export type HostFunction = (...args: unknown[]) => unknown;

/** What the API globals work with. */
export interface ApiContext {
  schema: ApiSchema;
  client: Client;
  scheduler: Scheduler;
  dispatch: UpdateDispatch;
  /** Where `print` goes. */
  print: (line: string) => void;
  /** stop(): end the run (the calling task then ends too). */
  stop: () => void;
  /** Brackets host work (conversion, validation, the core's answer) so the slice does not count it. */
  hostTime: { enterHost(): void; leaveHost(): void };
  /** The script's permissions (undefined for a plugin): a request naming a host file needs --allow-read. */
  grants?: Grants;
}

const pushNothing = (): number => 0;

/** The API globals of one VM. */
export class ApiGlobals {
  constructor(
    private readonly L: LuaState,
    private readonly ctx: ApiContext,
  ) {}

  /** Install the error metatable, the lazy API functions, `td` and the built-in globals. */
  install(): void {
    this.installErrorMetatable();
    this.installApiFunctions();
    this.installBuiltins();
  }

  private setGlobalFn(name: string, f: (L: LuaState) => number): void {
    lua.lua_pushcfunction(this.L, f);
    lua.lua_setglobal(this.L, key(name));
  }

  /** Metatable of error results: `tostring(err)` → "error 401: Unauthorized". */
  private installErrorMetatable(): void {
    const L = this.L;
    lauxlib.luaL_newmetatable(L, key(ERROR_MT));
    lua.lua_pushcfunction(L, (L1: LuaState) => {
      lua.lua_getfield(L1, 1, key('code'));
      lua.lua_getfield(L1, 1, key('message'));
      pushString(L1, `error ${toDisplayString(L1, -2)}: ${toDisplayString(L1, -1)}`);
      return 1;
    });
    lua.lua_setfield(L, -2, key('__tostring'));
    pushString(L, 'error');
    lua.lua_setfield(L, -2, key('__name'));
    lua.lua_pop(L, 1);
  }

  /** A cache of API functions behind _G and `td`: created on first use, so a 1,000-function schema starts instantly. */
  private installApiFunctions(): void {
    const L = this.L;
    const { schema } = this.ctx;
    lua.lua_createtable(L, 0, 0); // cache
    lua.lua_createtable(L, 0, 1); // cache's metatable
    lua.lua_pushcfunction(L, (L1: LuaState) => {
      if (lua.lua_type(L1, 2) !== lua.LUA_TSTRING) return 0;
      const name = decodeLenient(lua.lua_tolstring(L1, 2));
      if (schema.method(name)) {
        // one JS closure per method: the name is captured, not decoded from an upvalue on every call
        lua.lua_pushcfunction(L1, (L2: LuaState) => this.hostCall(() => this.callMethod(L2, name)));
      } else if (schema.isNamespace(name)) {
        this.pushNamespace(L1, name);
      } else return 0;
      lua.lua_pushvalue(L1, 2);
      lua.lua_pushvalue(L1, -2);
      lua.lua_rawset(L1, 1);
      return 1;
    });
    lua.lua_setfield(L, -2, key('__index'));
    lua.lua_setmetatable(L, -2);
    const cacheIdx = lua.lua_gettop(L);
    lua.lua_pushvalue(L, cacheIdx);
    this.cacheRef = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);

    // _G falls back to the cache; its metatable is protected
    lua.lua_pushglobaltable(L);
    lua.lua_createtable(L, 0, 2);
    lua.lua_pushvalue(L, cacheIdx);
    lua.lua_setfield(L, -2, key('__index'));
    pushString(L, 'protected by luatd');
    lua.lua_setfield(L, -2, key('__metatable'));
    lua.lua_setmetatable(L, -2);
    lua.lua_pop(L, 1);

    // td: the same functions under one name, read-only
    lua.lua_createtable(L, 0, 0);
    lua.lua_createtable(L, 0, 3);
    lua.lua_pushvalue(L, cacheIdx);
    lua.lua_setfield(L, -2, key('__index'));
    lua.lua_pushcfunction(L, (L1: LuaState) => raise(L1, `td is read-only (cannot set ${quote(toDisplayString(L1, 2))})`));
    lua.lua_setfield(L, -2, key('__newindex'));
    pushString(L, 'protected by luatd');
    lua.lua_setfield(L, -2, key('__metatable'));
    lua.lua_setmetatable(L, -2);
    lua.lua_setglobal(L, key('td'));
    lua.lua_pop(L, 1); // cache
  }

  private cacheRef = 0;

  /**
   * A read-only table for the functions of a dotted schema such as MTProto's: `messages.sendMessage`
   * is `messages` (this table) indexed by `sendMessage`, the same function as `_G["messages.sendMessage"]`.
   */
  private pushNamespace(L: LuaState, prefix: string): void {
    lua.lua_createtable(L, 0, 0);
    lua.lua_createtable(L, 0, 4);
    lua.lua_pushcfunction(L, (L1: LuaState) => {
      if (lua.lua_type(L1, 2) !== lua.LUA_TSTRING) return 0;
      lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, this.cacheRef);
      lua.lua_getfield(L1, -1, key(prefix + '.' + decodeLenient(lua.lua_tolstring(L1, 2))));
      return 1;
    });
    lua.lua_setfield(L, -2, key('__index'));
    lua.lua_pushcfunction(L, (L1: LuaState) => raise(L1, `${prefix} is read-only (cannot set ${quote(toDisplayString(L1, 2))})`));
    lua.lua_setfield(L, -2, key('__newindex'));
    pushString(L, 'protected by luatd');
    lua.lua_setfield(L, -2, key('__metatable'));
    pushString(L, `namespace ${prefix}`);
    lua.lua_setfield(L, -2, key('__name'));
    lua.lua_setmetatable(L, -2);
  }

  /** invoke, check, print, sleep, on, off, stop. */
  private installBuiltins(): void {
    const { schema, scheduler, dispatch } = this.ctx;
    this.setGlobalFn('invoke', (L1) => {
      if (lua.lua_type(L1, 1) !== lua.LUA_TTABLE) raise(L1, `invoke: expected a table {_ = "method", ...}, got ${luaTypeName(L1, 1)}`);
      lua.lua_getfield(L1, 1, key('_'));
      const name = lua.lua_type(L1, -1) === lua.LUA_TSTRING ? decodeLenient(lua.lua_tolstring(L1, -1)) : undefined;
      lua.lua_pop(L1, 1);
      if (name === undefined) raise(L1, "invoke: Required: '_' (the method name)");
      if (!schema.method(name)) {
        const hint = schema.index.suggestFunction(name);
        raise(L1, `invoke: ${unknownMessage('method', name, { suggestion: hint })}`);
      }
      return this.hostCall(() => this.callMethod(L1, name));
    });
    this.setGlobalFn('check', (L1) => {
      if (lua.lua_type(L1, 1) === lua.LUA_TTABLE) {
        lua.lua_getfield(L1, 1, key('_'));
        const isErr = lua.lua_type(L1, -1) === lua.LUA_TSTRING && decodeLenient(lua.lua_tolstring(L1, -1)) === 'error';
        lua.lua_pop(L1, 1);
        if (isErr) {
          lua.lua_getfield(L1, 1, key('code'));
          lua.lua_getfield(L1, 1, key('message'));
          raise(L1, `error ${toDisplayString(L1, -2)}: ${toDisplayString(L1, -1)}`);
        }
      }
      return lua.lua_gettop(L1);
    });
    this.setGlobalFn('print', (L1) => {
      const n = lua.lua_gettop(L1);
      const parts: string[] = [];
      // through the global tostring, as Lua 5.3's print does
      for (let i = 1; i <= n; i++) parts.push(printString(L1, i));
      this.ctx.print(parts.join('\t'));
      return 0;
    });
    this.setGlobalFn('sleep', (L1) => {
      const s = lauxlib.luaL_checknumber(L1, 1);
      if (!(s >= 0) || !Number.isFinite(s)) raise(L1, `sleep: expected a number of seconds >= 0, got ${s}`);
      const p = new Promise<void>((resolve) => scheduler.after(s * 1000, resolve));
      return scheduler.wait(L1, { promise: p, push: pushNothing }, 'sleep');
    });
    this.setGlobalFn('on', (L1) => {
      let name = '*';
      let fnIdx = 1;
      if (lua.lua_type(L1, 1) === lua.LUA_TSTRING) {
        name = decodeLenient(lua.lua_tolstring(L1, 1));
        fnIdx = 2;
      }
      if (lua.lua_type(L1, fnIdx) !== lua.LUA_TFUNCTION) raise(L1, `on: expected on("updateName", function(update) ... end) or on(function(update) ... end), got ${luaTypeName(L1, fnIdx)}`);
      if (name !== '*' && !schema.constructorOf(name)) {
        const hint = schema.index.suggestConstructor(name);
        raise(L1, `on: ${unknownMessage('update', name, { suggestion: hint })}`);
      }
      dispatch.add(L1, name, fnIdx);
      return 0;
    });
    this.setGlobalFn('off', (L1) => {
      // off(name, f): that handler; off(name): every handler of that kind; off(f): f wherever it was registered
      if (lua.lua_type(L1, 1) === lua.LUA_TSTRING) dispatch.remove(L1, decodeLenient(lua.lua_tolstring(L1, 1)), 2);
      else if (lua.lua_type(L1, 1) === lua.LUA_TFUNCTION) dispatch.remove(L1, undefined, 1);
      else raise(L1, `off: expected off("updateName", f), off("updateName") or off(f), got ${luaTypeName(L1, 1)}`);
      return 0;
    });
    this.setGlobalFn('stop', (L1) => {
      this.ctx.stop();
      return scheduler.endTask(L1);
    });
  }

  /** Make a JS function callable from Lua as a global (arguments converted to JS; a promise result waits). */
  register(name: string, fn: HostFunction): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new LuatdError('USAGE', `registerGlobal: '${name}' is not a Lua identifier`);
    const { schema, scheduler } = this.ctx;
    this.setGlobalFn(name, (L1) => this.hostCall(() => {
      const n = lua.lua_gettop(L1);
      const args: unknown[] = [];
      try {
        for (let i = 1; i <= n; i++) args.push(luaToJs(L1, i, undefined, schema, `#${i}`));
      } catch (e) {
        raise(L1, `${name}: ${(e as Error).message}`);
      }
      let r: unknown;
      try {
        r = fn(...args);
      } catch (e) {
        raise(L1, `${name}: ${describeJsError(e)}`);
      }
      if (r instanceof Promise) return scheduler.wait(L1, { promise: r, push: this.pushValue }, name);
      pushJs(L1, r, schema);
      return 1;
    }));
  }

  /** Run host work for a Lua call outside the script's time slice (a raise or a yield passes through). */
  private hostCall(f: () => number): number {
    const t = this.ctx.hostTime;
    t.enterHost();
    try {
      return f();
    } finally {
      t.leaveHost();
    }
  }

  private readonly pushValue = (co: LuaState, v: unknown): number => {
    pushJs(co, v, this.ctx.schema);
    return 1;
  };

  /** One API call from Lua: convert the parameters, validate, call the client, push or wait for the answer. */
  private callMethod(L1: LuaState, name: string): number {
    const { schema, client, scheduler } = this.ctx;
    const t = lua.lua_type(L1, 1);
    let request: TdObject;
    if (t === lua.LUA_TNONE || t === lua.LUA_TNIL) {
      request = { _: name };
    } else if (t !== lua.LUA_TTABLE) {
      return raise(L1, `${name}: expected a table of parameters, e.g. ${name}({...}), got ${luaTypeName(L1, 1)}`);
    } else {
      try {
        request = luaToJs(L1, 1, { kind: 'constructor', name }, schema, '') as TdObject;
      } catch (e) {
        if (e instanceof ConversionError) return raise(L1, `${name}: ${e.message}`);
        throw e;
      }
      request._ = name;
    }
    const v = validateRequest(schema.index, request);
    if (!v.ok) return raise(L1, `${name}: ${v.error.message}`);
    const req = v.value;
    const refused = localFileRefusal(name, req, this.ctx.grants);
    if (refused !== undefined) return raise(L1, refused);
    if (client.invokeSync) {
      let r: TdObject | undefined;
      try {
        r = client.invokeSync(req);
      } catch (e) {
        // a plugin's refusal names the plugin and the method already (src/plugins/guard.ts)
        if (e instanceof LuatdError && e.code === 'PLUGIN') return raise(L1, e.message);
        return raise(L1, `${name}: ${describeJsError(e)}`);
      }
      if (r !== undefined) {
        pushJs(L1, r, schema);
        return 1;
      }
    }
    return scheduler.wait(L1, { promise: client.invoke(req), push: this.pushValue }, name);
  }
}
