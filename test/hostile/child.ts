/**
 * Runs one script case in a child process and prints its verdict as JSON: used for `todo`
 * cases (known bugs) and `mayHang` cases (fixed hangs), so the suite can kill them after a
 * timeout instead of hanging with them. Usage: node dist/test/hostile/child.js '<case name>'
 * (with $LUATD_HOSTILE_TMP: the folder to make its data dir in).
 */
import { scriptCases } from './cases.js';
import { openSuite, runScriptCase } from './driver.js';

const name = process.argv[2];
const c = scriptCases.find((x) => x.name === name);
if (!c) {
  process.stderr.write(`no hostile case named ${JSON.stringify(name)}\n`);
  process.exitCode = 2;
} else {
  // the parent removes this folder afterwards: a child killed on a hang cannot clean up itself
  const suite = await openSuite(process.env.LUATD_HOSTILE_TMP);
  try {
    process.stdout.write(JSON.stringify(await runScriptCase(suite, c)));
  } finally {
    await suite.close();
  }
}
