/** `luatd describe NAME [--schema FILE] [--plugins DIR]`: print the reference page of a method, constructor or type. */
import type { Command } from 'commander';
import { describe } from '../../docs/index.js';
import { schemaForDocs } from './schema-option.js';
import { collect } from '../options.js';

/** Register `luatd describe`. */
export function register(program: Command): void {
  program
    .command('describe')
    .description('print the reference page of a method, constructor or type (e.g. luatd describe resetAuth)')
    .argument('<name>', 'method, constructor or type name, as in the schema')
    .option('-s, --schema <file>', 'a .tl schema to look in instead of our own td_api.tl')
    .option('--backend <name>', "embedded (our schema, marking what the offline core serves) or tdlib (the installed TDLib's schema)", 'embedded')
    .option('--plugins <dir>', 'also look in the functions that the TS/JS plugins of DIR add (repeatable)', collect, [] as string[])
    .action(async (name: string, opts: { schema?: string; plugins: string[]; backend: string }) => {
      const { ir, backend } = await schemaForDocs(opts);
      process.stdout.write(describe(ir, name, backend));
    });
}
