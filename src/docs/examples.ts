/** The example snippets of a page (Lua and TypeScript), shared by the Markdown and text renderers. */
import type { Constructor, Method, TypeRef } from '../schema/ir.js';
import type { SampleMaker, SampleObject } from './samples.js';
import { isLuaName, isTsName, toLua, toTs, tsString } from './values.js';

/** The Lua variable an example assigns the result to: the result type's name, as in `AuthState = resetAuth(...)`. */
export function resultVariable(ref: TypeRef): string {
  let name: string;
  switch (ref.kind) {
    case 'type':
    case 'constructor':
      name = ref.name;
      break;
    case 'builtin':
      name = ref.spelled;
      break;
    default:
      name = 'result';
  }
  // MTProto names are namespaced (`auth.Authorization`): keep the last part, a valid Lua name
  const dot = name.lastIndexOf('.');
  if (dot >= 0) name = name.slice(dot + 1);
  return isLuaName(name) ? name : 'result';
}

/** Lua call of `method` with sample parameters. */
export function luaMethodExample(method: Method, request: SampleObject): string {
  const params: SampleObject = {};
  for (const k in request) if (k !== '_') copyField(params, k, request[k]);
  const lhs = resultVariable(method.result) + ' = ' + method.name + '(';
  return lhs + toLua(params) + ')';
}

/**
 * TypeScript call of `method` through the library's `Host` (`createHost()` of src/index.ts):
 * `host.call` validates like Lua calls do, whereas `Client.invoke` expects validated requests.
 */
export function tsMethodExample(method: Method, request: SampleObject): string {
  const v = resultVariable(method.result);
  let name = v.charAt(0).toLowerCase() + v.slice(1);
  if (!isTsName(name)) name = 'result';
  const params: SampleObject = {};
  let any = false;
  for (const k in request) {
    if (k === '_') continue;
    copyField(params, k, request[k]);
    any = true;
  }
  const head = 'const ' + name + ' = await host.call(' + tsString(method.name);
  return head + (any ? ', ' + toTs(params) : '') + ');';
}

/** Lua table for an object built by constructor `c`. */
export function luaObjectExample(c: Constructor, samples: SampleMaker): string {
  const v = samples.object(c, 0) ?? { _: c.name };
  let name = c.name.slice(c.name.lastIndexOf('.') + 1);
  if (!isLuaName(name)) name = 'value';
  return 'local ' + name + ' = ' + toLua(v);
}

/** `to[k] = v`, also when k is `__proto__` (which plain assignment would turn into a prototype). */
function copyField(to: SampleObject, k: string, v: SampleObject[string]): void {
  if (k === '__proto__') Object.defineProperty(to, k, { value: v, enumerable: true, writable: true, configurable: true });
  else to[k] = v;
}

/** A shell word in single quotes (a `'` inside becomes `'\''`). */
function shellQuote(s: string): string {
  return /^[A-Za-z0-9_=.:,/@-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** One form field for curl: `-d` when its text needs no URL encoding, else `--data-urlencode`. */
function curlField(name: string, value: string): string {
  const plain = /^[A-Za-z0-9_.\-~:,"{}[\]]*$/.test(value);
  return (plain ? '-d ' : '--data-urlencode ') + shellQuote(`${name}=${value}`);
}

/** Sample parameters as the wire writes them: JSON, with int64 and bytes as strings. */
function wireParams(request: SampleObject): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const k in request) if (k !== '_') Object.defineProperty(params, k, { value: request[k], enumerable: true, writable: true, configurable: true });
  return JSON.parse(JSON.stringify(params, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Record<string, unknown>;
}

/**
 * The two HTTP calls of `luatd serve` (docs/http.md), as the seed showed them: as a bot through
 * PWRTelegram's `madeline` route (`method` and `params` as one JSON object), and as a user with
 * the function in the path and each parameter JSON-encoded.
 */
export function httpMethodExamples(method: Method, request: SampleObject): { bot: string; user: string } {
  const params = wireParams(request);
  const root = 'curl http://127.0.0.1:8081';
  const bot = [`${root}/bot$BOT_TOKEN/madeline`, `-d method=${method.name}`];
  if (Object.keys(params).length > 0) bot.push(curlField('params', JSON.stringify(params)));
  const user = [`${root}/user$USER_TOKEN/${method.name}`];
  for (const [k, v] of Object.entries(params)) user.push(curlField(k, JSON.stringify(v)));
  return { bot: bot.join(' '), user: user.join(' ') };
}
