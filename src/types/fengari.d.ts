// fengari and fengari-interop ship no type declarations; they are typed loosely here and
// wrapped by src/lua/ so that the rest of the code never touches them directly.
declare module 'fengari' {
  export const lua: any;
  export const lauxlib: any;
  export const lualib: any;
  export function to_luastring(s: string, cache?: boolean): Uint8Array;
  export function to_jsstring(b: Uint8Array, from?: number, to?: number, replacement_char?: boolean): string;
  export function to_uristring(b: Uint8Array): string;
  export const luastring_eq: (a: Uint8Array, b: Uint8Array) => boolean;
  export const luastring_indexOf: (s: Uint8Array, v: number, i?: number) => number;
  export const luastring_of: (...args: number[]) => Uint8Array;
  export const FENGARI_VERSION: string;
}
declare module 'fengari-interop' {
  export const luaopen_js: any;
  export function push(L: any, v: unknown): void;
  export function tojs(L: any, idx: number): unknown;
  export function checkjs(L: any, idx: number): unknown;
  export function testjs(L: any, idx: number): unknown;
}
// two engine internals src/lua/fengari.ts uses (module.exports of each file)
declare module 'fengari/src/lstring.js' {
  const lstring: { luaS_bless: (L: unknown, b: Uint8Array) => unknown };
  export default lstring;
}
declare module 'fengari/src/lobject.js' {
  const lobject: { pushsvalue2s: (L: unknown, ts: unknown) => void };
  export default lobject;
}
