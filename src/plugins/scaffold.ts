/**
 * `luatd plugins new NAME`: a working plugin folder to start from — plugin.json, init.lua
 * (on_load/on_unload, an update handler, a /ping command, a REPL command, storage) and
 * test.lua, which `luatd plugins test DIR` runs.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LuatdError } from '../errors.js';
import { isPluginName } from './manifest.js';

/** The files of a new plugin, by file name. */
export function scaffoldFiles(name: string): Record<string, string> {
  const replName = name.replace(/-/g, '_');
  const manifest = {
    name,
    version: '0.1.0',
    description: `${name}: answers /ping and counts the messages it sees`,
    permissions: ['getMe', 'sendMessage'],
    updates: ['updateNewMessage'],
  };
  const init = `-- ${name}: a luatd plugin. Save this file while a host runs and it is reloaded.
-- Guide: docs/plugins.md. Test it: luatd plugins test <this folder>
local plugin = {}

function plugin.on_load()
  print("loaded; messages seen so far: " .. (storage.get("seen") or 0))
end

function plugin.on_unload()
  print("unloading")
end

-- update handlers, one per update type listed in plugin.json's "updates"
plugin.on = {
  updateNewMessage = function(update)
    storage.set("seen", (storage.get("seen") or 0) + 1)
  end,
}

-- chat commands: a message "/ping" runs this; a string it returns is sent back as the reply
plugin.commands = {
  ping = function(message, args)
    if args ~= "" then return "pong: " .. args end
    return "pong"
  end,
}

-- REPL commands: type .${replName} at the luatd repl prompt
plugin.repl = {
  ${replName} = function(args)
    return "messages seen: " .. (storage.get("seen") or 0)
  end,
}

return plugin
`;
  const test = `-- Tests of the ${name} plugin. Run: luatd plugins test <this folder>
-- \`plugin\` drives the plugin as a host would: chat messages, updates, REPL commands, storage.
assert(plugin.command("/ping") == "pong")
assert(plugin.command("/ping hello") == "pong: hello")
plugin.update({ _ = "updateNewMessage", message = { _ = "message", id = 3, chat_id = 1, content = { _ = "messageText", text = "hi", entities = {} } } })
assert(plugin.storage("seen") == 3, "three messages were counted")
assert(plugin.repl("${replName}") == "messages seen: 3")
print("all ${name} tests passed")
`;
  return { 'plugin.json': JSON.stringify(manifest, null, 2) + '\n', 'init.lua': init, 'test.lua': test };
}

/** Create `dir/name` with a new plugin; returns its path. Throws LuatdError(USAGE) for a bad name or an existing folder. */
export function scaffoldPlugin(dir: string, name: string): string {
  if (!isPluginName(name)) throw new LuatdError('USAGE', `plugin name '${name}': use letters, digits, _ and -, starting with a letter`);
  const target = path.join(dir, name);
  if (existsSync(target)) throw new LuatdError('USAGE', `${target} already exists`);
  try {
    mkdirSync(target, { recursive: true });
    for (const [f, text] of Object.entries(scaffoldFiles(name))) writeFileSync(path.join(target, f), text);
  } catch (e) {
    throw new LuatdError('IO', `cannot create ${target}: ${(e as Error).message}`);
  }
  return target;
}
