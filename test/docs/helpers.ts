/** Shared helpers of the docs tests: a Lua compile check and a small hand-made IR. */
import path from 'node:path';
import { lauxlib, lua, to_luastring } from 'fengari';
import type { Method, Param, SchemaIR, TypeRef } from '../../src/schema/ir.js';

const L = lauxlib.luaL_newstate();

/** Compile `src` as a Lua text chunk (no libs opened, nothing run); returns the error message or undefined. */
export function luaCompileError(src: string, chunkname: string): string | undefined {
  const buf = to_luastring(src);
  const status = lauxlib.luaL_loadbufferx(L, buf, buf.length, to_luastring(chunkname), to_luastring('t'));
  const msg = status === lua.LUA_OK ? undefined : String(lua.lua_tojsstring(L, -1));
  lua.lua_settop(L, 0);
  return msg;
}

/** Every ```lua block of a Markdown page. */
export function luaBlocks(page: string): string[] {
  const out: string[] = [];
  const re = /```lua\n([\s\S]*?)\n```/g;
  for (let m = re.exec(page); m; m = re.exec(page)) out.push(m[1]);
  return out;
}

const b = (builtin: 'Bool' | 'int32' | 'int53' | 'int64' | 'string' | 'bytes' | 'double'): TypeRef => ({ kind: 'builtin', builtin, spelled: builtin });
const t = (name: string): TypeRef => ({ kind: 'type', name });
const p = (name: string, type: TypeRef, description = '', mayBeNull = false): Param => ({ name, type, description, mayBeNull });
const fn = (name: string, params: Param[], result: TypeRef, description: string, line: number): Method => ({
  name, params, result, description, line, synchronous: false, beforeAuth: false,
});

/** A small schema written by hand, independent of the parser: auth states, a message with nested objects. */
export function tinyIr(): SchemaIR {
  return {
    irVersion: 1,
    source: '/some/where/tiny.tl',
    builtins: [
      { name: 'Bool', kind: 'Bool' },
      { name: 'int32', kind: 'int32' },
      { name: 'int53', kind: 'int53' },
      { name: 'int64', kind: 'int64' },
      { name: 'string', kind: 'string' },
      { name: 'bytes', kind: 'bytes' },
    ],
    types: [
      { name: 'AuthState', description: 'Where login stands', constructors: ['authStateOk', 'authStateWaitCode'], declaredClass: true },
      { name: 'TextEntityType', description: 'Kind of an entity', constructors: ['textEntityTypeBold', 'textEntityTypePre'], declaredClass: true },
      { name: 'FormattedText', description: '', constructors: ['formattedText'], declaredClass: false },
      { name: 'Message', description: '', constructors: ['message'], declaredClass: false },
    ],
    constructors: [
      { name: 'authStateOk', params: [], description: 'Logged in', result: 'AuthState', line: 1 },
      { name: 'authStateWaitCode', params: [p('timeout', b('int32'), 'Seconds | to wait')], description: 'Waits for the code', result: 'AuthState', line: 2 },
      { name: 'textEntityTypeBold', params: [], description: 'Bold text', result: 'TextEntityType', line: 3 },
      { name: 'textEntityTypePre', params: [p('language', b('string'))], description: 'Code block', result: 'TextEntityType', line: 4 },
      {
        name: 'formattedText',
        params: [p('text', b('string'), 'The text'), p('entities', { kind: 'vector', of: t('TextEntityType') }, 'Its entities'), p('end', b('int32'), 'A field named like a Lua keyword')],
        description: 'Text with entities',
        result: 'FormattedText',
        line: 5,
      },
      {
        name: 'message',
        params: [p('id', b('int53')), p('chat_id', b('int53')), p('content', t('FormattedText')), p('reply_to', t('Message'), 'Replied message; may be null', true), p('hash', b('int64')), p('data', b('bytes'))],
        description: 'A message',
        result: 'Message',
        line: 6,
      },
    ],
    functions: [
      fn('resetAuth', [p('force', b('Bool'), 'Drop local data')], t('AuthState'), 'Logs out. Second sentence.', 10),
      fn('getAuthState', [], t('AuthState'), 'Current state', 11),
      fn('sendMessage', [p('chat_id', b('int53'), 'Target chat'), p('text', t('FormattedText'), 'What to send'), p('reply_to', t('Message'), 'may be null', true)], t('Message'), 'Sends <b>text</b>', 12),
      fn('getMessages', [p('chat_id', b('int53')), p('message_ids', { kind: 'vector', of: b('int53') })], { kind: 'vector', of: t('Message') }, 'Several messages', 13),
    ],
  };
}

/** Targets of relative `.md` links that no page of the site answers (at most 5, with the linking page). */
export function brokenLinks(pages: Map<string, string>): string[] {
  const out: string[] = [];
  const re = /\]\(([^)]+\.md)\)/g;
  for (const [rel, page] of pages) {
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    for (let m = re.exec(page); m; m = re.exec(page)) {
      const target = path.posix.normalize(path.posix.join(dir, m[1]));
      if (!pages.has(target) && out.length < 5) out.push(`${rel} -> ${target}`);
    }
  }
  return out;
}
