/**
 * Update dispatch: the handlers scripts register with on()/off(), the queue of updates from the
 * client, and one task per handler call. The legacy callbacks (madeline_update_callback,
 * tdcli_update_callback) are delivered by lua/luatd/legacy.lua, in Lua; tdcli's in its spelling (tdcli.ts).
 *
 * Why a queue: the client calls its listeners from inside its own work (possibly inside an API
 * call a task is making); Lua is only ever resumed from the scheduler, once that work is over.
 */
import path from 'node:path';
import { lua, lauxlib, key, toJsString, type LuaState } from './fengari.js';
import { pushJs } from './convert.js';
import { loadHostLua } from './bytecode-cache.js';
import type { ApiSchema } from './schema-view.js';
import type { Scheduler } from './scheduler.js';
import { describeJsError } from './report.js';
import { LuatdError } from '../errors.js';
import type { Client } from '../core/client.js';
import type { TdObject } from '../schema/object.js';
import { luaLibDir } from '../paths.js';
import type { TdcliTranslator } from './tdcli.js';

const LEGACY = ['madeline', 'tdcli'] as const;
const LEGACY_GLOBAL = { madeline: 'madeline_update_callback', tdcli: 'tdcli_update_callback' } as const;

/** What the dispatcher needs from its runtime. */
export interface DispatchOptions {
  schema: ApiSchema;
  scheduler: Scheduler;
  /** True when updates are not wanted now (no run, or the run ended). */
  isOver: () => boolean;
  /** A handler task failed (a limit kill included). */
  onTaskError: (update: TdObject, error: LuatdError) => void;
  /** tdcli's spelling, for tdcli_update_callback. */
  tdcli: TdcliTranslator;
  /** The host's half of tdcli_function (tdcli.ts), handed to lua/luatd/legacy.lua. */
  tdcliCall: (L: LuaState) => number;
}

/** An update waiting for delivery; `only`: to that legacy callback alone (tdcli's start-up updates). */
interface Queued {
  update: TdObject;
  only?: (typeof LEGACY)[number];
}

