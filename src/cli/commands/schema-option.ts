/**
 * The schema the describing commands (`docs`, `describe`) work on: ours or `--schema FILE`,
 * extended by the TS/JS plugins of `--plugins DIR` so that functions a plugin adds are
 * documented like the rest (and not flagged as unimplemented: the plugin serves them).
 */
import { loadSchema, ourSchema } from '../../schema/parser.js';
import type { SchemaIR } from '../../schema/ir.js';
import type { DocsOptions } from '../../docs/index.js';
import { IMPLEMENTED_METHODS } from '../../core/index.js';
import { extendSchema } from '../../plugins/manager.js';

/** What the pages say about the backend luatd runs: the embedded engine, and which methods it serves. */
export const embeddedBackend: DocsOptions = {
  implemented: (method) => IMPLEMENTED_METHODS.has(method),
  backendName: 'embedded',
};

/** Load the schema and the backend notes for `--schema` / `--plugins`; broken plugins are reported and left out. */
export async function schemaForDocs(opts: { schema?: string; plugins?: string[] }): Promise<{ ir: SchemaIR; backend: DocsOptions }> {
  const base = opts.schema ? loadSchema(opts.schema) : ourSchema();
  if (!opts.plugins || opts.plugins.length === 0) return { ir: base, backend: embeddedBackend };
  const { schema, errors } = await extendSchema(base, opts.plugins);
  for (const e of errors) process.stderr.write(`luatd: plugin left out: ${e}\n`);
  const baseNames = new Set(base.functions.map((f) => f.name));
  const added = new Set(schema.functions.map((f) => f.name).filter((n) => !baseNames.has(n)));
  return { ir: schema, backend: { ...embeddedBackend, implemented: (m) => added.has(m) || IMPLEMENTED_METHODS.has(m) } };
}
