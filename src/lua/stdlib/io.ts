/**
 * The io library as the Lua 5.3 manual describes it (no popen), over LuaFile (files.ts).
 *
 * Every script VM has it: the standard streams always work (stdout and stderr go where the host
 * says), while opening a file needs --allow-read / --allow-write for that file's real path, and a
 * refusal names the flag. Plugins never get io.
 *
 * Over 400 lines because it is one library of the manual kept whole: io.* and the file methods
 * share the FILE* metatable, the default input/output and the read formats (files.ts holds the
 * byte-level file object, so what is left here is the Lua-facing surface, one function each).
 */
import { openSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { lua, lauxlib, pushString, decodeLenient, raise, key, type LuaState } from '../fengari.js';
import { Grants, realPath, refusal, PERMISSION_FLAGS } from '../permissions.js';
import { LuaFile, openFlags, errnoOf, isFsError, type StdWriter } from './files.js';

/** What the io library needs from its host. */
export interface IoHost {
  grants: Grants;
  /** Standard output (1) and error (2). */
  write: StdWriter;
  /** Run a read that may block (stdin) outside the script's time slice. */
  blocking<T>(fn: () => T): T;
  /** Largest string a read may return (the --max-string limit; 0: none). */
  maxString: number;
}

const FILE = 'FILE*';
const IO_INPUT = '_IO_input';
const IO_OUTPUT = '_IO_output';
const MAX_FORMATS = 250;

/** Open the io library as the global `io`; returns a function that closes every file the script left open. */
export function openIo(L: LuaState, host: IoHost): () => void {
  const open = new Set<LuaFile>();
  const max = host.maxString > 0 ? host.maxString : Number.MAX_SAFE_INTEGER;

  const pushFile = (L1: LuaState, f: LuaFile): void => {
    const ud = lua.lua_newuserdata(L1, 0) as { file?: LuaFile };
    ud.file = f;
    lauxlib.luaL_setmetatable(L1, key(FILE));
  };
  const toFile = (L1: LuaState, idx: number): LuaFile => {
    const ud = lauxlib.luaL_checkudata(L1, idx, key(FILE)) as { file: LuaFile };
    return ud.file;
  };
  const openFile = (L1: LuaState, idx: number): LuaFile => {
    const f = toFile(L1, idx);
    if (f.closed) raise(L1, 'attempt to use a closed file');
    return f;
  };
  const fileResult = (L1: LuaState, e: unknown, fname?: string): number => {
    const { message, errno } = errnoOf(e);
    lua.lua_pushnil(L1);
    pushString(L1, fname ? `${fname}: ${message}` : message);
    lua.lua_pushinteger(L1, errno);
    return 3;
  };

  /**
   * Check the grants for opening `name` with a Lua mode, on its real path: raises a refusal naming
   * the flag (a Lua error: call it outside any try, which would catch it), else returns the opener.
   */
  const allowed = (L1: LuaState, what: string, name: string, mode: string): (() => LuaFile) => {
    const real = realPath(name);
    const reads = mode[0] === 'r' || mode.includes('+');
    const writes = mode[0] !== 'r' || mode.includes('+');
    if (reads && !host.grants.canRead(real)) raise(L1, refusal(what, 'reading', name, PERMISSION_FLAGS.read));
    if (writes && !host.grants.canWrite(real)) raise(L1, refusal(what, 'writing', name, PERMISSION_FLAGS.write));
    return () => {
      const fd = openSync(real, openFlags(mode), 0o666);
      const f = LuaFile.fromFd(fd, name, mode);
      open.add(f);
      return f;
    };
  };

  const checkMode = (L1: LuaState, idx: number, def: string): string => {
    const mode = decodeLenient(lauxlib.luaL_optstring(L1, idx, key(def)));
    lauxlib.luaL_argcheck(L1, /^[rwa]\+?b*$/.test(mode), idx, key('invalid mode'));
    return mode;
  };

  const closeFile = (L1: LuaState, f: LuaFile): number => {
    if (f.std) {
      lua.lua_pushnil(L1);
      pushString(L1, 'cannot close standard file');
      return 2;
    }
    try {
      f.close();
    } catch (e) {
      if (!isFsError(e) && !(e instanceof RangeError)) throw e;
      open.delete(f);
      return fileResult(L1, e);
    }
    open.delete(f);
    lua.lua_pushboolean(L1, true);
    return 1;
  };

  const stdFile = (L1: LuaState, reg: string, what: string): LuaFile => {
    lua.lua_getfield(L1, lua.LUA_REGISTRYINDEX, key(reg));
    const f = toFile(L1, -1);
    lua.lua_pop(L1, 1);
    if (f.closed) raise(L1, `standard ${what} file is closed`);
    return f;
  };

  /** io.read / file:read: formats from `first` on; pushes one value per format, nil at the first failure. */
  const read = (L1: LuaState, f: LuaFile, first: number): number => {
    if (!f.readable) return fileResult(L1, Object.assign(new Error('Bad file descriptor'), { code: 'EBADF' }));
    const nargs = lua.lua_gettop(L1) - first + 1;
    const formats = nargs <= 0 ? 1 : nargs;
    lauxlib.luaL_checkstack(L1, formats + 20, key('too many arguments'));
    let n = first;
    let ok = true;
    try {
      if (nargs <= 0) {
        ok = pushBytes(L1, f.readLine(true, max));
        n = first + 1;
      } else {
        for (; n < first + nargs && ok; n++) {
          if (lua.lua_type(L1, n) === lua.LUA_TNUMBER) {
            const count = lauxlib.luaL_checkinteger(L1, n);
            if (count === 0) {
              ok = f.peek() >= 0;
              if (ok) pushString(L1, '');
              else lua.lua_pushnil(L1);
            } else ok = pushBytes(L1, f.readChars(Math.min(Number(count), max)));
          } else {
            const p = decodeLenient(lauxlib.luaL_checkstring(L1, n)).replace(/^\*/, '');
            switch (p[0]) {
              case 'n':
                ok = readNumber(L1, f);
                break;
              case 'l':
                ok = pushBytes(L1, f.readLine(true, max));
                break;
              case 'L':
                ok = pushBytes(L1, f.readLine(false, max));
                break;
              case 'a':
                lua.lua_pushstring(L1, f.readAll(max));
                break;
              default:
                return lauxlib.luaL_argerror(L1, n, key('invalid format'));
            }
          }
        }
      }
    } catch (e) {
      if (!isFsError(e) && !(e instanceof RangeError)) throw e;
      if (e instanceof RangeError) raise(L1, `read: ${e.message} (limit: --max-string)`);
      return fileResult(L1, e);
    }
    if (!ok) {
      lua.lua_pop(L1, 1);
      lua.lua_pushnil(L1);
    }
    return n - first;
  };

  const write = (L1: LuaState, f: LuaFile, first: number): number => {
    const top = lua.lua_gettop(L1);
    if (!f.writable) return fileResult(L1, Object.assign(new Error('Bad file descriptor'), { code: 'EBADF' }));
    try {
      for (let i = first; i <= top; i++) {
        if (lua.lua_type(L1, i) === lua.LUA_TNUMBER) {
          // Lua 5.3 writes floats with "%.14g": tostring's form without the ".0" it adds to integral floats
          const s = lua.lua_tolstring(L1, i) as Uint8Array;
          const isInt = lua.lua_isinteger(L1, i);
          f.write(!isInt && s.length > 2 && s[s.length - 2] === 0x2e && s[s.length - 1] === 0x30 ? s.subarray(0, s.length - 2) : s);
        } else f.write(lauxlib.luaL_checklstring(L1, i));
      }
    } catch (e) {
      if (!isFsError(e) && !(e instanceof RangeError)) throw e;
      return fileResult(L1, e);
    }
    return 1; // the file, pushed by the caller
  };

  /** An iterator over lines (or formats) of the file at `idx`; `toClose`: io.lines(name) closes at the end. */
  const lines = (L1: LuaState, idx: number, toClose: boolean): void => {
    const n = lua.lua_gettop(L1) - idx;
    lauxlib.luaL_argcheck(L1, n <= MAX_FORMATS, MAX_FORMATS + 2, key('too many arguments'));
    const formats: number[] = [];
    for (let i = idx + 1; i <= idx + n; i++) {
      lua.lua_pushvalue(L1, i);
      formats.push(lauxlib.luaL_ref(L1, lua.LUA_REGISTRYINDEX));
    }
    lua.lua_pushvalue(L1, idx);
    const fileRef = lauxlib.luaL_ref(L1, lua.LUA_REGISTRYINDEX);
    lua.lua_pushcfunction(L1, (L2: LuaState) => {
      lua.lua_rawgeti(L2, lua.LUA_REGISTRYINDEX, fileRef);
      const f = toFile(L2, -1);
      if (f.closed) return raise(L2, 'file is already closed');
      lua.lua_settop(L2, 0);
      // a JS function is only sure of 20 free stack slots; io.lines takes up to 250 formats
      lauxlib.luaL_checkstack(L2, formats.length + 1, key('too many arguments'));
      for (const r of formats) lua.lua_rawgeti(L2, lua.LUA_REGISTRYINDEX, r);
      const got = read(L2, f, 1);
      if (lua.lua_toboolean(L2, -got)) return got;
      if (got > 1 && lua.lua_type(L2, -got + 1) === lua.LUA_TSTRING) {
        // an error message from the read
        return raise(L2, decodeLenient(lua.lua_tolstring(L2, -got + 1)));
      }
      if (toClose) {
        f.close();
        open.delete(f);
      }
      return 0;
    });
  };

  const iolib: Record<string, (L1: LuaState) => number> = {
    close: (L1) => {
      if (lua.lua_isnone(L1, 1)) lua.lua_getfield(L1, lua.LUA_REGISTRYINDEX, key(IO_OUTPUT));
      return closeFile(L1, openFile(L1, 1));
    },
    flush: (L1) => {
      const f = stdFile(L1, IO_OUTPUT, 'output');
      try {
        f.flush();
      } catch (e) {
        if (!isFsError(e)) throw e;
        return fileResult(L1, e);
      }
      lua.lua_pushboolean(L1, true);
      return 1;
    },
    input: (L1) => setDefault(L1, IO_INPUT, 'r', 'io.input'),
    output: (L1) => setDefault(L1, IO_OUTPUT, 'w', 'io.output'),
    lines: (L1) => {
      if (lua.lua_isnone(L1, 1)) lua.lua_pushnil(L1);
      if (lua.lua_isnil(L1, 1)) {
        lua.lua_getfield(L1, lua.LUA_REGISTRYINDEX, key(IO_INPUT));
        lua.lua_replace(L1, 1);
        openFile(L1, 1);
        lines(L1, 1, false);
        return 1;
      }
      const name = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
      const opener = allowed(L1, 'io.lines', name, 'r');
      let f: LuaFile;
      try {
        f = opener();
      } catch (e) {
        if (!isFsError(e) && !(e instanceof RangeError)) throw e;
        return raise(L1, `${name}: ${errnoOf(e).message}`);
      }
      pushFile(L1, f);
      lua.lua_replace(L1, 1);
      lines(L1, 1, true);
      return 1;
    },
    open: (L1) => {
      const name = decodeLenient(lauxlib.luaL_checkstring(L1, 1));
      const mode = checkMode(L1, 2, 'r');
      const opener = allowed(L1, 'io.open', name, mode);
      let f: LuaFile;
      try {
        f = opener();
      } catch (e) {
        if (!isFsError(e) && !(e instanceof RangeError)) throw e;
        return fileResult(L1, e, name);
      }
      pushFile(L1, f);
      return 1;
    },
    read: (L1) => read(L1, stdFile(L1, IO_INPUT, 'input'), 1),
    write: (L1) => {
      const r = write(L1, stdFile(L1, IO_OUTPUT, 'output'), 1);
      if (r !== 1) return r;
      lua.lua_getfield(L1, lua.LUA_REGISTRYINDEX, key(IO_OUTPUT));
      return 1;
    },
    type: (L1) => {
      lauxlib.luaL_checkany(L1, 1);
      const ud = lauxlib.luaL_testudata(L1, 1, key(FILE)) as { file: LuaFile } | null;
      if (!ud) lua.lua_pushnil(L1);
      else pushString(L1, ud.file.closed ? 'closed file' : 'file');
      return 1;
    },
    tmpfile: (L1) => {
      const name = path.join(tmpdir(), `lua_${randomBytes(6).toString('hex')}`);
      if (!host.grants.canWrite(realPath(name))) raise(L1, refusal('io.tmpfile', 'writing', name, PERMISSION_FLAGS.write));
      let f: LuaFile;
      try {
        f = LuaFile.fromFd(openSync(name, 'wx+', 0o600), name, 'w+', () => unlinkQuiet(name));
      } catch (e) {
        if (!isFsError(e) && !(e instanceof RangeError)) throw e;
        return fileResult(L1, e);
      }
      open.add(f);
      pushFile(L1, f);
      return 1;
    },
  };

  /** io.input / io.output: with a name, open it; with a file, use it; always return the current one. */
  const setDefault = (L1: LuaState, reg: string, mode: string, what: string): number => {
    if (!lua.lua_isnoneornil(L1, 1)) {
      if (lua.lua_type(L1, 1) === lua.LUA_TSTRING) {
        const name = decodeLenient(lua.lua_tolstring(L1, 1));
        const opener = allowed(L1, what, name, mode);
        let f: LuaFile;
        try {
          f = opener();
        } catch (e) {
          if (!isFsError(e) && !(e instanceof RangeError)) throw e;
          return raise(L1, `cannot open file '${name}' (${errnoOf(e).message})`);
        }
        pushFile(L1, f);
      } else {
        openFile(L1, 1);
        lua.lua_pushvalue(L1, 1);
      }
      lua.lua_setfield(L1, lua.LUA_REGISTRYINDEX, key(reg));
    }
    lua.lua_getfield(L1, lua.LUA_REGISTRYINDEX, key(reg));
    return 1;
  };

  const flib: Record<string, (L1: LuaState) => number> = {
    close: (L1) => closeFile(L1, openFile(L1, 1)),
    flush: (L1) => {
      const f = openFile(L1, 1);
      try {
        f.flush();
      } catch (e) {
        if (!isFsError(e)) throw e;
        return fileResult(L1, e);
      }
      lua.lua_pushvalue(L1, 1);
      return 1;
    },
    lines: (L1) => {
      openFile(L1, 1);
      lines(L1, 1, false);
      return 1;
    },
    read: (L1) => read(L1, openFile(L1, 1), 2),
    write: (L1) => {
      const r = write(L1, openFile(L1, 1), 2);
      if (r !== 1) return r;
      lua.lua_pushvalue(L1, 1);
      return 1;
    },
    seek: (L1) => {
      const f = openFile(L1, 1);
      const whence = ['set', 'cur', 'end'] as const;
      const w = lauxlib.luaL_checkoption(L1, 2, key('cur'), whence.map((s) => key(s)));
      const off = lauxlib.luaL_optinteger(L1, 3, 0);
      try {
        lua.lua_pushinteger(L1, f.seek(whence[w], Number(off)));
      } catch (e) {
        if (!isFsError(e) && !(e instanceof RangeError)) throw e;
        return fileResult(L1, e);
      }
      return 1;
    },
    setvbuf: (L1) => {
      const f = openFile(L1, 1);
      const modes = ['no', 'full', 'line'] as const;
      const m = lauxlib.luaL_checkoption(L1, 2, null, modes.map((s) => key(s)));
      f.setvbuf(modes[m], Number(lauxlib.luaL_optinteger(L1, 3, 0)));
      lua.lua_pushboolean(L1, true);
      return 1;
    },
    // fengari never collects userdata, so nothing calls this but a script: it closes the file as Lua's would
    __gc: (L1) => {
      const f = toFile(L1, 1);
      if (!f.closed && !f.std) {
        try {
          f.close();
        } catch (e) {
          if (!isFsError(e) && !(e instanceof RangeError)) throw e;
        }
        open.delete(f);
      }
      return 0;
    },
    __tostring: (L1) => {
      const f = toFile(L1, 1);
      pushString(L1, f.closed ? 'file (closed)' : `file (${f.std ? f.name : '0x' + (f.fd + 0x1000).toString(16)})`);
      return 1;
    },
  };

  lauxlib.luaL_newmetatable(L, key(FILE));
  lua.lua_pushvalue(L, -1);
  lua.lua_setfield(L, -2, key('__index'));
  for (const [name, fn] of Object.entries(flib)) {
    lua.lua_pushcfunction(L, fn);
    lua.lua_setfield(L, -2, key(name));
  }
  lua.lua_pop(L, 1);

  lua.lua_createtable(L, 0, 16);
  for (const [name, fn] of Object.entries(iolib)) {
    lua.lua_pushcfunction(L, fn);
    lua.lua_setfield(L, -2, key(name));
  }
  const stdin = LuaFile.std('stdin', 0, undefined, host.blocking);
  const stdout = LuaFile.std('stdout', 1, (b) => host.write(1, b));
  const stderr = LuaFile.std('stderr', 2, (b) => host.write(2, b));
  for (const [name, f, reg] of [
    ['stdin', stdin, IO_INPUT],
    ['stdout', stdout, IO_OUTPUT],
    ['stderr', stderr, undefined],
  ] as const) {
    pushFile(L, f);
    if (reg) {
      lua.lua_pushvalue(L, -1);
      lua.lua_setfield(L, lua.LUA_REGISTRYINDEX, key(reg));
    }
    lua.lua_setfield(L, -2, key(name));
  }
  lua.lua_getfield(L, lua.LUA_REGISTRYINDEX, key('_LOADED'));
  lua.lua_pushvalue(L, -2);
  lua.lua_setfield(L, -2, key('io'));
  lua.lua_pop(L, 1);
  lua.lua_setglobal(L, key('io'));

  return () => {
    for (const f of open) {
      try {
        f.close();
      } catch {
        // closing at VM end: nothing left to report to
      }
    }
    open.clear();
  };
}

function unlinkQuiet(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // already gone
  }
}

