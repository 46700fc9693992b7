// Dotted function names (MTProto's `messages.sendMessage`) are callable as written: namespace
// tables under _G and td, the same functions as `_G["messages.sendMessage"]`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHost } from '../../src/index.js';
import { parseTl } from '../../src/schema/parser.js';

const TL = `
boolTrue = Bool;
ok = Ok;
user id:long = User;
---functions---
//@description Sends a message @peer Peer @message Text
messages.sendMessage peer:long message:string = Ok;
users.getUsers id:Vector<long> = Vector<User>;
a.b.c x:int = Ok;
`;

test('namespace tables: messages.sendMessage(...), td.messages.sendMessage and _G["messages.sendMessage"] are one function', async () => {
  const host = await createHost({ memory: true, schema: parseTl(TL, 'dotted.tl') });
  try {
    const same = await host.exec('return rawequal(messages.sendMessage, _G["messages.sendMessage"]), rawequal(td.messages.sendMessage, messages.sendMessage), rawequal(a.b.c, td["a.b.c"])');
    assert.deepEqual(same.values, ['true', 'true', 'true']);
    // the embedded core does not serve them: the not-served error as data, never a Lua error
    const r = await host.exec('local r = messages.sendMessage({peer = "1", message = "hi"}) return r._, r.code, r.message');
    assert.deepEqual(r.values.slice(0, 2), ['error', '501']);
    assert.match(r.values[2], /messages\.sendMessage/);
    assert.deepEqual((await host.exec('return users.getUsers({id = {"1"}}).code, a.b.c({x = 1}).code')).values, ['501', '501']);
    // validated like any call: a mistake is a Lua error naming the dotted method
    await assert.rejects(host.exec('messages.sendMessage({peer = {}})'), /messages\.sendMessage: Invalid 'peer'/);
    // read-only, unknown members are nil, and a global of the same name shadows the namespace only in _G
    await assert.rejects(host.exec('messages.sendMessage = print'), /messages is read-only/);
    assert.deepEqual((await host.exec('return messages.nope, type(messages)')).values, ['nil', 'table']);
    assert.deepEqual((await host.exec('messages = 5 return messages, type(td.messages.sendMessage)')).values, ['5', 'function']);
  } finally {
    await host.close();
  }
});
