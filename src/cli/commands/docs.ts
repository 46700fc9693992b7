/** `luatd docs --out DIR [--schema FILE]`: write the Markdown reference site of a schema. */
import path from 'node:path';
import type { Command } from 'commander';
import { loadSchema, ourSchema } from '../../schema/parser.js';
import { generateSite, writeSite, type DocsOptions } from '../../docs/index.js';
import { IMPLEMENTED_METHODS } from '../../core/index.js';

/** What the pages say about the backend luatd runs: the embedded engine, and which methods it serves. */
export const embeddedBackend: DocsOptions = {
  implemented: (method) => IMPLEMENTED_METHODS.has(method),
  backendName: 'embedded',
};

/** Options of the docs command as commander parses them. */
interface DocsCliOptions {
  out: string;
  schema?: string;
}

/** Register `luatd docs`. */
export function register(program: Command): void {
  program
    .command('docs')
    .description('write the Markdown reference (one page per method, constructor and type) of a schema')
    .requiredOption('-o, --out <dir>', 'folder to write the site into (created if needed)')
    .option('-s, --schema <file>', 'a .tl schema to document instead of our own td_api.tl')
    .action((opts: DocsCliOptions) => runDocs(opts));
}

function runDocs(opts: DocsCliOptions): void {
  const started = performance.now();
  const ir = opts.schema ? loadSchema(opts.schema) : ourSchema();
  const docsOpts: DocsOptions = {
    ...embeddedBackend,
    // the note names the schema by base name only, so pages do not depend on where it lives
    regenerateCommand: 'luatd docs --out DIR' + (opts.schema ? ' --schema ' + path.basename(opts.schema) : ''),
  };
  const pages = generateSite(ir, docsOpts);
  const tty = process.stderr.isTTY === true;
  let shown = 0;
  const result = writeSite(opts.out, pages, {
    onProgress: tty
      ? (done, total) => {
          if (done - shown >= 100 || done === total) {
            shown = done;
            process.stderr.write(`\rluatd docs: ${done}/${total} pages`);
          }
        }
      : undefined,
  });
  if (tty) process.stderr.write('\r\x1b[K');
  const ms = Math.round(performance.now() - started);
  const removed = result.removed ? `, removed ${result.removed} stale` : '';
  process.stdout.write(
    `wrote ${result.written} pages to ${opts.out} (${ir.functions.length} methods, ${ir.constructors.length} constructors, ` +
      `${ir.types.length} types${removed}) in ${ms} ms\n`,
  );
}
