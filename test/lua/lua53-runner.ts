/**
 * Runs one file of the official Lua 5.3 test suite alone, the way a user runs a trusted script:
 * through luatd's library host (createHost, the same LuaRuntime `luatd run` uses) with every
 * permission (`--allow-all`), from the suite's folder, after `_port = true; _soft = true` (as
 * `lua -e "_port=true _soft=true" FILE` does). Prints one JSON line last:
 * `{"status":"pass"}`, `{"status":"fail","line":N,"message":"..."}` (N: the first line of that
 * file in the error or its traceback) or `{"status":"killed",...}` when the step limit stopped it.
 * Spawned by lua53-suite.test.ts, one process per file.
 *
 * Limits count work, not time: a file that waits forever for a garbage collection fengari never
 * does (a weak-table loop) is stopped by `maxSteps` at the same point on an idle and a busy machine.
 */
import { createHost } from '../../src/index.js';
import { FakeClient } from './fake-client.js';

const [dir, file, steps] = process.argv.slice(2);
process.chdir(dir);
const out = (s: string) => process.stdout.write(s);
const host = await createHost({
  // the suite calls no API function: a test double stands for the core
  client: new FakeClient(),
  permissions: { all: true },
  limits: { sliceMs: 0, totalMs: 0, sliceSteps: Number(steps) },
  print: (line) => out(line + '\n'),
  write: (_fd, bytes) => out(Buffer.from(bytes).toString('latin1')),
});
await host.exec('_port = true; _soft = true', '=(command line)');
const outcome = await host.runFile(file);
let result: Record<string, unknown>;
if (outcome.status === 'ok') {
  result = { status: 'pass' };
} else {
  const e = outcome.error!;
  const text = `${e.message}\n${typeof e.details.traceback === 'string' ? e.details.traceback : ''}`;
  const m = new RegExp(`${file.replace(/\./g, '\\.')}:(\\d+):`).exec(text);
  result = { status: outcome.status === 'killed' ? 'killed' : 'fail', line: m ? Number(m[1]) : 0, message: e.message.split('\n')[0] };
}
out('\n' + JSON.stringify(result) + '\n');
await host.close();
process.exit(0);
