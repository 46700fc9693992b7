import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findEntities, isEmailAddress, TEXT_ENTITY_TYPE_NAMES, utf16Length } from '../../src/core/text/index.js';
import { ourSchemaPath } from '../../src/paths.js';
import { show } from './helpers.js';

const find = (text: string) => show(text, findEntities(text));

test('entity type names are exactly the TextEntityType constructors of our schema', () => {
  const tl = readFileSync(ourSchemaPath, 'utf8');
  const names = [...tl.matchAll(/^(textEntityType\w+)\b[^=\n]*= TextEntityType;/gm)].map((m) => m[1]);
  assert.deepEqual([...TEXT_ENTITY_TYPE_NAMES].sort(), names.sort());
});

test('utf16Length counts UTF-16 code units: emoji 2, CJK 1, combining mark 1', () => {
  assert.equal(utf16Length('😀'), 2);
  assert.equal(utf16Length('中文'), 2);
  assert.equal(utf16Length('e\u0301'), 2);
  assert.equal(utf16Length(''), 0);
});

test('mentions: 5 to 32 username characters, not glued to a word', () => {
  assert.deepEqual(find('hi @username!'), ['Mention:"@username"@3']);
  assert.deepEqual(find('@abcd @abcde'), ['Mention:"@abcde"@6']);
  assert.deepEqual(find('@gif cats'), ['Mention:"@gif"@0'], 'short inline bot names are mentions');
  assert.deepEqual(find(`@${'a'.repeat(32)}`).length, 1);
  assert.deepEqual(find(`@${'a'.repeat(33)}`), []);
  assert.deepEqual(find('me@username'), [], 'preceded by a word character');
  assert.deepEqual(find('@usernameé'), [], 'followed by a letter outside [A-Za-z0-9_]');
  assert.deepEqual(find('(@username)'), ['Mention:"@username"@1']);
  assert.deepEqual(find('@username.'), ['Mention:"@username"@0']);
});

test('offsets after emoji, CJK and combining marks are UTF-16 offsets', () => {
  assert.deepEqual(find('😀 @username'), ['Mention:"@username"@3']);
  assert.deepEqual(find('😀😀 #tag'), ['Hashtag:"#tag"@5']);
  assert.deepEqual(find('中文 @username'), ['Mention:"@username"@3']);
  assert.deepEqual(find('e\u0301 @username'), ['Mention:"@username"@3']);
  assert.deepEqual(find('👨‍👩‍👧 example.com'), ['Url:"example.com"@9'], 'ZWJ family emoji is 8 units');
});

test('hashtags: letters of any script, digits, underscore; at least one letter', () => {
  assert.deepEqual(find('#tag #123 #тег #標籤 #a_1'), ['Hashtag:"#tag"@0', 'Hashtag:"#тег"@10', 'Hashtag:"#標籤"@15', 'Hashtag:"#a_1"@19']);
  assert.deepEqual(find('#a#b'), [], 'followed by another #');
  assert.deepEqual(find('x#tag'), [], 'glued to a word');
  assert.deepEqual(find('#tag!'), ['Hashtag:"#tag"@0']);
  const long = `#${'a'.repeat(300)}`;
  const [e] = findEntities(long);
  assert.equal(e?.length, 257, 'cut at 256 characters after #');
});

test('bot commands: /command and /command@botname at a word start', () => {
  assert.deepEqual(find('/start'), ['BotCommand:"/start"@0']);
  assert.deepEqual(find('/start@somebot now'), ['BotCommand:"/start@somebot"@0']);
  assert.deepEqual(find('a/b and x//y and </x>'), []);
  assert.deepEqual(find('/cmd@ab'), [], 'bot name shorter than 3');
  assert.deepEqual(find('run /help, please'), ['BotCommand:"/help"@4']);
  assert.deepEqual(show('/start', findEntities('/start', { botCommands: false })), []);
});

test('urls with and without scheme, trailing punctuation left out', () => {
  assert.deepEqual(find('see https://example.com/path?q=1, ok'), ['Url:"https://example.com/path?q=1"@4']);
  assert.deepEqual(find('visit example.com.'), ['Url:"example.com"@6']);
  assert.deepEqual(find('t.me/x'), ['Url:"t.me/x"@0']);
  assert.deepEqual(find('Is it example.com?'), ['Url:"example.com"@6']);
  assert.deepEqual(find('go to example.com/a/b!'), ['Url:"example.com/a/b"@6']);
  assert.deepEqual(find('HTTP://EXAMPLE.COM'), ['Url:"HTTP://EXAMPLE.COM"@0']);
  assert.deepEqual(find('http://1.2.3.4:8080/x'), ['Url:"http://1.2.3.4:8080/x"@0']);
  assert.deepEqual(find('192.168.0.1 and 999.1.1.1'), ['Url:"192.168.0.1"@0']);
  assert.deepEqual(find('ftp://files.example.org'), ['Url:"ftp://files.example.org"@0']);
  assert.deepEqual(find('пример.рф'), ['Url:"пример.рф"@0']);
});

