/**
 * Hostile plugins: one plugin attacks the globals, the string metatable, the API functions
 * and the KV store, and a sibling plugin loaded next to it must see none of it.
 * Runs the real plugin manager (openPlugins) on the suite's core.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPlugins, type OpenedPlugins } from '../../src/plugins/manager.js';
import { sendTextRequest } from '../../src/core/requests.js';
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

/** Plugin folders (folder → file → text) loaded with openPlugins on the suite's core; `fn` probes them. */
async function withPlugins(
  suite: Suite,
  folders: Record<string, Record<string, string>>,
  fn: (opened: OpenedPlugins, out: { printed: string[]; reported: string[] }) => Promise<string[]>,
): Promise<Verdict> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-hostile-plugins-'));
  const out = { printed: [] as string[], reported: [] as string[] };
  const problems: string[] = [];
  try {
    for (const [folder, files] of Object.entries(folders)) {
      mkdirSync(path.join(dir, folder));
      for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, folder, f), text);
    }
    const opened = await openPlugins({
      dirs: [dir],
      client: suite.client,
      schema: ourSchema(),
      limits: HOSTILE_LIMITS,
      print: (l) => out.printed.push(l),
      report: (e) => out.reported.push(e.message),
    });
    try {
      problems.push(...(await fn(opened, out)));
    } finally {
      await opened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  problems.push(...(await checkData(suite)));
  return { problems, got: [...out.reported, ...out.printed].join(' | ') };
}

const states = (o: OpenedPlugins): string => o.manager.list().map((s) => `${s.name}:${s.state}${s.reason ? ` (${s.reason})` : ''}`).join('; ');

/** A hostile plugin case: what it does, and how its outcome is judged. */
export interface PluginCase {
  name: string;
  run(suite: Suite): Promise<Verdict>;
}

const OWNER = `
local P = { permissions = {} }
function P.on_load() if storage.get("secret") == nil then storage.set("secret", "kept") end end
P.repl = { owner = function() return tostring(storage.get("secret")) .. "," .. table.concat(storage.keys(), "+") end }
return P
`;
// top-level code of a would-be duplicate: it must never run against the owner's storage
const THIEF = (tag: string): string => `
print("${tag} ran with secret=" .. tostring(storage.get("secret")))
storage.set("secret", "stolen by ${tag}")
storage.set("planted_${tag}", true)
return { name = "shared", permissions = {} }
`;

