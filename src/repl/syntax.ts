/**
 * How the REPL reads what was typed: an expression to print, a statement to run, an
 * unfinished chunk that continues on the `>>` prompt, or a syntax error.
 *
 * It compiles with fengari's own parser (in a small private Lua state of the main thread,
 * never run), so "unfinished" means exactly what Lua means: the error is reported at `<eof>`.
 */
import { lua, lauxlib, to_luastring } from 'fengari';

/** What a typed chunk is. `code` is the Lua source to run (with `return ` prepended for expressions). */
export type ChunkKind =
  | { kind: 'expression'; code: string }
  | { kind: 'statement'; code: string }
  | { kind: 'incomplete' }
  | { kind: 'error'; message: string };

let L: any;

/** Compile without running; returns the error message or undefined. */
export function compileError(code: string, chunkname = '=stdin'): string | undefined {
  if (!L) L = lauxlib.luaL_newstate();
  const buf = to_luastring(code);
  const status = lauxlib.luaL_loadbufferx(L, buf, buf.length, to_luastring(chunkname), to_luastring('t'));
  let message: string | undefined;
  if (status !== lua.LUA_OK) message = lua.lua_tojsstring(L, -1) as string;
  lua.lua_settop(L, 0);
  return message;
}

/**
 * Classify a chunk the way the standalone `lua` REPL does: a leading `=` means `return`;
 * otherwise `return <chunk>` is tried first, then the chunk as statements.
 */
export function classifyChunk(text: string): ChunkKind {
  const src = text.startsWith('=') ? 'return ' + text.slice(1) : text;
  if (src.trim() === '') return { kind: 'statement', code: '' };
  if (!src.startsWith('return ') && compileError('return ' + src) === undefined) {
    return { kind: 'expression', code: 'return ' + src };
  }
  const err = compileError(src);
  if (err === undefined) return { kind: src.startsWith('return ') ? 'expression' : 'statement', code: src };
  if (/<eof>$/.test(err)) return { kind: 'incomplete' };
  return { kind: 'error', message: err };
}
