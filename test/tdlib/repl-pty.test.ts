/** `luatd repl --backend tdlib` as a person uses it: in a pseudo-terminal, completing TDLib 1.8's names with Tab. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Term } from '../repl/term.js';
import { NO_TDLIB, OFFLINE_API, tempDir } from './helpers.js';

const hasPython = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;
const skip = NO_TDLIB || (hasPython ? false : 'python3 with the pty module is needed to drive a terminal');

test('repl --backend tdlib in a terminal: Tab completes TDLib 1.8 method names, parameters and constructors; calls reach TDLib', { skip }, async (t) => {
  const term = new Term(['--backend', 'tdlib', '--memory', ...OFFLINE_API], { LUATD_HOME: tempDir(t), NO_COLOR: '1' });
  try {
    await term.expect(/> $/);
    term.send('setAuthenticationPh\t');
    await term.expect(/setAuthenticationPhoneNumber$/);
    term.send('\x03');
    await term.expect(/> $/);
    term.send('setTdlibParameters({use_te\t');
    await term.expect(/setTdlibParameters\(\{use_test_dc$/);
    term.send('\x03');
    await term.expect(/> $/);
    term.send('x = {_ = "textParseModeMa\t');
    await term.expect(/textParseModeMarkdown$/);
    term.send('", version = 2}\r');
    await term.expect(/> $/);
    term.send('parseTextEntities({text = "*b*", parse_m\t');
    await term.expect(/parse_mode$/);
    term.send(' = x}).entities[1].type._\r');
    await term.expect(/"textEntityTypeBold"\n> $/);
    term.send('getOption({name = "version"}).value\r');
    await term.expect(/"1\.8\.\d+"\n> $/);
    term.send('getAuthorizationState()._\r');
    await term.expect(/"authorizationStateWaitPhoneNumber"\n> $/);
    term.send('.help checkAuthenticationBotT\t');
    await term.expect(/\.help checkAuthenticationBotToken$/);
    term.send('\r');
    await term.expect(/checkAuthenticationBotToken \(method\)[\s\S]*token[\s\S]*> $/);
    assert.equal(await term.close(), 0);
  } finally {
    term.proc.kill();
  }
});
