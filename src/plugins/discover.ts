/**
 * Finding plugins on disk. A Lua plugin is a folder with `init.lua` (and optionally
 * `plugin.json`); a TypeScript/JavaScript plugin is a folder with `index.js`/`index.mjs`,
 * or a single `*.js`/`*.mjs` file, exporting `{ name, tl, handlers }` (see ts-plugin.ts).
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

/** A plugin found on disk, before it is loaded. */
export interface FoundPlugin {
  /** `lua` (folder with init.lua) or `js` (a module extending the core). */
  kind: 'lua' | 'js';
  /** The folder name (or file name without extension): the name until the manifest says otherwise. */
  id: string;
  /** The plugin folder (Lua) or module file (JS). */
  path: string;
  /** The plugins directory it was found in. */
  dir: string;
}

/**
 * List the plugins of `dirs`, each directory's entries sorted by name; a missing directory
 * is skipped (the default user folder usually does not exist). Entries that are neither
 * are ignored; hidden entries (`.x`) too.
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
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (existsSync(path.join(p, 'init.lua'))) out.push({ kind: 'lua', id: name, path: p, dir });
        else {
          const idx = ['index.js', 'index.mjs'].map((f) => path.join(p, f)).find((f) => existsSync(f));
          if (idx) out.push({ kind: 'js', id: name, path: idx, dir });
        }
      } else if (/\.m?js$/.test(name)) {
        out.push({ kind: 'js', id: name.replace(/\.m?js$/, ''), path: p, dir });
      }
    }
  }
  return out;
}
