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
return { name = "attacker", permissions = {"*"}, repl = { noop = function() return "x" end } }
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
