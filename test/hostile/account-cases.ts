/**
 * Hostile logins: a script on the same data dir tries to get into another user's account by
 * guessing its login code, its password or its recovery code, 10,000 times each, switching
 * sessions when refused. Each case also checks that the victim's account and password are intact.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { binPath } from '../helpers/bin.js';
import type { FileCase } from './file-cases.js';

// test number 9996650000: its code is 55555, which a guess from 50000 upwards reaches at try 5,556
const VICTIM = '9996650000';

/** Creates the victim account (with a password and a recovery e-mail) in `<dir>/data`. */
function victim(dir: string): string {
  const data = path.join(dir, 'data');
  const script = `
setAuthPhoneNumber{phone_number = "${VICTIM}"}
assert(checkAuthCode{code = "55555", first_name = "Victim", last_name = ""}._ == "authStateOk")
assert(setPassword{old_password = "", new_password = "long secret", new_hint = "", set_recovery_email = true, new_recovery_email = "v@example.org"}.has_password)
`;
  execFileSync(process.execPath, [binPath, 'run', '--data', data, '--session', 'victim', '-e', script], { env: { ...process.env, LUATD_HOME: path.join(dir, 'home') } });
  return data;
}

/** The victim still has its name and its password (nobody removed it by "recovering" it). */
function intact(dir: string): string[] {
  try {
    const out = execFileSync(process.execPath, [binPath, 'run', '--data', path.join(dir, 'data'), '--session', 'victim', '-e', 'print(getMe().first_name, getPasswordState().has_password)'], {
      env: { ...process.env, LUATD_HOME: path.join(dir, 'home') },
    }).toString();
    return out.trim() === 'Victim\ttrue' ? [] : [`the victim's account changed: ${out.trim()}`];
  } catch (e) {
    return [`the victim's session no longer works: ${(e as Error).message.slice(0, 200)}`];
  }
}

function attack(dir: string, name: string, body: string): string[] {
  const data = victim(dir);
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return ['run', '--data', data, '--session', 'attacker', '--max-slice', '60000', file];
}

const REPORT = `
print(("tries %d, flood waits %d"):format(tries, flood))
print("state " .. getAuthState()._)
`;

/** The cases (run like file cases). */
export const accountCases: FileCase[] = [
  {
    name: 'accounts: 10,000 guesses of another account\'s login code (new code and new session on refusal) do not get in',
    command: 'run',
    setup: (d) =>
      attack(
        d,
        'guess-code.lua',
        `
local tries, flood = 0, 0
setAuthPhoneNumber{phone_number = "${VICTIM}"}
for i = 0, 9999 do
  local r = checkAuthCode{code = ("%05d"):format(50000 + i), first_name = "x", last_name = ""}
  tries = tries + 1
  if r._ ~= "error" then print("GOT IN at try " .. tries .. ": " .. r._) break end
  if r.code == 420 then flood = flood + 1
  elseif r.message == "PHONE_CODE_EXPIRED" then setAuthPhoneNumber{phone_number = "${VICTIM}"} end
end
${REPORT}`,
      ),
    check: intact,
    timeoutMs: 120_000,
    expect: { exit: 0, stdout: /^tries 10000, flood waits (\d{4})\nstate authStateWaitCode\n$/ },
  },
  {
    name: 'accounts: 10,000 guesses of another account\'s password do not get in',
    command: 'run',
    setup: (d) =>
      attack(
        d,
        'guess-password.lua',
        `
local tries, flood = 0, 0
setAuthPhoneNumber{phone_number = "${VICTIM}"}
assert(checkAuthCode{code = "55555", first_name = "x", last_name = ""}._ == "authStateWaitPassword")
for i = 1, 10000 do
  local r = checkAuthPassword{password = i == 5000 and "long secret" or "guess" .. i}
  tries = tries + 1
  if r._ ~= "error" then print("GOT IN at try " .. tries .. ": " .. r._) break end
  if r.code == 420 then flood = flood + 1 end
end
${REPORT}`,
      ),
    check: intact,
    timeoutMs: 120_000,
    expect: { exit: 0, stdout: /^tries 10000, flood waits (\d{4})\nstate authStateWaitPassword\n$/ },
  },
  {
    name: 'accounts: 10,000 guesses of another account\'s recovery code do not get in nor remove its password',
    command: 'run',
    setup: (d) =>
      attack(
        d,
        'guess-recovery.lua',
        `
local tries, flood = 0, 0
setAuthPhoneNumber{phone_number = "${VICTIM}"}
assert(checkAuthCode{code = "55555", first_name = "x", last_name = ""}._ == "authStateWaitPassword")
requestAuthPasswordRecovery()
for i = 0, 9999 do
  local r = recoverAuthPassword{recovery_code = tostring(55000 + i)}
  tries = tries + 1
  if r._ ~= "error" then print("GOT IN at try " .. tries .. ": " .. r._) break end
  if r.code == 420 then flood = flood + 1
  elseif r.message ~= "CODE_INVALID" then requestAuthPasswordRecovery() end
end
${REPORT}`,
      ),
    check: intact,
    timeoutMs: 120_000,
    expect: { exit: 0, stdout: /^tries 10000, flood waits (\d{4})\nstate authStateWaitPassword\n$/ },
  },
];
