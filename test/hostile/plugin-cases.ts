/**
 * Hostile plugins: one plugin attacks the globals, the string metatable, the API functions
 * and the KV store, and a sibling plugin loaded next to it must see none of it.
 * Runs the real plugin manager (openPlugins) on the suite's core.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPlugins } from '../../src/plugins/manager.js';
import { ourSchema } from '../../src/schema/parser.js';
import { HOSTILE_LIMITS, checkData, type Suite, type Verdict } from './driver.js';

const VICTIM = `
local P = { name = "victim", permissions = {"getMe", "testSquareInt"} }
function P.on_load()
  storage.set("secret", "kept")
  VICTIM_GLOBAL = "mine"
end
P.repl = {
  check = function()
    return table.concat({ ("ok"):upper(), tostring(VICTIM_GLOBAL), tostring(storage.get("secret")),
      tostring(testSquareInt{x = 4}.value), getMe().first_name, tostring(getmetatable(_G) == nil or "protected") }, ",")
  end,
}
return P
`;

const ATTACKER = `
VICTIM_GLOBAL = "overwritten"
rawset(_G, "testSquareInt", function() return {value = -1} end)
pcall(function() getmetatable("").__index.upper = function() return "PWNED" end end)
string.upper = function() return "PWNED" end
pcall(setmetatable, _G, {__index = function() error("trapped") end})
storage.set("secret", "stolen")
storage.set("../victim/secret", "stolen")
local hostile = setmetatable({}, {__tostring = error})
return { name = "attacker", permissions = {"*"}, repl = {
  noop = function() return "x" end,
  -- values and errors whose __tostring raises reach the host, which must not call Lua unprotected
  tostr = function() return hostile end,
  errobj = function() sleep(0) error(hostile) end,
} }
`;

/** What the victim's `.check` must answer: everything as it set it up. */
export const VICTIM_EXPECTED = 'OK,mine,kept,16,Hostile,';

/** Load both plugins on the suite's core and ask the victim what it sees. */
export async function runPluginCase(suite: Suite): Promise<Verdict> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-hostile-plugins-'));
  const problems: string[] = [];
  let got = '';
  try {
    for (const [name, init] of [
      ['attacker', ATTACKER],
      ['victim', VICTIM],
    ]) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, 'init.lua'), init);
    }
    const opened = await openPlugins({ dirs: [dir], client: suite.client, schema: ourSchema(), limits: HOSTILE_LIMITS });
    try {
      const states = opened.manager.list().map((s) => `${s.name}:${s.state}${s.reason ? ` (${s.reason})` : ''}`);
      const check = opened.manager.replCommands().get('check');
      if (!check) problems.push(`the victim plugin offers no .check command; plugins: ${states.join('; ')}`);
      else {
        got = String(await check.run(''));
        // the last field is getmetatable(_G) as the victim sees it: either answer is fine, the rest must match
        if (!got.startsWith(VICTIM_EXPECTED)) problems.push(`the victim saw ${JSON.stringify(got)}, expected ${JSON.stringify(VICTIM_EXPECTED)}…`);
      }
      for (const name of ['tostr', 'errobj']) {
        const cmd = opened.manager.replCommands().get(name);
        const answer = cmd ? await cmd.run('').then((v) => `answered ${String(v)}`, (e: Error) => `failed: ${e.message}`) : 'missing';
        got += ` .${name} ${answer};`;
        if (!/__tostring failed/.test(answer)) problems.push(`.${name}: expected a placeholder for the failing __tostring, got ${answer}`);
      }
      if (check && !String(await check.run('')).startsWith(VICTIM_EXPECTED)) problems.push('the victim changed after the attacker returned hostile values');
      got += ` [${states.join('; ')}]`;
    } finally {
      await opened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  problems.push(...(await checkData(suite)));
  return { problems, got };
}

const HOARDER = `
local P = { name = "hoarder", permissions = {} }
local function try(f, ...) local ok, e = pcall(f, ...) return ok and "ok" or tostring(e) end
P.repl = { abuse = function()
  local out = {}
  out[#out + 1] = try(storage.set, "big", string.rep("x", 200 * 1024))
  out[#out + 1] = try(storage.set, "fn", print)
  local t = {} t.t = t
  out[#out + 1] = try(storage.set, "cyc", t)
  out[#out + 1] = try(storage.set, "nan", 0/0)
  out[#out + 1] = try(storage.set, "", 1)
  out[#out + 1] = try(storage.set, 42, 1)
  out[#out + 1] = try(storage.set, "co", coroutine.create(print))
  out[#out + 1] = try(storage.set, "bad", "\\255\\254")
  local n = 0
  for i = 1, 1100 do if pcall(storage.set, "k" .. i, i) then n = n + 1 end end
  out[#out + 1] = "stored " .. n
  out[#out + 1] = try(storage.set, "k1", "still writable")
  out[#out + 1] = tostring(storage.get("k1"))
  return table.concat(out, "\\n")
end }
return P
`;

/** What each line of the hoarder's `.abuse` answer must say: a clear refusal, then a store that still works. */
const HOARDER_EXPECTED: RegExp[] = [
  /^storage\.set: value of 'big' is larger than \d+ bytes$/,
  /^storage\.set: .*function/,
  /^storage\.set: .*cyclic/,
  /^storage\.set: NaN cannot be stored/,
  /^storage\.set: key must be a non-empty string/,
  /^storage\.set: key must be a non-empty string.*number/,
  /^storage\.set: .*thread/,
  /^storage\.set: .*UTF-8/,
  /^stored 1000$/,
  /^ok$/,
  /^still writable$/,
];

/** A plugin abusing its KV store (huge, unstorable, too many values) gets clear refusals and a store that still works. */
export async function runPluginKvCase(suite: Suite): Promise<Verdict> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-hostile-kv-'));
  const problems: string[] = [];
  let got = '';
  try {
    mkdirSync(path.join(dir, 'hoarder'));
    writeFileSync(path.join(dir, 'hoarder', 'init.lua'), HOARDER);
    const opened = await openPlugins({ dirs: [dir], client: suite.client, schema: ourSchema(), limits: HOSTILE_LIMITS });
    try {
      const abuse = opened.manager.replCommands().get('abuse');
      if (!abuse) return { problems: [`the hoarder plugin did not load: ${JSON.stringify(opened.manager.list())}`], got };
      got = String(await abuse.run(''));
      const lines = got.split('\n');
      HOARDER_EXPECTED.forEach((re, i) => {
        if (!re.test(lines[i] ?? '')) problems.push(`line ${i + 1}: ${JSON.stringify(lines[i])} does not match ${re}`);
      });
    } finally {
      await opened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  problems.push(...(await checkData(suite)));
  return { problems, got: got.replace(/\n/g, ' | ') };
}