test('urls: a TLD from the list is needed without a scheme; other schemes are not linked', () => {
  assert.deepEqual(find('file.txt node.js readme.md'), ['Url:"readme.md"@17'], '.md is a country code');
  assert.deepEqual(find('https://example.notatld'), ['Url:"https://example.notatld"@0']);
  assert.deepEqual(find('example.notatld'), []);
  assert.deepEqual(find('foo://bar.com'), []);
  assert.deepEqual(find('end.Com'), [], 'capitalised TLD reads as a new sentence');
  assert.deepEqual(find('a.b.c.d'), []);
  assert.deepEqual(find('under_score.com'), []);
  assert.deepEqual(find('sub.under_score.example.com'), ['Url:"sub.under_score.example.com"@0']);
});

test('urls: parentheses in the path are kept only when balanced', () => {
  assert.deepEqual(find('(see example.com/a)'), ['Url:"example.com/a"@5']);
  assert.deepEqual(find('(wiki: en.wikipedia.org/wiki/Foo_(bar))'), ['Url:"en.wikipedia.org/wiki/Foo_(bar)"@7']);
  assert.deepEqual(find('example.com/a(b'), ['Url:"example.com/a(b"@0']);
  assert.deepEqual(find('[example.com/x]'), ['Url:"example.com/x"@1']);
});

test('e-mail addresses versus mentions', () => {
  assert.deepEqual(find('test@example.com'), ['Email:"test@example.com"@0']);
  assert.deepEqual(find('mail john.doe+x@example.co.uk.'), ['Email:"john.doe+x@example.co.uk"@5']);
  assert.deepEqual(find('@example.com'), ['Mention:"@example"@0'], 'no user part: a mention');
  assert.deepEqual(find('mailto:someone@example.org'), ['Email:"someone@example.org"@7']);
  assert.deepEqual(find('a@b@example.com'), []);
  assert.equal(isEmailAddress('a@example.toolongtld'), false);
  assert.equal(isEmailAddress('a@example.c'), false);
  assert.equal(isEmailAddress('a@-x.com'), false);
});

test('entities are sorted and never overlap; the first and longest wins', () => {
  const text = 'example.com/#tag @username #tag https://t.me/@name /cmd';
  const found = findEntities(text);
  for (let k = 1; k < found.length; k++) {
    const a = found[k - 1]!;
    const b = found[k]!;
    assert.ok(a.offset + a.length <= b.offset, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
  }
  assert.deepEqual(show(text, found), [
    'Url:"example.com/#tag"@0',
    'Mention:"@username"@17',
    'Hashtag:"#tag"@27',
    'Url:"https://t.me/@name"@32',
    'BotCommand:"/cmd"@51',
  ]);
});

test('plain text without entities gives an empty list', () => {
  assert.deepEqual(findEntities(''), []);
  assert.deepEqual(findEntities('just words, nothing else.'), []);
  assert.deepEqual(findEntities('lone surrogate \ud800 @username'), findEntities('lone surrogate x @username').map((e) => e));
});

test('urls: ports, user info, IPv4 limits and odd endings', () => {
  assert.deepEqual(find('example.net:65535/x'), ['Url:"example.net:65535/x"@0']);
  assert.deepEqual(find('example.net:65536/x'), ['Url:"example.net"@0'], 'port out of range is left out');
  assert.deepEqual(find('https://ann:secret@example.net/'), ['Url:"https://ann:secret@example.net/"@0']);
  assert.deepEqual(find('https://@example.net'), ['Mention:"@example"@8'], 'empty user info: no link, @example is a mention');
  assert.deepEqual(find('10.0.0.300 10.0.0.07'), []);
  assert.deepEqual(find('https://t.me/luatd…'), ['Url:"https://t.me/luatd"@0'], 'an ellipsis ends the link');
  assert.deepEqual(find('example.NET example.Net'), ['Url:"example.NET"@0']);
  assert.deepEqual(find('sftp://example.net xhttp://example.net'), ['Url:"http://example.net"@20']);
  assert.deepEqual(find('<https://example.net/a>'), ['Url:"https://example.net/a"@1']);
});

test('e-mail addresses: plus tags, several @ and a colon after the host', () => {
  assert.deepEqual(find('ann.lee+news@example.net'), ['Email:"ann.lee+news@example.net"@0']);
  assert.deepEqual(find('ann@example.net:x@1'), ['Email:"ann@example.net"@0']);
  assert.deepEqual(find('ann@bob@example.net'), []);
  assert.deepEqual(find('https://example.net(ann@example.org'), ['Url:"https://example.net"@0', 'Email:"ann@example.org"@20']);
});

test('UTF-16 offsets convert to and from UTF-8 byte offsets (what Lua strings count)', async () => {
  const { utf8ByteOffset, utf16OffsetOfByte } = await import('../../src/core/text/index.js');
  const text = 'a😀é中b';
  // units: a=0, 😀=1..2, é=3, 中=4, b=5 ; bytes: a=0, 😀=1..4, é=5..6, 中=7..9, b=10
  assert.deepEqual([0, 1, 3, 4, 5, 6].map((u) => utf8ByteOffset(text, u)), [0, 1, 5, 7, 10, 11]);
  assert.deepEqual([0, 1, 5, 7, 10, 11].map((b) => utf16OffsetOfByte(text, b)), [0, 1, 3, 4, 5, 6]);
  assert.equal(utf16OffsetOfByte(text, 2), 1, 'inside the emoji: its start');
  assert.equal(utf16OffsetOfByte(text, 99), 6);
});
