/** `luatd types [--schema FILE] [--out FILE]`: print or write the TypeScript types of a schema. */
import { writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { LuatdError } from '../../errors.js';
import { loadSchema, ourSchema } from '../../schema/parser.js';
import { generateTs } from '../../schema/tsgen.js';

/** Register `luatd types`. */
export function register(program: Command): void {
  program
    .command('types')
    .description('generate TypeScript types (objects, unions, Methods) from a schema')
    .option('-s, --schema <file>', 'a .tl schema to read instead of our own td_api.tl')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action((opts: { schema?: string; out?: string }) => {
      const ir = opts.schema ? loadSchema(opts.schema) : ourSchema();
      // doc problems do not stop generation, but whoever edits the .tl should see them
      for (const w of ir.warnings ?? []) process.stderr.write(`luatd: warning: ${w}\n`);
      const text = generateTs(ir);
      if (!opts.out) {
        process.stdout.write(text);
        return;
      }
      // write then rename, so a failed run never leaves a half-written file that tsc would choke on
      const tmp = path.join(path.dirname(opts.out), `.${path.basename(opts.out)}.${process.pid}.tmp`);
      try {
        writeFileSync(tmp, text);
        renameSync(tmp, opts.out);
      } catch (e) {
        throw new LuatdError('IO', `cannot write ${opts.out}: ${(e as Error).message}`, { file: opts.out });
      }
    });
}
