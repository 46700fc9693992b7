/**
 * The price of 64-bit integers: the same pure-Lua integer programs on our patched fengari and on
 * the unpatched fengari 0.1.5 (32-bit integers; the devDependency alias `fengari-unpatched`), in
 * plain states (luaL_openlibs, no hook), samples interleaved. Target: within 1.2x.
 */
import { createRequire } from 'node:module';
import * as patched from 'fengari';
import { compareSync, notAvailable, type BenchContext, type BenchRow, type RowOutcome } from '../harness.js';
import { LUA_PROGRAMS } from './pure-lua.js';

type Fengari = typeof patched;

function loadUnpatched(): Fengari | undefined {
  try {
    return createRequire(import.meta.url)('fengari-unpatched') as Fengari;
  } catch {
    return undefined;
  }
}

/** A state of engine `f` with `work` (the program's function) compiled; the op calls it once. */
function prepare(f: Fengari, body: string, n: number): () => void {
  const { lua, lauxlib, lualib, to_luastring } = f;
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  const src = to_luastring(`local N = ${n}\n${body}\nreturn work`);
  if (lauxlib.luaL_loadbuffer(L, src, null, to_luastring('=bench')) !== lua.LUA_OK || lua.lua_pcall(L, 0, 1, 0) !== lua.LUA_OK) {
    throw new Error(`engine bench: ${f.to_jsstring(lua.lua_tolstring(L, -1))}`);
  }
  const ref = lauxlib.luaL_ref(L, lua.LUA_REGISTRYINDEX);
  return () => {
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, ref);
    if (lua.lua_pcall(L, 0, 0, 0) !== lua.LUA_OK) throw new Error(`engine bench: ${f.to_jsstring(lua.lua_tolstring(L, -1))}`);
  };
}

/** The programs (from pure-lua.ts) and their N in full mode (one sample is one call of work()). */
const ENGINE_PROGRAMS: [string, number][] = [
  ['pure-fib', 22],
  ['pure-loops', 500_000],
];

function engineRow([name, fullN]: [string, number]): BenchRow {
  const p = LUA_PROGRAMS.find((x) => x.name === name);
  if (!p) throw new Error(`no program ${name}`);
  return {
    name: name.replace('pure-', 'engine-'),
    title: `${p.title.replace(/ vs lua5\.4$/, '')}: 64-bit engine vs unpatched 32-bit fengari`,
    target: 1.2,
    async run(ctx: BenchContext): Promise<RowOutcome> {
      const unpatched = loadUnpatched();
      if (!unpatched) return notAvailable('fengari-unpatched (devDependency alias of fengari 0.1.5) is not installed');
      if (unpatched.lua === patched.lua) return notAvailable('fengari-unpatched resolves to the patched engine');
      const n = ctx.mode.quick ? p.nQuick : fullN;
      const r = compareSync(prepare(patched, p.body, n), prepare(unpatched, p.body, n), ctx.mode);
      return { status: 'ok', ours: r.ours, baseline: r.baseline, note: `N=${n}; plain states, no hook` };
    },
  };
}

/** The engine rows. */
export const engineRows: BenchRow[] = ENGINE_PROGRAMS.map(engineRow);
