/**
 * Late binding to the code under measurement. Benchmarked subjects are built by other
 * parts of the project, some later than the bench itself; a row whose subject is missing
 * (or whose module fails to load) prints "n/a (not built yet: ...)" instead of breaking
 * the whole run, so the bench is imported dynamically and checked at run time.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The compiled tree root (dist/), from dist/bench/load.js. */
export const distRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A loaded module, or the reason it is not usable. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Import `rel` (e.g. 'src/schema/parser.js', relative to dist/) and pick the named exports,
 * which must all be functions (or classes). Never throws.
 */
export async function loadExports<T extends Record<string, any>>(
  rel: string,
  names: (keyof T & string)[],
): Promise<Loaded<T>> {
  const file = path.join(distRoot, rel);
  if (!existsSync(file)) return { ok: false, reason: `not built yet: ${rel.replace(/^src\//, 'src/').replace(/\.js$/, '.ts')}` };
  let mod: Record<string, unknown>;
  try {
    mod = (await import(new URL(`file://${file}`).href)) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, reason: `${rel} failed to load: ${(e as Error).message.split('\n')[0]}` };
  }
  const missing = names.filter((n) => typeof mod[n] !== 'function');
  if (missing.length) return { ok: false, reason: `not built yet: ${missing.join(', ')} in ${rel.replace(/\.js$/, '.ts')}` };
  return { ok: true, value: mod as unknown as T };
}
