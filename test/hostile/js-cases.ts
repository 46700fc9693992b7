/**
 * Hostile requests from JS, straight to `client.invoke` (what a library user or a TS plugin
 * can send): the core must answer an error object naming the problem, never throw, hang or
 * let a request reach into Object.prototype.
 */
import type { TdObject } from '../../src/core/client.js';
import { checkData, type Suite, type Verdict } from './driver.js';

/** A request and the answer it must get: an error whose message matches, or a result of this constructor. */
export interface JsCase {
  name: string;
  request: () => unknown;
  expect: { error: RegExp } | { result: string };
  todo?: string;
}

const cyclic = () => {
  const r: Record<string, unknown> = { _: 'setOption', name: 'x' };
  const value: Record<string, unknown> = { _: 'optionValueString', value: 'v' };
  value.self = r;
  r.value = value;
  return r;
};

/** The cases. */
export const jsCases: JsCase[] = [
  { name: 'unknown method', request: () => ({ _: 'noSuchMethod' }), expect: { error: /Unknown method 'noSuchMethod'/ } },
  { name: 'request without _', request: () => ({ x: 1 }), expect: { error: /'_'/ } },
  { name: 'null request', request: () => null, expect: { error: /'_'/ } },
  { name: 'a string as the request', request: () => 'getMe', expect: { error: /'_'/ } },
  { name: 'a bigint for int32', request: () => ({ _: 'testSquareInt', x: 10n }), expect: { error: /Invalid 'x'/ } },
  { name: 'a __proto__ key (from JSON.parse)', request: () => JSON.parse('{"_":"testSquareInt","x":3,"__proto__":{"polluted":true}}'), expect: { error: /__proto__/ } },
  { name: 'a constructor key', request: () => ({ _: 'testSquareInt', x: 3, constructor: 'evil' }), expect: { error: /constructor/ } },
  { name: 'a cyclic request', request: cyclic, expect: { error: /self|cycl/ } },
  // a hole, as `[1, , 3]` makes
  // eslint-disable-next-line no-sparse-arrays
  { name: 'a sparse array for a vector', request: () => ({ _: 'testCallVectorInt', x: [1, , 3] }), expect: { error: /x\[2\]/ } },
  { name: 'a function for a string', request: () => ({ _: 'testCallString', x: () => 1 }), expect: { error: /Invalid 'x'/ } },
  { name: 'a symbol for a string', request: () => ({ _: 'testCallString', x: Symbol('s') }), expect: { error: /Invalid 'x'/ } },
  { name: 'an inexact number for int64', request: () => ({ _: 'terminateSession', session_id: 2 ** 60 }), expect: { error: /session_id.*decimal string/ } },
  { name: 'a million-element vector', request: () => ({ _: 'testCallVectorInt', x: Array.from({ length: 1e6 }, (_, i) => i) }), expect: { result: 'testVectorInt' } },
  {
    name: 'a string with a lone surrogate (not encodable as UTF-8)',
    request: () => ({ _: 'testCallString', x: '\uD800abc' }),
    expect: { error: /UTF-8|Invalid 'x'/ },
  },
];

/** Send one request and judge the answer; also checks Object.prototype and the core's data. */
export async function runJsCase(suite: Suite, c: JsCase): Promise<Verdict> {
  const problems: string[] = [];
  let got = '';
  try {
    const r = (await suite.client.invoke(c.request() as TdObject)) as TdObject;
    got = JSON.stringify(r).slice(0, 200);
    if ('error' in c.expect) {
      if (r._ !== 'error') problems.push(`expected an error object, got ${got}`);
      else if (!c.expect.error.test(String(r.message))) problems.push(`error message ${JSON.stringify(r.message)} does not match ${c.expect.error}`);
    } else if (r._ !== c.expect.result) problems.push(`expected a ${c.expect.result}, got ${got}`);
  } catch (e) {
    problems.push(`invoke threw instead of answering an error object: ${(e as Error).message}`);
  }
  if ((Object.prototype as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype was polluted');
  problems.push(...(await checkData(suite)));
  return { problems, got };
}
