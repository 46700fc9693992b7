/** Locations inside the installed package and the user's default folders. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';

/** The package root (the folder holding package.json), from dist/src/ or src/. */
export const packageRoot: string = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // compiled: <root>/dist/src/paths.js ; run from source: <root>/src/paths.ts
  return path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '..', '..') : path.resolve(here, '..');
})();

/** Our own TL schema, shipped with the package. */
export const ourSchemaPath = path.join(packageRoot, 'src', 'schema', 'tl', 'td_api.tl');

/** Lua modules shipped with the package (`require` searches here). */
export const luaLibDir = path.join(packageRoot, 'lua');

/** The per-user base folder: $LUATD_HOME, else $XDG_DATA_HOME/luatd, else ~/.local/share/luatd. */
export function userHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LUATD_HOME) return env.LUATD_HOME;
  const xdg = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(xdg, 'luatd');
}

/** Default data directory of the embedded core. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userHome(env), 'data');
}

/** Default user plugin folder. */
export function defaultPluginDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userHome(env), 'plugins');
}