/** Read messages of the suite account until `until` is seen by the spy (hang guard: 20 s). */
async function waitFor(probe: () => Promise<string>, until: RegExp): Promise<string> {
  let got = '';
  for (let i = 0; i < 200; i++) {
    got = await probe();
    if (until.test(got)) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
  return got;
}

export const pluginCases: PluginCase[] = [
  {
    name: "a duplicate name (repeated in plugin.json, or claimed by init.lua's table) never reads or writes the first plugin's storage",
    run: (suite) =>
      withPlugins(
        suite,
        {
          a_owner: { 'plugin.json': '{"name": "shared"}', 'init.lua': OWNER },
          b_json_twin: { 'plugin.json': '{"name": "shared"}', 'init.lua': THIEF('b_json_twin') },
          c_table_claim: { 'init.lua': THIEF('c_table_claim') },
        },
        async (o, out) => {
          const problems: string[] = [];
          const owner = o.manager.replCommands().get('owner');
          if (!owner) return [`the first plugin did not load: ${states(o)}`];
          const got = String(await owner.run(''));
          if (got !== 'kept,secret') problems.push(`the first plugin's storage now reads ${JSON.stringify(got)}, expected "kept,secret"`);
          if (out.printed.some((l) => l.includes('b_json_twin ran'))) problems.push(`the duplicate's code ran: ${out.printed.join(' | ')}`);
          if (out.printed.some((l) => /ran with secret=kept/.test(l))) problems.push(`a duplicate read the first plugin's secret: ${out.printed.join(' | ')}`);
          const list = o.manager.list();
          const twin = list.find((s) => s.path.endsWith('b_json_twin'));
          const claim = list.find((s) => s.path.endsWith('c_table_claim'));
          if (twin?.state !== 'disabled' || !/another plugin is already named 'shared'/.test(twin.reason ?? '')) problems.push(`the plugin.json twin is not disabled as a duplicate: ${states(o)}`);
          if (claim?.state !== 'disabled' || !/init\.lua says its name is "shared" but the plugin is named 'c_table_claim'/.test(claim.reason ?? '')) problems.push(`the table claim is not refused: ${states(o)}`);
          return problems;
        },
      ),
  },
  {
    name: 'a plugin gets only the updates its manifest declares: a /command sees only its own messages, its own on() nothing undeclared',
    run: (suite) =>
      withPlugins(
        suite,
        {
          // declares a chat command and no updates, then tries to listen to every message itself
          spy: {
            'init.lua': `
local seen = {}
on("updateNewMessage", function(u) seen[#seen + 1] = "on:" .. tostring(u.message.content.text) end)
on(function(u) if u._ == "updateNewMessage" then seen[#seen + 1] = "any:" .. tostring(u.message.content.text) end end)
return { permissions = {}, commands = { spyping = function(m, args) seen[#seen + 1] = "cmd:" .. m.content.text end },
  repl = { seen = function() return table.concat(seen, "|") end } }
`,
          },
          // declares updateNewMessage: it sees every message (the delivery itself works)
          reader: {
            'plugin.json': '{"updates": ["updateNewMessage"]}',
            'init.lua': `local n = {} return { on = { updateNewMessage = function(u) n[#n + 1] = u.message.content.text end }, repl = { read = function() return table.concat(n, "|") end } }`,
          },
        },
        async (o) => {
          const seen = o.manager.replCommands().get('seen');
          const read = o.manager.replCommands().get('read');
          if (!seen || !read) return [`the plugins did not load: ${states(o)}`];
          const chat = suite.sentinel.chatId;
          for (const text of ['private: the spy must not read this', '/spypingX is another command', '/spyping@bot hello']) {
            const r = await suite.client.invoke(sendTextRequest(chat, text));
            if (r._ === 'error') return [`sendMessage failed: ${String(r.message)}`];
          }
          const readerGot = await waitFor(async () => String(await read.run('')), /spyping@bot hello/);
          const spyGot = await waitFor(async () => String(await seen.run('')), /cmd:/);
          const problems: string[] = [];
          if (!/private: the spy must not read this/.test(readerGot)) problems.push(`the reader, which declares updateNewMessage, did not get the messages: ${JSON.stringify(readerGot)}`);
          if (spyGot !== 'cmd:/spyping@bot hello') problems.push(`the spy saw ${JSON.stringify(spyGot)}; expected only its own command "cmd:/spyping@bot hello"`);
          return problems;
        },
      ),
  },
  {
    name: 'a plugin whose handler or command loops forever after a caught error is stopped and disabled; the host and a sibling keep serving',
    run: (suite) =>
      withPlugins(
        suite,
        {
          handler_loop: {
            'plugin.json': '{"updates": ["updateNewMessage"]}',
            'init.lua': 'return { on = { updateNewMessage = function(u) pcall(error, "caught") while true do end end } }',
          },
          command_loop: { 'init.lua': 'return { repl = { spin = function() pcall(error, "caught") local co = coroutine.wrap(function() while true do end end) co() end } }' },
          steady: { 'init.lua': 'local n = 0 return { permissions = {"testSquareInt"}, repl = { alive = function() n = n + 1 return "alive " .. n .. " " .. testSquareInt{x = 3}.value end } }' },
        },
        async (o) => {
          const problems: string[] = [];
          const spin = o.manager.replCommands().get('spin');
          const alive = o.manager.replCommands().get('alive');
          if (!spin || !alive) return [`the plugins did not load: ${states(o)}`];
          const spun = await spin.run('').then(
            (v) => `answered ${String(v)}`,
            (e: unknown) => `failed: ${e instanceof Error ? e.message : String(e)}`,
          );
          if (!/Lua steps|limit/.test(spun)) problems.push(`the looping command was not stopped by the limit: ${spun}`);
          const r = await suite.client.invoke(sendTextRequest(suite.sentinel.chatId, 'trigger the looping handler'));
          if (r._ === 'error') return [`sendMessage failed: ${String(r.message)}`];
          const state = (name: string) => o.manager.list().find((s) => s.name === name);
          await waitFor(async () => state('handler_loop')?.state ?? '', /disabled/);
          for (const name of ['handler_loop', 'command_loop']) {
            const s = state(name);
            if (s?.state !== 'disabled' || !/limit/.test(s.reason ?? '')) problems.push(`${name} is not disabled for its limit: ${states(o)}`);
          }
          const answer = String(await alive.run(''));
          if (answer !== 'alive 1 9') problems.push(`the sibling answered ${JSON.stringify(answer)} after the loops`);
          return problems;
        },
      ),
  },
  {
    name: 'what a plugin prints, returns and raises cannot forge host lines or drive the terminal',
    run: (suite) =>
      withPlugins(
        suite,
        {
          printer: {
            'init.lua': `
print("one\\nluatd: plugin 'victim' disabled: forged\\r\\27[2J\\27]0;pwned\\7\\194\\155" .. "31m" .. utf8.char(0x202e) .. "txt.exe")
return { repl = { show = function() return "a\\27[31mred\\nsecond line\\0" end } }
`,
          },
          crasher: { 'init.lua': 'function on_load() error("boom\\27[2J\\nluatd: plugin \'printer\' disabled: forged", 0) end' },
        },
        async (o, out) => {
          const problems: string[] = [];
          const show = o.manager.replCommands().get('show');
          if (!show) return [`the printer did not load: ${states(o)}`];
          const shown = String(await show.run(''));
          // eslint-disable-next-line no-control-regex -- finding control characters is the point
          const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;
          for (const l of out.printed) {
            if (!l.startsWith('[printer] ')) problems.push(`a printed line does not carry the plugin's prefix: ${JSON.stringify(l)}`);
            if (raw.test(l)) problems.push(`a printed line holds raw control characters: ${JSON.stringify(l)}`);
          }
          if (!out.printed.some((l) => l.includes('\\e[2J'))) problems.push(`the escape sequence is not shown escaped: ${JSON.stringify(out.printed)}`);
          if (raw.test(shown) || shown !== 'a\\e[31mred\nsecond line\\x00') problems.push(`the REPL command's answer is shown as ${JSON.stringify(shown)}`);
          for (const r of out.reported) if (raw.test(r) || r.includes('\n')) problems.push(`a host report holds raw control characters: ${JSON.stringify(r)}`);
          if (!out.reported.some((r) => /plugin 'crasher' disabled: .*boom\\e\[2J/.test(r))) problems.push(`the crasher's error is not reported escaped: ${JSON.stringify(out.reported)}`);
          return problems;
        },
      ),
  },
];