/** Handlers and update delivery of one VM. */
export class UpdateDispatch {
  private readonly handlers = new Map<string, number[]>();
  private readonly legacyRefs = new Map<string, number>();
  /** The legacy callbacks' global names as Lua strings (registry refs): checked before every update, without making the string anew. */
  private readonly legacyNameRefs = new Map<string, number>();
  private readonly queue: Queued[] = [];
  /** What tdcli_update_callback was last told of the login (auth state, my_id): the same news is not repeated. */
  private readonly tdcliKnows = new Map<string, string>();
  private drainScheduled = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly L: LuaState,
    private readonly opts: DispatchOptions,
  ) {}

  /** Load lua/luatd/legacy.lua (after the sandbox is open) and keep its delivery functions. */
  install(): void {
    const L = this.L;
    loadHostLua(L, path.join(luaLibDir, 'luatd', 'legacy.lua'), '=luatd.legacy');
    lua.lua_pushcfunction(L, this.opts.tdcliCall);
    if (lua.lua_pcall(L, 1, 1, 0) !== lua.LUA_OK) throw new LuatdError('SANDBOX', `luatd.legacy failed to load: ${toJsString(L, -1) ?? 'error'}`);
    for (const name of LEGACY) {
      lua.lua_getfield(L, -1, key(name)); // our own fresh table: no metamethods
      this.legacyRefs.set(name, lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX));
      lua.lua_pushstring(L, key(LEGACY_GLOBAL[name]));
      this.legacyNameRefs.set(name, lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX));
    }
    lua.lua_pop(L, 1);
  }

  /** on(name, f): register the function at fnIdx of L1 for updates named `name` ('*': all). */
  add(L1: LuaState, name: string, fnIdx: number): void {
    lua.lua_pushvalue(L1, fnIdx);
    const ref = lauxlib.luaL_ref(L1, lua.LUA_REGISTRYINDEX);
    const list = this.handlers.get(name) ?? [];
    list.push(ref);
    this.handlers.set(name, list);
  }

  /** off(): remove the function at fnIdx (every function when none is there) from `name`, or from every name when undefined. */
  remove(L1: LuaState, name: string | undefined, fnIdx: number): void {
    const names = name === undefined ? [...this.handlers.keys()] : [name];
    const all = lua.lua_type(L1, fnIdx) <= lua.LUA_TNIL;
    for (const n of names) {
      const list = this.handlers.get(n);
      if (!list) continue;
      const keep: number[] = [];
      for (const ref of list) {
        lua.lua_rawgeti(L1, lua.LUA_REGISTRYINDEX, ref);
        const match = all || lua.lua_rawequal(L1, -1, fnIdx);
        lua.lua_pop(L1, 1);
        if (match) lauxlib.luaL_unref(L1, lua.LUA_REGISTRYINDEX, ref);
        else keep.push(ref);
      }
      if (keep.length) this.handlers.set(n, keep);
      else this.handlers.delete(n);
    }
  }

  /** True when the script registered a handler or defines a legacy update callback. */
  wantsUpdates(): boolean {
    if (this.handlers.size > 0) return true;
    return LEGACY.some((n) => this.hasLegacyCallback(n));
  }

  /** Start receiving the client's updates (idempotent). */
  subscribe(client: Client): void {
    this.unsubscribe ??= client.onUpdate((u) => this.enqueue(u));
  }

  /** Stop receiving updates. */
  unsubscribeAll(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Is the global a function? A raw read: no metamethod of the script runs. */
  private hasLegacyCallback(name: (typeof LEGACY)[number]): boolean {
    const L = this.L;
    lua.lua_pushglobaltable(L);
    const nameRef = this.legacyNameRefs.get(name);
    if (nameRef === undefined) lua.lua_pushstring(L, key(LEGACY_GLOBAL[name]));
    else lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, nameRef);
    const isFn = lua.lua_rawget(L, -2) === lua.LUA_TFUNCTION;
    lua.lua_pop(L, 2);
    return isFn;
  }

  /**
   * tdcli mode (`--compat tdcli`, or a script that defines tdcli_update_callback and registered
   * no on() handler): after the main chunk, hand tdcli_update_callback what tdcli sent a bot when
   * it started: the authorization state, and the `my_id` option when logged in.
   */
  async startTdcli(client: Client, forced: boolean): Promise<void> {
    if (!this.hasLegacyCallback('tdcli') || (!forced && this.handlers.size > 0)) return;
    const state = await client.invoke({ _: 'getAuthState' });
    if (state._ === 'error') return;
    this.enqueue({ _: 'updateAuthState', auth_state: state }, 'tdcli');
    if (state._ !== 'authStateOk') return;
    const me = await client.invoke({ _: 'getMe' });
    if (me._ === 'user') this.enqueue({ _: 'updateOption', name: 'my_id', value: { _: 'optionValueInteger', value: me.id } }, 'tdcli');
  }

  /**
   * True when tdcli_update_callback already has this news: the start-up updates are sent by us,
   * and the core may deliver the same ones (left from a login in another process).
   */
  private tdcliHeard(u: TdObject): boolean {
    const news =
      u._ === 'updateAuthState' ? ['auth', String((u.auth_state as TdObject | undefined)?._)] : u._ === 'updateOption' && u.name === 'my_id' ? ['my_id', JSON.stringify(u.value)] : undefined;
    if (!news) return false;
    if (this.tdcliKnows.get(news[0]) === news[1]) return true;
    this.tdcliKnows.set(news[0], news[1]);
    return false;
  }

  private enqueue(u: TdObject, only?: Queued['only']): void {
    if (this.opts.isOver()) return;
    this.queue.push({ update: u, only });
    if (!this.drainScheduled) {
      this.drainScheduled = true;
      // never resume Lua from inside the client's callback (it may be running inside an API
      // call), but as soon as that work is over: a microtask runs once the JS stack is empty,
      // before the event loop's next turn (an update's way to a handler is on every conversation's
      // critical path; a turn of the loop costs a few µs)
      queueMicrotask(() => this.drain());
    }
  }

  private drain(): void {
    this.drainScheduled = false;
    while (this.queue.length && !this.opts.isOver()) {
      const q = this.queue.shift()!;
      this.deliver(q.update, q.only);
    }
  }

  /** One task per handler of `update` (those registered now) and per legacy callback defined now. */
  private deliver(update: TdObject, only?: Queued['only']): void {
    const L = this.L;
    // snapshot the functions on the main stack (a handler may off() another one), with a flag
    // each: true for tdcli_update_callback (tdcli's spelling)
    const base = lua.lua_gettop(L);
    const tdcliAt: boolean[] = [];
    for (const name of only ? [] : [update._, '*']) {
      const refs = this.handlers.get(name);
      if (!refs) continue;
      lauxlib.luaL_checkstack(L, refs.length, null);
      for (const ref of refs) {
        lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, ref);
        tdcliAt.push(false);
      }
    }
    for (const name of LEGACY) {
      if ((only && only !== name) || !this.hasLegacyCallback(name)) continue;
      if (name === 'tdcli' && this.tdcliHeard(update)) continue;
      lauxlib.luaL_checkstack(L, 1, null);
      lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, this.legacyRefs.get(name)!);
      tdcliAt.push(name === 'tdcli');
    }
    for (let i = 0; i < tdcliAt.length; i++) {
      if (this.opts.isOver()) break;
      lauxlib.luaL_checkstack(L, 3, null);
      lua.lua_pushvalue(L, base + 1 + i);
      if (tdcliAt[i]) this.opts.tdcli.push(L, update);
      else pushJs(L, update, this.opts.schema);
      // the task takes the function and its argument from the top of the main stack
      this.opts.scheduler.spawn(1, false).catch((e) => {
        this.opts.onTaskError(update, e instanceof LuatdError ? e : new LuatdError('LUA_RUNTIME', describeJsError(e)));
      });
    }
    lua.lua_settop(L, base);
  }
}
