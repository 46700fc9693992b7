/** `luatd describe NAME [--schema FILE]`: print the reference page of a method, constructor or type. */
import type { Command } from 'commander';
import { loadSchema, ourSchema } from '../../schema/parser.js';
import { describe } from '../../docs/index.js';
import { embeddedBackend } from './docs.js';

/** Register `luatd describe`. */
export function register(program: Command): void {
  program
    .command('describe')
    .description('print the reference page of a method, constructor or type (e.g. luatd describe resetAuth)')
    .argument('<name>', 'method, constructor or type name, as in the schema')
    .option('-s, --schema <file>', 'a .tl schema to look in instead of our own td_api.tl')
    .action((name: string, opts: { schema?: string }) => {
      const ir = opts.schema ? loadSchema(opts.schema) : ourSchema();
      process.stdout.write(describe(ir, name, embeddedBackend));
    });
}
