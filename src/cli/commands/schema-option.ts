/**
 * The schema the describing commands (`docs`, `describe`) work on: ours or `--schema FILE`
 * (TDLib's with `--backend tdlib`), extended by the TS/JS plugins of `--plugins DIR` so that
 * functions a plugin adds are documented like the rest (and not flagged as unimplemented: the
 * plugin serves them).
 */
import { loadSchema, ourSchema } from '../../schema/parser.js';
import type { SchemaIR } from '../../schema/ir.js';
import type { DocsOptions } from '../../docs/index.js';
import { IMPLEMENTED_METHODS, servedBy } from '../../core/index.js';
import { extendSchema } from '../../plugins/manager.js';
import { LEGACY_FUNCTIONS, tdlibSchema, tdlibTypesFile } from '../../core/tdlib/index.js';
import { LuatdError } from '../../errors.js';

let tdlibNames: Set<string> | undefined | null;

/** Function names of the TDLib whose declarations are installed (null when they are not). */
function installedTdlibFunctions(): Set<string> | null {
  if (tdlibNames !== undefined) return tdlibNames;
  const file = tdlibTypesFile();
  try {
    tdlibNames = file ? new Set(loadSchema(file).functions.map((f) => f.name)) : null;
  } catch {
    tdlibNames = null;
  }
  return tdlibNames;
}

/**
 * Where a method the embedded engine does not serve is served instead, said only when true:
 * TDLib's declarations are installed and name it (or it is one of the translated legacy calls).
 */
function servedByTdlib(method: string): string | undefined {
  if (LEGACY_FUNCTIONS.has(method)) return 'With --backend tdlib it is translated to TDLib 1.8 (docs/tdlib.md).';
  const names = installedTdlibFunctions();
  return names?.has(method) ? 'The installed TDLib has a method of this name: run with --backend tdlib (its parameters are TDLib\'s).' : undefined;
}

/** What the pages say about the backend luatd runs: the embedded engine, and which methods it serves. */
export const embeddedBackend: DocsOptions = {
  implemented: (method) => IMPLEMENTED_METHODS.has(method),
  backendName: 'embedded',
  elsewhere: servedByTdlib,
};

/**
 * TDLib serves every function of its own schema, and the legacy calls by translation: its pages
 * mark nothing and say nothing about unserved methods (no `implemented`).
 */
const tdlibBackend: DocsOptions = { backendName: 'tdlib' };

/** Load the schema and the backend notes for `--schema` / `--plugins` / `--backend`; broken plugins are reported and left out. */
export async function schemaForDocs(opts: { schema?: string; plugins?: string[]; backend?: string; compat?: string }): Promise<{ ir: SchemaIR; backend: DocsOptions }> {
  const backendName = opts.backend ?? 'embedded';
  if (backendName !== 'embedded' && backendName !== 'tdlib') throw new LuatdError('USAGE', `--backend must be embedded or tdlib, got '${backendName}'`);
  const tdlib = backendName === 'tdlib';
  const base = tdlib ? tdlibSchema({ schema: opts.schema, compat: opts.compat === 'none' ? 'none' : 'legacy' }) : opts.schema ? loadSchema(opts.schema) : ourSchema();
  // another schema's functions are served only where they have our shapes (src/core/served.ts)
  const notes = tdlib ? tdlibBackend : opts.schema ? { ...embeddedBackend, implemented: servedBy(IMPLEMENTED_METHODS, base) } : embeddedBackend;
  if (!opts.plugins || opts.plugins.length === 0) return { ir: base, backend: notes };
  const { schema, errors } = await extendSchema(base, opts.plugins);
  for (const e of errors) process.stderr.write(`luatd: plugin left out: ${e}\n`);
  const baseNames = new Set(base.functions.map((f) => f.name));
  const added = new Set(schema.functions.map((f) => f.name).filter((n) => !baseNames.has(n)));
  const served = notes.implemented;
  return { ir: schema, backend: served ? { ...notes, implemented: (m) => added.has(m) || served(m) } : notes };
}
