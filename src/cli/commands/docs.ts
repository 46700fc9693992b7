/** `luatd docs --out DIR [--schema FILE] [--plugins DIR]`: write the Markdown reference site of a schema. */
import path from 'node:path';
import type { Command } from 'commander';
import { generateSite, writeSite, type DocsOptions } from '../../docs/index.js';
import { schemaForDocs } from './schema-option.js';
import { collect } from '../options.js';

/** Options of the docs command as commander parses them. */
interface DocsCliOptions {
  out: string;
  schema?: string;
  plugins: string[];
  backend: string;
}

/** Register `luatd docs`. */
export function register(program: Command): void {
  program
    .command('docs')
    .description('write the Markdown reference (one page per method, constructor and type) of a schema')
    .requiredOption('-o, --out <dir>', 'folder to write the site into (created if needed)')
    .option('-s, --schema <file>', 'a .tl schema to document instead of our own td_api.tl')
    .option('--backend <name>', "embedded (our schema, marking what the offline core serves) or tdlib (the installed TDLib's schema)", 'embedded')
    .option('--plugins <dir>', 'also document the functions that the TS/JS plugins of DIR add (repeatable)', collect, [] as string[])
    .action((opts: DocsCliOptions) => runDocs(opts));
}

async function runDocs(opts: DocsCliOptions): Promise<void> {
  const started = performance.now();
  const { ir, backend } = await schemaForDocs(opts);
  const docsOpts: DocsOptions = {
    ...backend,
    // the note names the schema by base name only, so pages do not depend on where it lives
    regenerateCommand: 'luatd docs --out DIR' + (opts.backend !== 'embedded' ? ' --backend ' + opts.backend : '') + (opts.schema ? ' --schema ' + path.basename(opts.schema) : ''),
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
