/**
 * Journeys as Lua scripts across two `luatd run` processes on one data dir: a bot and a user
 * talking through the shared file. Each runs with the built-in schema and again with the real
 * legacy file as --schema (skipped when ../shared is absent): the outputs must be the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLuatd as run, sharedSchemasDir } from '../helpers/bin.js';
import { createBot } from '../../src/core/index.js';




const legacy = sharedSchemasDir ? path.join(sharedSchemasDir, 'td_api_legacy_2017-12.tl') : undefined;

/** The keyboard journey with the given extra args (e.g. --schema FILE); answers the user's output. */
async function keyboardJourney(extra: string[]): Promise<{ user: string; bot: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-journey-'));
  try {
    const created = createBot(dir, 'Counter');
    const bot = run(['--data', dir, '--session', 'bot', ...extra, 'examples/keyboard_bot.lua', created.token]);
    await bot.waitFor(/keyboard bot is running/, 'the bot to start');
    const user = run(['--data', dir, '--session', 'user', ...extra, 'test/lua/journeys/keyboard_user.lua', '9996641111', created.username]);
    const code = await user.exited;
    assert.equal(code, 0, `user script failed: ${user.err()}`);
    bot.p.kill('SIGINT');
    assert.equal(await bot.exited, 0, bot.err());
    return { user: user.out(), bot: bot.out() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EXPECTED_USER = [
  'keyboard: Count: 0 / Reset (0)',
  'answer: Count is now 1',
  'edited: Count: 1 / Reset (1)',
  'answer: Count is now 2',
  'edited: Count: 2 / Reset (2)',
  'answer: Count is now 0',
  'edited: Count: 0 / Reset (0)',
  'forged: DATA_INVALID',
  '',
].join('\n');

test('journey: a keyboard bot and a user pressing its buttons, in two processes; the bot edits its message', async () => {
  const r = await keyboardJourney([]);
  assert.equal(r.user, EXPECTED_USER);
  assert.match(r.bot, /count 2 in chat \d+/);
});

test('journey: the same with the real legacy schema file as --schema', { skip: legacy ? false : 'skipped: ../shared is absent' }, async () => {
  const r = await keyboardJourney(['--schema', legacy!]);
  assert.equal(r.user, EXPECTED_USER);
});

/** Run a script to its end in a session of dir; answers its output (fails on a non-zero exit). */
async function runToEnd(dir: string, session: string, args: string[]): Promise<string> {
  const p = run(['--data', dir, '--session', session, ...args]);
  const code = await p.exited;
  assert.equal(code, 0, `${args[0]} failed: ${p.err()}`);
  return p.out();
}

test('journey: a tdcli bot with its own tdcli.lua runs unchanged; a user in another process pings it, asks its id, gets Markdown, has a message deleted, a member kicked and (in the group upgraded to a supergroup) a message pinned', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-tdcli-'));
  try {
    // tdcli bots never logged in themselves (telegram-cli did): the session is logged in first
    const botId = (await runToEnd(dir, 'helper', ['test/lua/journeys/login.lua', '9996621234', 'Helper'])).trim();
    const victimId = (await runToEnd(dir, 'victim', ['test/lua/journeys/login.lua', '9996641234', 'Vic'])).trim();
    await runToEnd(dir, 'kim', ['test/lua/journeys/login.lua', '9996631234', 'Kim']);
    const bot = run(['--data', dir, '--session', 'helper', 'test/lua/journeys/tdcli_bot/bot.lua']);
    await bot.waitFor(/tdcli bot ready as \d+/, 'the bot to hear its my_id');
    assert.match(bot.out(), new RegExp(`^tdcli bot ready as ${botId} \\(\\d+ chats\\)\\n$`));
    const user = await runToEnd(dir, 'kim', ['test/lua/journeys/tdcli_user.lua', botId, victimId]);
    bot.p.kill('SIGINT');
    assert.equal(await bot.exited, 0, bot.err());
    assert.equal(bot.err(), '', 'the bot reported no error');
    assert.equal(
      user,
      [
        'ping: pong (a reply)',
        'id: Your id: <me> (Kim)',
        'md: bold and italic and code [Bold,Italic,Code]',
        'info: members: 3, first: <id>',
        'del: deleted',
        'kick: kicked <victim>: ChatMemberStatusKicked',
        'victim now: chatMemberStatusBanned',
        'upgraded: chatTypeChannel (supergroup)',
        'pin: pinned',
        'pinned: the message, full says the same',
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The channel journey: the owner's process makes a supergroup with an administrator (some
 * rights), a restricted member and a banned one, and waits; each of them, in a process of its
 * own, tries what its rights forbid; the owner sees the administrator's deletion and the lifted
 * restriction as updates from those processes. Answers every process's output, ids replaced.
 */
async function channelJourney(dir: string, ids: { adam: string; rita: string; bert: string }, extra: string[]): Promise<string> {
  const owner = run(['--data', dir, '--session', 'olga', ...extra, 'test/lua/journeys/channel_owner.lua', ids.adam, ids.rita, ids.bert]);
  await owner.waitFor(/^ready -?\d+ \S+\n/, 'the owner to set up the channel');
  const [, chatId, link] = /^ready (-?\d+) (\S+)\n/.exec(owner.out())!;
  const member = (session: string, role: string): Promise<string> =>
    runToEnd(dir, session, [...extra, 'test/lua/journeys/channel_member.lua', role, chatId, link, ids.rita]);
  const outputs = [await member('rita', 'restricted'), await member('bert', 'banned'), await member('adam', 'admin'), await member('rita', 'freed')];
  assert.equal(await owner.exited, 0, `owner script failed: ${owner.err()}`);
  return [owner.out().replace(/^ready .*\n/, ''), ...outputs].join('');
}

const EXPECTED_CHANNEL = [
  'owner: the administrator deleted my message',
  'owner: nobody is restricted any more',
  'owner: heard thanks, I can talk',
  'owner: 3 members, 2 administrators, 0 restricted, 1 banned',
  "owner: the administrator's log: chatEventMemberRestricted, chatEventMessageDeleted",
  'restricted: my status is chatMemberStatusRestricted',
  'restricted: send a message -> Have no rights to send a message (can_send_messages is off)',
  'restricted: add a user -> Not enough rights to add members',
  'restricted: pin a message -> Not enough rights to pin messages',
  'banned: my status is chatMemberStatusBanned',
  'banned: send a message -> Have no write access to the chat',
  'banned: join again -> USER_BANNED_IN_CHANNEL',
  'banned: use the invite link -> USER_BANNED_IN_CHANNEL',
  'admin: my status is chatMemberStatusAdministrator',
  'admin: pin a message -> Not enough rights to pin messages',
  'admin: appoint an administrator -> Not enough rights to appoint administrators',
  'admin: change the title -> Not enough rights to change the title',
  "admin: delete the owner's message -> ok",
  'admin: lift the restriction -> ok',
  'freed: my status is chatMemberStatusMember',
  'freed: send a message -> message',
  '',
].join('\n');

test('journey: a channel with an administrator, a restricted member and a banned one, each in its own process trying what its rights forbid (and again with the legacy schema file)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-channel-'));
  try {
    const login = async (session: string, phone: string, name: string): Promise<string> => (await runToEnd(dir, session, ['test/lua/journeys/login.lua', phone, name])).trim();
    await login('olga', '9996651234', 'Olga');
    const ids = { adam: await login('adam', '9996661234', 'Adam'), rita: await login('rita', '9996671234', 'Rita'), bert: await login('bert', '9996681234', 'Bert') };
    assert.equal(await channelJourney(dir, ids, []), EXPECTED_CHANNEL);
    if (legacy) assert.equal(await channelJourney(dir, ids, ['--schema', legacy]), EXPECTED_CHANNEL, 'the same with the legacy schema file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The inline journey: a bot answering inline queries in one process, a user sending one of its results from another. */
async function inlineJourney(extra: string[]): Promise<{ user: string; bot: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luatd-journey-'));
  try {
    const created = createBot(dir, 'Shouter');
    const friend = run(['--data', dir, '--session', 'fay', ...extra, 'test/lua/journeys/login.lua', '9996652222', 'Fay']);
    assert.equal(await friend.exited, 0, friend.err());
    const bot = run(['--data', dir, '--session', 'bot', ...extra, 'examples/inline_bot.lua', created.token]);
    await bot.waitFor(/inline bot is running/, 'the bot to start');
    const user = run(['--data', dir, '--session', 'ivy', ...extra, 'test/lua/journeys/inline_user.lua', '9996643333', created.username, '9996652222']);
    assert.equal(await user.exited, 0, `user script failed: ${user.err()}`);
    bot.p.kill('SIGINT');
    assert.equal(await bot.exited, 0, bot.err());
    return { user: user.out(), bot: bot.out() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EXPECTED_INLINE = [
  'result: shout Shout = HELLO INLINE WORLD',
  'result: reverse Reverse = dlrow enilni olleh',
  'result: count Count = 3 words',
  'sent: dlrow enilni olleh via true',
  'forged: error 400',
  '',
].join('\n');

test('journey: an inline bot queried by a user in another process, who sends one of its results (and again with the legacy schema file)', async () => {
  const r = await inlineJourney([]);
  assert.equal(r.user, EXPECTED_INLINE);
  assert.match(r.bot, /answered "hello inline world" for user \d+/);
  if (legacy) assert.equal((await inlineJourney(['--schema', legacy])).user, EXPECTED_INLINE, 'the same with the legacy schema file');
});