function pushBytes(L: LuaState, b: Uint8Array | null): boolean {
  if (b === null) {
    lua.lua_pushnil(L);
    return false;
  }
  lua.lua_pushstring(L, b);
  return true;
}

const L_MAXLENNUM = 200;

/** read("n"): a numeral as C Lua's l_getn reads it (at most 200 characters, one byte of look-ahead). */
function readNumber(L: LuaState, f: LuaFile): boolean {
  let s = '';
  let c = f.peek();
  let tooLong = false;
  const take = () => {
    if (s.length >= L_MAXLENNUM) {
      tooLong = true;
      return false;
    }
    s += String.fromCharCode(f.getc());
    c = f.peek();
    return true;
  };
  const test2 = (set: string) => (c >= 0 && set.includes(String.fromCharCode(c)) ? take() : false);
  const digits = (hex: boolean) => {
    let n = 0;
    while (c >= 0 && (hex ? /[0-9a-fA-F]/ : /[0-9]/).test(String.fromCharCode(c)) && take()) n++;
    return n;
  };
  while (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
    f.getc();
    c = f.peek();
  }
  let count = 0;
  let hex = false;
  test2('-+');
  if (test2('0')) {
    if (test2('xX')) hex = true;
    else count = 1;
  }
  count += digits(hex);
  if (test2('.')) count += digits(hex);
  if (count > 0 && test2(hex ? 'pP' : 'eE')) {
    test2('-+');
    digits(false);
  }
  if (!tooLong && lua.lua_stringtonumber(L, Buffer.from(s, 'latin1')) !== 0) return true;
  lua.lua_pushnil(L);
  return false;
}
