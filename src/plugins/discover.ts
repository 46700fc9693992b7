/**
 * Finding plugins on disk. A plugin is always a folder of a plugin directory:
 * - a Lua plugin has `init.lua` (and optionally `plugin.json`);
 * - a TypeScript/JavaScript plugin has a `plugin.json` whose `main` names its module
 *   (see ts-plugin.ts). Nothing else is imported: loose `.js` files of a plugin directory
 *   (`--plugins .` in a project: eslint.config.js, webpack.config.js...) and folders without a
 *   manifest never run, not even for `luatd describe --plugins`.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

/** A plugin found on disk, before it is loaded. */
export interface FoundPlugin {
  /** `lua` (folder with init.lua) or `js` (folder whose plugin.json declares a `main` module). */
  kind: 'lua' | 'js';
  /** The folder name: the plugin's name unless plugin.json gives one. */
  id: string;
  /** The plugin folder. */
  path: string;
  /** The plugins directory it was found in. */
  dir: string;
}

/**
 * List the plugins of `dirs`, each directory's entries sorted by name; a missing directory
 * is skipped (the default user folder usually does not exist). Entries that are neither
 * kind of plugin folder are ignored; hidden entries (`.x`) and `node_modules` too.
 */
export function discoverPlugins(dirs: string[]): FoundPlugin[] {
  const out: FoundPlugin[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = path.join(dir, name);
      try {
        if (!statSync(p).isDirectory()) continue;
      } catch {
        continue;
      }
      if (existsSync(path.join(p, 'init.lua'))) out.push({ kind: 'lua', id: name, path: p, dir });
      else if (existsSync(path.join(p, 'plugin.json'))) out.push({ kind: 'js', id: name, path: p, dir });
    }
  }
  return out;
}
