/**
 * Runs one file of the official Lua 5.3 test suite alone, as its authors run it (`_port = true`,
 * `_soft = true`, from the suite's folder), and prints one JSON line: `{"status":"pass"}` or
 * `{"status":"fail","line":N,"message":"..."}` (N: the first line of that file in the error or its
 * traceback). Spawned by lua53-suite.test.ts, one process per file, so that a hang is only a timeout.
 *
 * The state is plain fengari (our patched engine) with luaL_openlibs: every library fengari has,
 * no luatd sandbox and no limits, which is what `--allow-all` is meant to give.
 */
import { lua, lauxlib, lualib, to_luastring, to_jsstring } from 'fengari';

const [dir, file] = process.argv.slice(2);
process.chdir(dir);
const L = lauxlib.luaL_newstate();
lualib.luaL_openlibs(L);
// the suite's own progress lines go to stdout too; our JSON line is the last one
lauxlib.luaL_dostring(L, to_luastring('_port = true; _soft = true'));

let message = '';
lua.lua_atnativeerror(L, (L1: unknown) => {
  const e = lua.lua_touserdata(L1, -1);
  lua.lua_pushstring(L1, to_luastring(`JS error: ${e instanceof Error ? e.message : String(e)}`));
  return 1;
});
lua.lua_getglobal(L, to_luastring('debug'));
lua.lua_getfield(L, -1, to_luastring('traceback'));
lua.lua_remove(L, -2);
// luaL_loadfile skips a first line starting with '#', as lua.c does (main.lua has one)
let status = lauxlib.luaL_loadfile(L, to_luastring(file));
if (status === lua.LUA_OK) status = lua.lua_pcall(L, 0, 0, -2);
if (status === lua.LUA_OK) {
  process.stdout.write('\n' + JSON.stringify({ status: 'pass' }) + '\n');
} else {
  message = lua.lua_type(L, -1) === lua.LUA_TSTRING ? to_jsstring(lua.lua_tolstring(L, -1)) : `(error object of type ${lua.lua_typename(L, lua.lua_type(L, -1))})`;
  const esc = file.replace(/\./g, '\\.');
  const m = new RegExp(`${esc}:(\\d+):`).exec(message);
  process.stdout.write('\n' + JSON.stringify({ status: 'fail', line: m ? Number(m[1]) : 0, message: message.split('\n')[0] }) + '\n');
}

