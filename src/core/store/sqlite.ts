/**
 * Opening SQLite databases (better-sqlite3) with its native addon found once, from better-sqlite3's
 * own folder. Why not let better-sqlite3 find it: it asks the `bindings` package, which works out
 * the caller's package from a stack trace and tries a dozen paths with `require` (a measurable part
 * of a script worker's start), and which finds nothing at all from inside the worker's bundle
 * (src/build/bundle.mjs bundles better-sqlite3's JavaScript: the caller is then the bundle).
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let addon: string | undefined;

/** The addon's path: where npm's install puts it (a prebuilt download or node-gyp), else where `bindings` finds it. */
function nativeBinding(): string {
  if (addon === undefined) {
    const root = path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
    const built = path.join(root, 'build', 'Release', 'better_sqlite3.node');
    if (existsSync(built)) addon = built;
    else {
      // another layout (a Debug build, an old prebuild): bindings' own search, from better-sqlite3's folder
      const bindings = createRequire(path.join(root, 'package.json'))('bindings') as (o: { bindings: string; module_root: string; path: true }) => string;
      addon = bindings({ bindings: 'better_sqlite3.node', module_root: root, path: true });
    }
  }
  return addon;
}

/** better-sqlite3's `new Database(file, options)`; a Buffer opens an in-memory copy of that database image. */
export function openSqlite(file: string | Buffer, options: Database.Options = {}): Database.Database {
  return new Database(file as string, { ...options, nativeBinding: nativeBinding() });
}
